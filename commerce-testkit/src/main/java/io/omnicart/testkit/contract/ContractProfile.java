package io.omnicart.testkit.contract;

/**
 * What a platform can express, where platforms differ in kind rather than in degree: an adapter cannot report a
 * payment state its platform never records, or a handle its platform has no field for. A flag that is off does not
 * skip anything: the contract then asserts what the adapter must report instead (the platform's documented
 * behaviour), e.g. {@code unknown} for a payment status, or a refusal for a partial shipment.
 *
 * <p>Differences in the data a platform can <em>store</em> (timestamps at whole seconds, one price converted at a
 * currency rate, fewer product or customer states) are not flags: a simulator's {@code SeededStore.seed()} is the seed
 * as stored, and the contract takes its expectations from it.
 *
 * @param paymentStatus the platform records a payment state per order; off: every order's payment status is {@code
 *     unknown} unless the order's own status names one
 * @param partialShipments the platform fulfils and ships single lines; off: fulfilment is per order, a partly packed
 *     order shows {@code not_fulfilled}, and a shipment listing some items only is refused with {@code
 *     InvalidRequest} leaving the order unchanged
 * @param collectionHandles collections have a handle; off: every collection's handle is null, and collections are
 *     recognised by id and title
 * @param regions the store groups countries into regions with a currency; off: the settings list no regions
 * @param variantCombinations a variant is one combination of a value of every option, with its own SKU and stock;
 *     off: the platform counts stock per option value, so a variant names one option value and a product with several
 *     options has no combined variants — the seed's combinations are stored as one option whose values name them
 */
public record ContractProfile(
        boolean paymentStatus,
        boolean partialShipments,
        boolean collectionHandles,
        boolean regions,
        boolean variantCombinations) {

    /** A platform that expresses everything the contract asks about (Medusa, Omnium). */
    public static ContractProfile full() {
        return new ContractProfile(true, true, true, true, true);
    }

    public ContractProfile withoutPaymentStatus() {
        return new ContractProfile(false, partialShipments, collectionHandles, regions, variantCombinations);
    }

    public ContractProfile withoutPartialShipments() {
        return new ContractProfile(paymentStatus, false, collectionHandles, regions, variantCombinations);
    }

    public ContractProfile withoutCollectionHandles() {
        return new ContractProfile(paymentStatus, partialShipments, false, regions, variantCombinations);
    }

    public ContractProfile withoutRegions() {
        return new ContractProfile(paymentStatus, partialShipments, collectionHandles, false, variantCombinations);
    }

    public ContractProfile withoutVariantCombinations() {
        return new ContractProfile(paymentStatus, partialShipments, collectionHandles, regions, false);
    }
}
