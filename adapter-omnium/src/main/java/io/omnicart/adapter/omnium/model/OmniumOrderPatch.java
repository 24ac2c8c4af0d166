package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The body of {@code PATCH /api/Orders/{id}/PatchOrder}: tags, merged with the existing ones (reference §2). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OmniumOrderPatch(List<String> tags, boolean keepExistingListItems) {}
