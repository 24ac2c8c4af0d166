package io.omnicart.gateway.api.paging;

import java.util.List;

/** A page of a list: {@code {"data": [...], "page": {"nextCursor": …, "limit": 25, "total": …}}}. */
public record PageResponse<T>(List<T> data, PageInfo page) {

    public PageResponse {
        data = List.copyOf(data);
    }
}
