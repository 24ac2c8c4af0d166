package io.omnicart.adapter.medusa;

import io.omnicart.adapter.medusa.client.MedusaClient;
import io.omnicart.adapter.medusa.client.MedusaQuery;
import io.omnicart.adapter.medusa.mapping.MedusaFields;
import io.omnicart.adapter.medusa.mapping.MedusaOrderFilters;
import io.omnicart.adapter.medusa.mapping.MedusaOrderMapper;
import io.omnicart.adapter.medusa.mapping.MedusaSearch;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.OrderQuery;
import io.omnicart.core.model.OrderSummary;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.spi.StoreConnection;
import reactor.core.publisher.Mono;

/** Reading orders: the list with the OmniCart meaning of {@code q}, the detail with its timeline, a customer's orders. */
final class MedusaOrders {

    private final MedusaClient client;
    private final MedusaPager pager;

    MedusaOrders(MedusaClient client, MedusaPager pager) {
        this.client = client;
        this.pager = pager;
    }

    Mono<Page<OrderSummary>> list(StoreConnection store, OrderQuery query) {
        return Mono.defer(() -> {
            MedusaQuery filters = MedusaOrderFilters.toQuery(query, MedusaFields.ORDER_SUMMARY);
            String q = query.q() == null ? "" : MedusaSearch.upstreamOrderQuery(query.q());
            if (q.isEmpty()) {
                return page(store, filters, query.page());
            }
            if (MedusaSearch.isOrderId(q)) {
                return page(store, filters.with("id", q), query.page());
            }
            MedusaQuery search = filters.with("q", q);
            return pager.filtered(
                    query.page(),
                    (offset, limit) -> client.listOrders(store, search.page(limit, offset)),
                    order -> MedusaSearch.orderMatches(order, q),
                    MedusaOrderMapper::toSummary);
        });
    }

    /** The order with its change log; Medusa has no timeline endpoint (reference §5.6). */
    Mono<Order> get(StoreConnection store, String id) {
        return Mono.zip(client.getOrder(store, id, MedusaFields.ORDER_DETAIL), client.listOrderChanges(store, id))
                .map(both -> MedusaOrderMapper.toOrder(both.getT1(), both.getT2()));
    }

    /** Newest first, drafts excluded (the orders route leaves them out, reference §8). */
    Mono<Page<OrderSummary>> ofCustomer(StoreConnection store, String customerId, PageRequest page) {
        MedusaQuery query = MedusaQuery.fields(MedusaFields.ORDER_SUMMARY)
                .with("customer_id", customerId)
                .with("order", "-created_at");
        return page(store, query, page);
    }

    private Mono<Page<OrderSummary>> page(StoreConnection store, MedusaQuery query, PageRequest page) {
        return pager.page(
                page,
                (offset, limit) -> client.listOrders(store, query.page(limit, offset)),
                MedusaOrderMapper::toSummary);
    }
}
