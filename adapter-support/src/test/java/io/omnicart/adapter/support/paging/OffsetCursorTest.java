package io.omnicart.adapter.support.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class OffsetCursorTest {

    @Test
    void anOffsetSurvivesTheRoundTrip() {
        assertThat(OffsetCursor.decode(OffsetCursor.encode(150))).hasValue(150);
        assertThat(OffsetCursor.decode(null)).hasValue(0);
        assertThat(OffsetCursor.decode("  ")).hasValue(0);
    }

    @Test
    void foreignCursorsAreNotOffsets() {
        assertThat(OffsetCursor.decode("%%%")).isEqualTo(OptionalLong.empty());
        assertThat(OffsetCursor.decode(base64("p:5"))).isEmpty();
        assertThat(OffsetCursor.decode(base64("o:-1"))).isEmpty();
        assertThat(OffsetCursor.decode(base64("o:x"))).isEmpty();
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }
}
