package io.omnicart.gateway.api.validation;

import io.omnicart.core.error.FieldError;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a request body against the Bean Validation constraints of its record (the same annotations the OpenAPI
 * description shows) and records each violation under the JSON path the caller sent, e.g. {@code items[2].sku}.
 */
@Component
public class BodyValidator {

    private final Validator validator;

    public BodyValidator(Validator validator) {
        this.validator = validator;
    }

    /**
     * The body, once its field constraints and cross-field rules hold; otherwise a 400 {@code validation_failed} that
     * names every invalid field together with those already in {@code checks}. A missing body is an error on {@code
     * body}.
     */
    public <T> T valid(Checks checks, @Nullable T body) {
        if (body == null) {
            checks.reject("body", "a JSON body is required");
        } else {
            violations(checks, body);
        }
        if (body instanceof CheckedBody checked) {
            checked.checkRules(checks);
        }
        checks.throwIfInvalid();
        return body;
    }

    private void violations(Checks checks, Object body) {
        validator.validate(body).stream()
                .map(v -> new FieldError(field(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .forEach(e -> checks.reject(e.field(), e.message()));
    }

    /** {@code items[2].sku} from Hibernate Validator's {@code items[2].sku} / {@code add[0].<list element>} nodes. */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
