package io.omnicart.adapter.opencart.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the bridge's own PHP suite ({@code bridge/tests/run.php}: fixture in MariaDB, {@code php -S}, HTTP checks on
 * both OpenCart schemas) so that {@code ./mvnw verify} covers the PHP side too. PHP is a build requirement here: a
 * missing {@code php} fails the test with the packages to install, it is never skipped.
 */
class BridgePhpSuiteTest {

    private static final long GUARD_MINUTES = 10;

    @Test
    void phpSuitePasses() throws Exception {
        Path bridge = moduleDir().resolve("bridge");
        assertThat(bridge.resolve("tests/run.php")).exists();

        Process process = start(bridge);
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        if (!process.waitFor(GUARD_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("php bridge/tests/run.php did not finish within " + GUARD_MINUTES + " minutes:\n" + output.getNow(""));
        }
        String log = output.get();
        if (process.exitValue() != 0) {
            fail("php bridge/tests/run.php exited with " + process.exitValue() + ":\n" + log);
        }
        assertThat(log).contains("PASSED:");
    }

    private static Process start(Path bridge) {
        String php = System.getenv().getOrDefault("OMNICART_PHP", "php");
        try {
            return new ProcessBuilder(php, "tests/run.php")
                    .directory(bridge.toFile())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            return fail("cannot run '" + php + "' (" + e.getMessage() + "): the OpenCart bridge tests need PHP."
                    + " Install php-cli and php-mysql (Debian/Ubuntu: apt-get install php-cli php-mysql)"
                    + " or point OMNICART_PHP at a php binary.");
        }
    }

    /** The module directory, found from the compiled test classes (target/test-classes) rather than the cwd. */
    private static Path moduleDir() throws URISyntaxException {
        Path classes = Path.of(BridgePhpSuiteTest.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path module = classes.getParent().getParent();
        return Files.isDirectory(module.resolve("bridge"))
                ? module
                : Path.of("").toAbsolutePath();
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output unreadable: " + e.getMessage() + ")";
        }
    }
}
