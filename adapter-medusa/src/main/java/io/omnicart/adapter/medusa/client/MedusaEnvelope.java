package io.omnicart.adapter.medusa.client;

import io.omnicart.adapter.medusa.error.MedusaErrorTranslator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Walks the top level of a Medusa body on a streaming parser, with the checks {@code readTree} made: one JSON value
 * and nothing after it (when {@code failOnTrailingTokens}, as Jackson 3 does by default), an empty body read as
 * {@code {}}, anything but an object a contract violation — reported only once the whole body was read, so broken JSON
 * always fails as JSON first.
 */
final class MedusaEnvelope {

    private final boolean failOnTrailingTokens;

    MedusaEnvelope(boolean failOnTrailingTokens) {
        this.failOnTrailingTokens = failOnTrailingTokens;
    }

    /** Reads one top-level property; the parser stands at its value and must be left at the value's last token. */
    @FunctionalInterface
    interface Property {
        void read(String name, JsonParser value);
    }

    /** Hands each top-level property to {@code property} and skips whatever it left unread. */
    void walk(JsonParser body, Property property) {
        JsonToken first = body.nextToken();
        if (first == null) {
            return;
        }
        if (first != JsonToken.START_OBJECT) {
            throw notAnObject(body);
        }
        for (String name = body.nextName(); name != null; name = body.nextName()) {
            body.nextToken();
            property.read(name, body);
            body.skipChildren();
        }
        end(body);
    }

    /** The whole body as one record; an empty body binds like {@code {}}. */
    <T> T whole(JsonParser body, ObjectReader reader) {
        JsonToken first = body.nextToken();
        if (first == null) {
            return reader.readValue("{}");
        }
        if (first != JsonToken.START_OBJECT) {
            throw notAnObject(body);
        }
        T value = reader.readValue(body);
        end(body);
        return value;
    }

    /** Reads the body to its end without keeping anything. */
    void skip(JsonParser body) {
        if (body.nextToken() != null) {
            body.skipChildren();
            end(body);
        }
    }

    private RuntimeException notAnObject(JsonParser body) {
        body.skipChildren();
        end(body);
        return MedusaErrorTranslator.unexpectedReply("the body is not a JSON object");
    }

    private void end(JsonParser body) {
        if (body.nextToken() != null && failOnTrailingTokens) {
            throw MismatchedInputException.from(body, (Class<?>) null, "Medusa's body goes on after its JSON value");
        }
    }
}
