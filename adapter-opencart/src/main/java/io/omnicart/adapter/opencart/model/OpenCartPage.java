package io.omnicart.adapter.opencart.model;

import java.util.List;

/** One page of a bridge list: the rows and the paging block. */
public record OpenCartPage<T>(List<T> data, OpenCartPaging paging) {

    public OpenCartPage {
        data = List.copyOf(data);
    }

    public boolean hasMore() {
        return paging.nextOffset() != null;
    }
}
