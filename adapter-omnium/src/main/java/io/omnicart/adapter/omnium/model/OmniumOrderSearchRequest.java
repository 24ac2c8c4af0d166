package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/Orders/Search} and {@code /Scroll} (reference §5.8); unset filters are left out. Dates
 * are ISO-8601 UTC text. {@code page} is 0-based, {@code take} at most 100.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OmniumOrderSearchRequest(
        @Nullable Integer take,
        @Nullable Integer page,
        @Nullable String sortOrder,
        Boolean disableFacets,
        @Nullable String searchText,
        @Nullable String customerId,
        @Nullable List<String> selectedStatuses,
        @Nullable List<String> excludedStatuses,
        @Nullable List<String> tags,
        @Nullable List<String> excludedTags,
        @Nullable String createdFrom,
        @Nullable String createdTo,
        @Nullable String modifiedFrom,
        @Nullable String modifiedTo) {

    public OmniumOrderSearchRequest withPage(int newTake, @Nullable Integer newPage) {
        return new OmniumOrderSearchRequest(
                newTake,
                newPage,
                sortOrder,
                disableFacets,
                searchText,
                customerId,
                selectedStatuses,
                excludedStatuses,
                tags,
                excludedTags,
                createdFrom,
                createdTo,
                modifiedFrom,
                modifiedTo);
    }

    public OmniumOrderSearchRequest withRange(
            @Nullable String newCreatedFrom,
            @Nullable String newCreatedTo,
            @Nullable String newModifiedFrom,
            @Nullable String newModifiedTo) {
        return new OmniumOrderSearchRequest(
                take,
                page,
                sortOrder,
                disableFacets,
                searchText,
                customerId,
                selectedStatuses,
                excludedStatuses,
                tags,
                excludedTags,
                newCreatedFrom,
                newCreatedTo,
                newModifiedFrom,
                newModifiedTo);
    }
}
