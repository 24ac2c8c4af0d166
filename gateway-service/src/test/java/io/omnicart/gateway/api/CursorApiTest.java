package io.omnicart.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** Cursors are opaque, signed, and bound to the account, the resource and the normalized filters. */
class CursorApiTest extends ApiTestSupport {

    @Test
    void aCursorWorksWithTheSameFiltersInAnotherSpellingAndAnotherLimit() {
        String cursor = cursor(DEMO + "/orders?limit=5&status=pending,completed&sort=-createdAt");

        JsonNode next = get(DEMO + "/orders?limit=7&status=completed&status=pending&cursor=" + cursor);

        assertThat(data(next)).hasSize(7);
    }

    @Test
    void aTamperedCursorIsInvalid() {
        String cursor = cursor(DEMO + "/orders?limit=5");
        String payload = cursor.substring(0, cursor.indexOf('.'));
        String signature = cursor.substring(cursor.indexOf('.') + 1);
        String forgedPayload = "b2Zmc2V0OjU" + "." + signature;
        String flipped = payload + "." + (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1);

        invalid(DEMO + "/orders?limit=5&cursor=" + forgedPayload);
        invalid(DEMO + "/orders?limit=5&cursor=" + flipped);
        invalid(DEMO + "/orders?limit=5&cursor=" + payload);
    }

    @Test
    void aCursorReplayedWithOtherFiltersIsInvalid() {
        String cursor = cursor(DEMO + "/orders?limit=5&status=pending");

        invalid(DEMO + "/orders?limit=5&status=completed&cursor=" + cursor);
        invalid(DEMO + "/orders?limit=5&cursor=" + cursor);
        invalid(DEMO + "/orders?limit=5&status=pending&sort=number&cursor=" + cursor);
        invalid(DEMO + "/orders?limit=5&status=pending&q=1042&cursor=" + cursor);
    }

    @Test
    void aCursorReplayedOnAnotherResourceIsInvalid() {
        String cursor = cursor(DEMO + "/customers?limit=5");

        invalid(DEMO + "/orders?limit=5&cursor=" + cursor);
        invalid(DEMO + "/products?limit=5&cursor=" + cursor);
        invalid(DEMO + "/customers?limit=5&q=smith&cursor=" + cursor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "a.b.c", "....", "%00", "not-a-cursor.at-all"})
    void aMalformedCursorIsInvalid(String cursor) {
        invalid(DEMO + "/orders?cursor=" + cursor);
    }

    @Test
    void validationErrorsAreReportedBeforeTheCursor() {
        JsonNode problem = problem(
                client.get().uri(DEMO + "/orders?limit=0&cursor=garbage").exchange(),
                HttpStatus.BAD_REQUEST,
                "validation_failed");

        assertThat(fields(problem)).containsExactly("limit");
    }

    private String cursor(String uri) {
        String cursor = text(get(uri).path("page"), "nextCursor");
        assertThat(cursor).isNotBlank();
        return cursor;
    }

    private void invalid(String uri) {
        JsonNode problem = problem(client.get().uri(uri).exchange(), HttpStatus.BAD_REQUEST, "invalid_cursor");
        assertThat(fields(problem)).containsExactly("cursor");
        assertThat(text(problem, "type")).isEqualTo("urn:omnicart:problem:invalid_cursor");
    }
}
