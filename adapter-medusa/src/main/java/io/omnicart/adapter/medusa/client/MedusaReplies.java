package io.omnicart.adapter.medusa.client;

import io.omnicart.adapter.medusa.error.MedusaErrorTranslator;
import io.omnicart.adapter.medusa.model.MedusaList;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Medusa's envelopes — {@code {"order": {…}}} for one entity, {@code {"orders": [...], "count", "offset",
 * "limit"}} for a list — straight from the body's bytes: a parser walks the envelope and binds only the entity or the
 * rows to wire records, with no {@code String} and no tree in between (a 25-order page is ~150 KB of JSON). Other
 * envelope keys are skipped; unknown fields inside the records are ignored by the records themselves.
 *
 * <p>The verdicts are the ones a tree gave: the whole body is read first, so malformed JSON (or trailing content)
 * always fails as a Jackson exception, which the {@link MedusaErrorTranslator} turns into the unreadable-body contract
 * violation; an empty body counts as {@code {}}. A 200 without the entity (missing, {@code null} or {@code {}}) is
 * Medusa's way of saying "not found" for collections and stores (reference §4), so every missing entity becomes
 * {@code NotFound}.
 */
final class MedusaReplies {

    private final JsonMapper json;
    private final MedusaEnvelope envelope;
    private final Map<Class<?>, ObjectReader> records = new ConcurrentHashMap<>();
    private final Map<Class<?>, ObjectReader> lists = new ConcurrentHashMap<>();

    MedusaReplies(JsonMapper json) {
        this.json = json;
        this.envelope = new MedusaEnvelope(json.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
    }

    /** Parses {@code body} with {@code reply} and closes it, which releases the network buffer behind it. */
    <T> @Nullable T read(InputStream body, MedusaReply<T> reply) {
        try (body;
                JsonParser parser = json.createParser(body)) {
            return reply.read(parser);
        } catch (IOException e) {
            throw JacksonIOException.construct(e);
        }
    }

    /** {@code {"<key>": {…}}}: the entity {@code id} of {@code resource}; a missing or empty one is not found. */
    <T> MedusaReply<T> entity(String key, Class<T> type, String resource, String id) {
        ObjectReader reader = record(type);
        return body -> {
            Slot<T> slot = slot(body, key, reader);
            return switch (slot.kind) {
                case ABSENT, NULL, EMPTY -> throw MedusaErrorTranslator.notFound(resource, id);
                case OTHER -> throw MedusaErrorTranslator.unexpectedReply("'" + key + "' is not an object");
                case FILLED -> slot.value;
            };
        };
    }

    /** The entity a creation answered with; its absence is a broken reply, not a missing entity. */
    <T> MedusaReply<T> created(String key, Class<T> type) {
        ObjectReader reader = record(type);
        return body -> {
            Slot<T> slot = slot(body, key, reader);
            if (slot.kind != Kind.FILLED) {
                throw MedusaErrorTranslator.unexpectedReply("no '" + key + "' in the answer of a creation");
            }
            return slot.value;
        };
    }

    /** The whole body as one record (answers without an envelope, such as the login). */
    <T> MedusaReply<T> value(Class<T> type) {
        ObjectReader reader = record(type);
        return body -> envelope.whole(body, reader);
    }

    /** {@code {"<key>": [...], "count", "offset", "limit"}}; absent numbers default as Medusa would count them. */
    <T> MedusaReply<MedusaList<T>> list(String key, Class<T> type) {
        ObjectReader reader = rows(type);
        return body -> {
            Page<T> page = new Page<>();
            envelope.walk(body, (name, value) -> {
                if (name.equals(key)) {
                    page.items = arrayOf(value, reader);
                } else if (name.equals("count")) {
                    page.count = integral(value);
                } else if (name.equals("offset")) {
                    page.offset = integral(value);
                } else if (name.equals("limit")) {
                    page.limit = integral(value);
                }
            });
            List<T> items = required(page.items, key);
            long offset = page.offset == null ? 0 : page.offset;
            long limit = page.limit == null ? items.size() : page.limit;
            long count = page.count == null ? offset + items.size() : page.count;
            return new MedusaList<>(items, count, offset, limit);
        };
    }

    /** {@code {"<key>": [...]}} without paging. */
    <T> MedusaReply<List<T>> array(String key, Class<T> type) {
        ObjectReader reader = rows(type);
        return body -> {
            Page<T> page = new Page<>();
            envelope.walk(body, (name, value) -> {
                if (name.equals(key)) {
                    page.items = arrayOf(value, reader);
                }
            });
            return required(page.items, key);
        };
    }

    /** An answer nobody needs (actions, deletions): still read to its end, so a broken one fails as before. */
    MedusaReply<Void> ignored() {
        return body -> {
            envelope.skip(body);
            return null;
        };
    }

    private <T> Slot<T> slot(JsonParser body, String key, ObjectReader reader) {
        Slot<T> slot = new Slot<>();
        envelope.walk(body, (name, value) -> {
            if (name.equals(key)) {
                slot.object(value, reader);
            }
        });
        return slot;
    }

    private static <T> @Nullable List<T> arrayOf(JsonParser value, ObjectReader reader) {
        return value.currentToken() == JsonToken.START_ARRAY ? reader.readValue(value) : null;
    }

    private static @Nullable Long integral(JsonParser value) {
        return value.currentToken() == JsonToken.VALUE_NUMBER_INT
                ? value.getNumberValue().longValue()
                : null;
    }

    private static <T> List<T> required(@Nullable List<T> items, String key) {
        if (items == null) {
            throw MedusaErrorTranslator.unexpectedReply("no '" + key + "' list");
        }
        return items;
    }

    /** One record per call; the trailing-content check is done once for the whole body instead. */
    private ObjectReader record(Class<?> type) {
        return records.computeIfAbsent(
                type, t -> json.readerFor(t).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
    }

    private ObjectReader rows(Class<?> type) {
        return lists.computeIfAbsent(
                type,
                t -> json.readerFor(json.getTypeFactory().constructCollectionType(List.class, t))
                        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
    }

    private enum Kind {
        ABSENT,
        NULL,
        EMPTY,
        OTHER,
        FILLED
    }

    /** What the envelope held under the entity's key. */
    private static final class Slot<T> {
        Kind kind = Kind.ABSENT;

        @Nullable
        T value;

        void object(JsonParser parser, ObjectReader reader) {
            value = null;
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NULL) {
                kind = Kind.NULL;
            } else if (token != JsonToken.START_OBJECT) {
                kind = Kind.OTHER;
            } else if (parser.nextToken() == JsonToken.END_OBJECT) {
                kind = Kind.EMPTY;
            } else {
                // binding starts at the first property name, which Jackson's bean deserializers accept
                value = reader.readValue(parser);
                kind = Kind.FILLED;
            }
        }
    }

    private static final class Page<T> {
        @Nullable
        List<T> items;

        @Nullable
        Long count;

        @Nullable
        Long offset;

        @Nullable
        Long limit;
    }
}
