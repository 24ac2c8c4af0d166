package io.omnicart.adapter.opencart.client;

import io.omnicart.adapter.opencart.model.OpenCartItemError;
import io.omnicart.adapter.opencart.model.OpenCartStockResult;
import java.util.List;

/** What {@code inventory.set} did: applied every item, or refused the batch naming the items at fault. */
public sealed interface OpenCartStockOutcome {

    record Applied(OpenCartStockResult result) implements OpenCartStockOutcome {}

    /** Nothing was changed; each error names the index of an item that could not be resolved or validated. */
    record Refused(List<OpenCartItemError> errors) implements OpenCartStockOutcome {
        public Refused {
            errors = List.copyOf(errors);
        }
    }
}
