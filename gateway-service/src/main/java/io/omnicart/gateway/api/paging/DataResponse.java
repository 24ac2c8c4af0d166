package io.omnicart.gateway.api.paging;

import java.util.List;

/** An unpaged list: {@code {"data": [...]}}. */
public record DataResponse<T>(List<T> data) {

    public DataResponse {
        data = List.copyOf(data);
    }
}
