package io.omnicart.core.spi;

import io.omnicart.core.model.CreateDraftOrderCommand;
import io.omnicart.core.model.DraftOrder;
import io.omnicart.core.model.Order;
import io.omnicart.core.model.Page;
import io.omnicart.core.model.PageRequest;
import reactor.core.publisher.Mono;

/** Orders not yet placed. Cold; an unknown draft is {@code NotFound}. */
public interface DraftOrderOperations {

    Mono<Page<DraftOrder>> listDraftOrders(StoreConnection store, PageRequest page);

    Mono<DraftOrder> getDraftOrder(StoreConnection store, String draftOrderId);

    Mono<DraftOrder> createDraftOrder(StoreConnection store, CreateDraftOrderCommand command);

    /** Delete the draft; completes empty. */
    Mono<Void> deleteDraftOrder(StoreConnection store, String draftOrderId);

    /** Turn the draft into a live order and return that order. */
    Mono<Order> convertDraftOrder(StoreConnection store, String draftOrderId);
}
