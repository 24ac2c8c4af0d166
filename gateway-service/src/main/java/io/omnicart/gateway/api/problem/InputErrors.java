package io.omnicart.gateway.api.problem;

import io.omnicart.core.error.FieldError;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.server.ServerWebInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Names the offending field of a request that could not even be read: malformed JSON is an error on {@code body}, a
 * value of the wrong type is an error on its JSON path ({@code items[2].quantity}). Messages never echo Java types.
 */
final class InputErrors {

    private InputErrors() {}

    static List<FieldError> of(ServerWebInputException error) {
        JacksonException json = jacksonCause(error);
        if (json != null) {
            return List.of(new FieldError(isSyntaxError(json) ? "body" : path(json), message(json)));
        }
        var parameter = error.getMethodParameter();
        if (parameter == null || parameter.hasParameterAnnotation(RequestBody.class)) {
            return List.of(new FieldError("body", "a JSON body is required"));
        }
        String name = parameter.getParameterName();
        return List.of(new FieldError(name == null ? "request" : name, "is missing or invalid"));
    }

    private static @Nullable JacksonException jacksonCause(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json) {
                return json;
            }
        }
        return null;
    }

    private static String path(JacksonException error) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : error.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static boolean isSyntaxError(JacksonException error) {
        return !(error instanceof DatabindException) && !(error instanceof InputCoercionException);
    }

    private static String message(JacksonException error) {
        return switch (error) {
            case InputCoercionException e -> "is out of range";
            case MismatchedInputException e when e.getTargetType() != null -> expected(e.getTargetType());
            case DatabindException e -> "has the wrong type";
            default -> "is not valid JSON";
        };
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be an integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "must be an object" : "has the wrong type";
    }
}
