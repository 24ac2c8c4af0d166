package io.omnicart.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * {@code docs/api.md} is the API description the repository keeps; its reference part must be exactly what the
 * served {@code /v3/api-docs} says. After changing the API, regenerate it with
 * {@code ./mvnw -pl gateway-service -am test -Dtest=ApiDescriptionTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Domnicart.docs.write=true} and review the diff.
 */
class ApiDescriptionTest extends ApiTestSupport {

    static final String BEGIN = "<!-- reference: generated from /v3/api-docs by ApiDescriptionTest; do not edit -->";
    static final String END = "<!-- end of generated reference -->";

    @Test
    void docsApiMdCarriesTheServedDocumentsReference() throws IOException {
        String reference = ApiReferenceMarkdown.render(
                exchange(client.get().uri("/v3/api-docs").exchange(), HttpStatus.OK));
        Path file = apiMd();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertThat(begin).as("docs/api.md has the marker %s", BEGIN).isNotNegative();
        assertThat(end).as("docs/api.md has the marker %s", END).isGreaterThan(begin);
        String committed = text.substring(begin + BEGIN.length() + 1, end);
        if (Boolean.getBoolean("omnicart.docs.write")) {
            Files.writeString(file, text.substring(0, begin + BEGIN.length() + 1) + reference + text.substring(end));
            committed = reference;
        }
        assertThat(committed)
                .as("docs/api.md differs from the served /v3/api-docs; regenerate it (see ApiDescriptionTest)")
                .isEqualTo(reference);
    }

    @Test
    void theErrorTableListsExactlyTheCodesTheProblemSchemaNames() throws IOException {
        JsonNode api = exchange(client.get().uri("/v3/api-docs").exchange(), HttpStatus.OK);
        String described = api.path("components")
                .path("schemas")
                .path("Problem")
                .path("properties")
                .path("code")
                .path("description")
                .asString();
        Set<String> served = new TreeSet<>();
        for (String code :
                described.replaceFirst("^[^:]*:", "").replace(".", "").split(",")) {
            served.add(code.strip());
        }

        String text = Files.readString(apiMd(), StandardCharsets.UTF_8);
        String errors = text.substring(text.indexOf("## Errors"), text.indexOf("\n## ", text.indexOf("## Errors") + 3));
        Set<String> documented = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| ((?:`[a-z_]+`(?: / )?)+) \\|").matcher(errors);
        while (row.find()) {
            Matcher code = Pattern.compile("`([a-z_]+)`").matcher(row.group(1));
            while (code.find()) {
                documented.add(code.group(1));
            }
        }

        assertThat(served).contains("validation_failed", "events_expired", "credentials_unreadable");
        assertThat(documented).as("codes in docs/api.md's error table").isEqualTo(served);
    }

    /** The repository's {@code docs/api.md}, found from the module directory the build runs in. */
    private static Path apiMd() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/api.md");
            if (Files.isRegularFile(candidate) && Files.isRegularFile(dir.resolve("mvnw"))) {
                return candidate;
            }
        }
        throw new AssertionError(
                "docs/api.md not found in the repository above " + Path.of("").toAbsolutePath());
    }
}
