package io.omnicart.testkit.simulator.medusa;

import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/**
 * The captured real Medusa 2.21.2 responses in {@code shared/reference/samples/medusa}, found by walking up from the
 * module directory (the repository's sibling {@code ../shared} when checked out as {@code /work/main}).
 */
final class Samples {

    private static final Path DIRECTORY = locate();

    private Samples() {}

    /** The {@code response} part of a sample file. */
    static JsonNode response(String file) {
        return sample(file).get("response");
    }

    static JsonNode sample(String file) {
        Path path = DIRECTORY.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new AssertionError("Medusa sample " + file + " is missing from " + DIRECTORY);
        }
        return MedusaHttp.JSON.readTree(path.toFile());
    }

    private static Path locate() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/reference/samples/medusa");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("The captured Medusa samples (shared/reference/samples/medusa) were not found in any "
                + "directory above " + start + ". They are the wire-format reference these tests compare against: "
                + "check out the shared reference next to the repository (e.g. /work/shared beside /work/main).");
    }
}
