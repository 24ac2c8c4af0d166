package io.omnicart.gateway.api.docs;

import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finishes the schema of a response record as the gateway writes it: every component is always present (nulls are
 * written), so all are required; those declared {@code @Nullable} also admit null. Descriptions and examples come
 * from {@link SchemaDocs}.
 */
final class ResponseSchemas {

    private static final List<String> RESPONSE_PACKAGES =
            List.of("io.omnicart.core.model", "io.omnicart.gateway.api", "io.omnicart.gateway.events");

    void finish(Class<?> type, @Nullable Schema<?> resolved, ModelConverterContext context) {
        Schema<?> model = model(resolved, context);
        if (model == null || !isResponseRecord(type) || model.getProperties() == null) {
            return;
        }
        List<String> required = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Schema<?> property = model.getProperties().get(component.getName());
            if (property != null) {
                required.add(component.getName());
                model.getProperties().put(component.getName(), finishProperty(type, component, property));
            }
        }
        model.setRequired(required);
        SchemaDocs.describe(type.getSimpleName(), model);
    }

    private static Schema<?> finishProperty(Class<?> owner, RecordComponent component, Schema<?> property) {
        SchemaDocs.describe(owner.getSimpleName(), component.getName(), property);
        boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class);
        return nullable ? WireSchemas.nullable(property) : property;
    }

    static boolean isResponseRecord(Class<?> type) {
        return type.isRecord()
                && RESPONSE_PACKAGES.stream()
                        .anyMatch(p -> type.getPackageName().startsWith(p))
                && !type.getSimpleName().endsWith("Request");
    }

    private static @Nullable Schema<?> model(@Nullable Schema<?> resolved, ModelConverterContext context) {
        if (resolved == null) {
            return null;
        }
        if (resolved.get$ref() == null) {
            return resolved;
        }
        Map<String, Schema> models = context.getDefinedModels();
        return models.get(WireSchemas.name(resolved));
    }
}
