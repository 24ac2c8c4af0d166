package io.omnicart.adapter.omnium.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The answer of UpdateStatus ({@code OmniumOrderWorkflowExecutionResult}, reference §5.2). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OmniumWorkflowResult(
        @Nullable Boolean isAborted,
        @Nullable OmniumOrder order,
        @Nullable List<OmniumActionResult> orderActionExecutionResults) {}
