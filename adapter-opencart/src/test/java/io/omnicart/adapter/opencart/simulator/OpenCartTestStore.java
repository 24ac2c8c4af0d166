package io.omnicart.adapter.opencart.simulator;

import io.omnicart.core.model.Platform;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.testkit.simulator.seed.Seed;
import io.omnicart.testkit.simulator.seed.SeededStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A complete OpenCart store for tests: a scratch MariaDB database made by the bridge fixture's {@code load.sh}
 * (MariaDB from {@code OMNICART_TEST_MARIADB_HOST}/{@code _PORT}, default 127.0.0.1:3306, root without password), the
 * project's {@code omnicart-bridge.php} served by {@code php -S} with a generated {@code config.php}, and the native-API
 * simulator in front of both on one origin, so a {@link StoreConnection}'s base URL is the store root as in
 * production. {@code php} (with mysqli) and the {@code mysql} client are required: without them the test fails with a
 * message saying what to install, it is never skipped. {@link #close()} stops PHP and drops the database.
 */
public final class OpenCartTestStore implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(15);

    private final String version;
    private final OpenCartDatabase database;
    private final Path docroot;
    private final Process php;
    private final OpenCartNativeSimulator simulator;

    private OpenCartTestStore(
            String version, boolean withBridge, Function<OpenCartTestStore, OpenCartNativeSimulator.Seeding> seeding) {
        this.version = version;
        String host = env("OMNICART_TEST_MARIADB_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("OMNICART_TEST_MARIADB_PORT", "3306"));
        String name = "omnicart_java_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet() + "_"
                + version.replace(".", "");
        this.database = new OpenCartDatabase(host, port, name);
        loadFixture();
        int phpPort = freePort();
        this.docroot = docroot(phpPort, withBridge);
        this.php = startPhp(phpPort);
        this.simulator = new OpenCartNativeSimulator(
                version, database, URI.create("http://127.0.0.1:" + phpPort), Clock.systemUTC(), seeding.apply(this));
    }

    /** The fixture store of the bridge tests (bridge/fixture/README.md), on 3.0, 4.0 or 4.1 tables. */
    public static OpenCartTestStore fixture(String version) {
        return new OpenCartTestStore(
                version, true, store -> fixed("the fixture store is fixed; use seedable(version)"));
    }

    /** A store whose bridge file was never uploaded (the web server answers 404 for it). */
    public static OpenCartTestStore withoutBridge(String version) {
        return new OpenCartTestStore(version, false, store -> fixed("no bridge"));
    }

    /**
     * A store the simulator seeds ({@link OpenCartSeedWriter}): the fixture's settings, countries and API users, and
     * whatever {@code UpstreamSimulator.seed(…)} writes; {@code reset()} empties it again.
     */
    public static OpenCartTestStore seedable(String version) {
        return new OpenCartTestStore(version, true, store -> {
            OpenCartSeedWriter writer =
                    new OpenCartSeedWriter(store.database(), !version.equals("3.0"), Clock.systemUTC());
            return new OpenCartNativeSimulator.Seeding() {
                @Override
                public SeededStore seed(Seed seed) {
                    return writer.write(seed);
                }

                @Override
                public void clear() {
                    writer.clear();
                }
            };
        });
    }

    private static OpenCartNativeSimulator.Seeding fixed(String why) {
        return new OpenCartNativeSimulator.Seeding() {
            @Override
            public SeededStore seed(Seed seed) {
                throw new UnsupportedOperationException(why);
            }

            @Override
            public void clear() {
                // the fixture's rows are what its tests read
            }
        };
    }

    public OpenCartNativeSimulator simulator() {
        return simulator;
    }

    public OpenCartDatabase database() {
        return database;
    }

    public String version() {
        return version;
    }

    /** A connection to the store with the fixture's API user {@code omnicart}. */
    public StoreConnection connection() {
        return connection(OpenCartNativeSimulator.USERNAME, OpenCartNativeSimulator.KEY);
    }

    public StoreConnection connection(String username, String key) {
        return new StoreConnection(
                "acct-opencart-" + version,
                "ws-test",
                Platform.OPENCART,
                simulator.baseUrl(),
                new Credentials.ApiUser(username, Secret.of(key)));
    }

    /** Runs SQL against the store database (test set-up). */
    public void sql(String... statements) {
        try (Connection db = database.connect();
                Statement statement = db.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        simulator.close();
        php.destroy();
        try {
            php.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        sql("DROP DATABASE IF EXISTS `" + database.database() + "`");
    }

    private void loadFixture() {
        Path load = bridgeDir().resolve("fixture/load.sh");
        run(new ProcessBuilder("sh", load.toString(), database.database(), version), "the fixture's load.sh");
    }

    private Path docroot(int phpPort, boolean withBridge) {
        try {
            Path root = Files.createTempDirectory("omnicart-opencart-" + version.replace(".", ""));
            Path storage =
                    Files.createDirectories(root.resolve("storage/cache")).getParent();
            if (withBridge) {
                Files.copy(bridgeDir().resolve("omnicart-bridge.php"), root.resolve("omnicart-bridge.php"));
            }
            String config = Files.readString(bridgeDir().resolve("fixture/config.php.template"))
                    .replace("@@HTTP_SERVER@@", "http://127.0.0.1:" + phpPort + "/")
                    .replace("@@DIR_OPENCART@@", root + "/")
                    .replace("@@DIR_STORAGE@@", storage + "/")
                    .replace("@@DB_HOSTNAME@@", database.host())
                    .replace("@@DB_USERNAME@@", "root")
                    .replace("@@DB_PASSWORD@@", "")
                    .replace("@@DB_DATABASE@@", database.database())
                    .replace("@@DB_PORT@@", Integer.toString(database.port()))
                    .replace("@@DB_PREFIX@@", "oc_");
            Files.writeString(root.resolve("config.php"), config, StandardCharsets.UTF_8);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Process startPhp(int port) {
        try {
            Process process = new ProcessBuilder("php", "-S", "127.0.0.1:" + port, "-t", docroot.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(docroot.resolve("php-server.log").toFile())
                    .start();
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(
                            "php -S exited: " + Files.readString(docroot.resolve("php-server.log")));
                }
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                    return process;
                } catch (IOException notYet) {
                    TimeUnit.MILLISECONDS.sleep(100);
                }
            }
            process.destroy();
            throw new IllegalStateException("php -S did not listen on port " + port + " within " + START_TIMEOUT);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "php is required for the OpenCart tests (Debian: apt-get install php-cli php-mysql): "
                            + e.getMessage(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void run(ProcessBuilder builder, String what) {
        try {
            Process process = builder.redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(what + " failed (MariaDB at OMNICART_TEST_MARIADB_HOST/PORT, default "
                        + "127.0.0.1:3306, and the mysql client are required): " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Path bridgeDir() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path bridge = module.resolve("bridge");
        if (!Files.isDirectory(bridge)) {
            bridge = module.resolve("adapter-opencart/bridge");
        }
        if (!Files.isRegularFile(bridge.resolve("fixture/load.sh"))) {
            throw new IllegalStateException(
                    "adapter-opencart/bridge/fixture not found from " + module.toAbsolutePath());
        }
        return bridge;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
