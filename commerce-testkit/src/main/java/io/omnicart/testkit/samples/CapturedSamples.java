package io.omnicart.testkit.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Responses captured from real upstream servers, shipped in this kit's jar under {@code /samples/<platform>/} with the
 * file names they were recorded under, so every module's tests (and the bench) read the one copy in the repository.
 * A Medusa file holds {@code request}, {@code status} and {@code response} of one call to Medusa 2.21.2.
 */
public enum CapturedSamples {
    MEDUSA("medusa");

    private final String folder;

    CapturedSamples(String folder) {
        this.folder = folder;
    }

    /**
     * The bytes of one captured file.
     *
     * @param file the file name as recorded, e.g. {@code admin-orders-list-default.json}
     * @throws IllegalArgumentException when this kit holds no such file
     */
    public byte[] bytes(String file) {
        String resource = "/samples/" + folder + "/" + file;
        try (InputStream in = CapturedSamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no captured sample " + resource + " in commerce-testkit");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
