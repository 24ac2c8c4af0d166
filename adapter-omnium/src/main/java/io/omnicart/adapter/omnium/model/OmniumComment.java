package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An internal order comment ({@code orderNotes}, reference §5.7). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OmniumComment(
        @Nullable String id,
        @Nullable String created,
        @Nullable String title,
        @Nullable String detail,
        @Nullable String type,
        @Nullable List<String> tags) {}
