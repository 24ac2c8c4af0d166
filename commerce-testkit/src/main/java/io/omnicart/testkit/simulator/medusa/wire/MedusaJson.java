package io.omnicart.testkit.simulator.medusa.wire;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How Medusa writes values: amounts as plain JSON numbers in major units ({@code 19.99}, {@code 35}, {@code 0}) with a
 * {@code raw_*} twin {@code {"value": "19.99", "precision": 20}}, timestamps as ISO-8601 UTC with milliseconds.
 */
public final class MedusaJson {

    public static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private MedusaJson() {}

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    public static ArrayNode array(Collection<? extends JsonNode> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    /** A value as Medusa writes it; {@link BigDecimal}s become amounts, {@link Instant}s timestamps. */
    public static JsonNode node(@Nullable Object value) {
        return switch (value) {
            case null -> NODES.nullNode();
            case JsonNode json -> json;
            case String text -> NODES.stringNode(text);
            case Boolean bool -> NODES.booleanNode(bool);
            case Integer number -> NODES.numberNode(number);
            case Long number -> NODES.numberNode(number);
            case BigDecimal amount -> amount(amount);
            case Instant instant -> NODES.stringNode(time(instant));
            default -> throw new IllegalArgumentException("no JSON form for " + value.getClass());
        };
    }

    public static JsonNode amount(BigDecimal amount) {
        return DecimalNode.valueOf(normalize(amount));
    }

    /** The {@code raw_*} twin of an amount or quantity. */
    public static ObjectNode raw(BigDecimal amount) {
        ObjectNode raw = object();
        raw.put("value", normalize(amount).toPlainString());
        raw.put("precision", 20);
        return raw;
    }

    public static ObjectNode raw(int quantity) {
        return raw(BigDecimal.valueOf(quantity));
    }

    public static String time(Instant instant) {
        return TIME.format(instant);
    }

    /** {@code {"id": id}}, the stub Medusa nests for a linked row it did not expand. */
    public static ObjectNode idOnly(String id) {
        ObjectNode stub = object();
        stub.put("id", id);
        return stub;
    }

    private static BigDecimal normalize(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
