package io.omnicart.gateway.api.docs;

import io.omnicart.core.model.WireValue;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** OpenAPI 3.1 schema building blocks for the wire format of the OmniCart API. */
final class WireSchemas {

    static final String REF_PREFIX = "#/components/schemas/";
    static final String NULL = "null";

    private WireSchemas() {}

    static Schema<Object> typed(String type) {
        Schema<Object> schema = new Schema<>();
        schema.setTypes(new LinkedHashSet<>(List.of(type)));
        return schema;
    }

    static Schema<Object> string(String description) {
        return typed("string").description(description);
    }

    static Schema<Object> dateTime(String description) {
        return typed("string").format("date-time").description(description).example("2026-11-23T08:12:11Z");
    }

    static Schema<Object> ref(String name) {
        return new Schema<>().$ref(REF_PREFIX + name);
    }

    /** {@code OrderStatus} etc.: a string enum of the lower snake_case wire values. */
    static <E extends Enum<E> & WireValue> Schema<Object> wireEnum(Class<E> type) {
        Schema<Object> schema = typed("string");
        Arrays.stream(type.getEnumConstants()).map(WireValue::wire).forEach(schema::addEnumItemObject);
        return schema;
    }

    /** The same schema, also admitting JSON null (a {@code $ref} becomes {@code anyOf [ref, null]}). */
    static Schema<?> nullable(Schema<?> schema) {
        if (schema.get$ref() != null) {
            Schema<Object> wrapper = new Schema<>().anyOf(List.of(ref(name(schema)), typed(NULL)));
            wrapper.setDescription(schema.getDescription());
            return wrapper;
        }
        Set<String> types = schema.getTypes() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(schema.getTypes());
        if (!types.isEmpty()) {
            types.add(NULL);
            schema.setTypes(types);
        }
        return schema;
    }

    static String name(Schema<?> ref) {
        return ref.get$ref().substring(ref.get$ref().lastIndexOf('/') + 1);
    }
}
