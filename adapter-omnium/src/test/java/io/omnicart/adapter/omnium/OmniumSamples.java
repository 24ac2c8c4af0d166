package io.omnicart.adapter.omnium;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Omnium JSON shaped as the reference documents it (field names from reference §5–§10), read into wire records. */
public final class OmniumSamples {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OmniumSamples() {}

    public static <T> T read(String name, Class<T> type) {
        return JSON.readValue(text(name), type);
    }

    public static <T> List<T> list(String name, Class<T> type) {
        return JSON.readValue(text(name), JSON.getTypeFactory().constructCollectionType(List.class, type));
    }

    public static String text(String name) {
        try (InputStream in = OmniumSamples.class.getResourceAsStream("/omnium-samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
