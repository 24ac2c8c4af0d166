package io.omnicart.adapter.demo.data;

/** EAN-13 barcodes under the shop's (fictional) GS1 company prefix. */
final class DemoBarcodes {

    private static final String COMPANY_PREFIX = "8719042";

    private DemoBarcodes() {}

    /** The barcode of variant {@code variant} (0–999) of product {@code product} (0–99). */
    static String ean13(int product, int variant) {
        String body = COMPANY_PREFIX + String.format("%02d%03d", product, variant);
        return body + checkDigit(body);
    }

    /** The GS1 check digit of a 12-digit body: weights 1 and 3 alternating from the left. */
    static int checkDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(i) - '0';
            sum += i % 2 == 0 ? digit : digit * 3;
        }
        return (10 - sum % 10) % 10;
    }
}
