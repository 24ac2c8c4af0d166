package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The body of {@code POST /api/Orders/AddComment} ({@code OmniumOrderCommentRequest}, reference §5.2). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OmniumCommentRequest(
        String orderId, String commentText, String commentType, String createdBy, List<String> tags) {}
