package io.omnicart.adapter.opencart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Raw answers captured from real OpenCart stores (reference samples/opencart/), as test resources. */
public final class OpenCartSamples {

    private OpenCartSamples() {}

    public static String read(String name) {
        try (InputStream in = OpenCartSamples.class.getResourceAsStream("/opencart-samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
