package io.omnicart.testkit.simulator.medusa;

import io.omnicart.testkit.samples.CapturedSamples;
import tools.jackson.databind.JsonNode;

/** The captured real Medusa 2.21.2 responses this kit ships (see {@link CapturedSamples#MEDUSA}). */
final class Samples {

    private Samples() {}

    /** The {@code response} part of a sample file. */
    static JsonNode response(String file) {
        return sample(file).get("response");
    }

    static JsonNode sample(String file) {
        return MedusaHttp.JSON.readTree(CapturedSamples.MEDUSA.bytes(file));
    }
}
