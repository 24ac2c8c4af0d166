package io.omnicart.gateway.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real Medusa server of {@code e2e/medusa/run.sh}: its credentials ({@code .e2e/medusa/env}) and the seed manifest
 * ({@code seed.json}) with the stable lookup keys — handles, SKUs, e-mails and display numbers; every id changes on each
 * seed. Found by walking up from the working directory to the repository root ({@code MEDUSA_E2E_DIR} overrides the
 * state directory, as for {@code run.sh}). Missing files fail the suite with what to run.
 */
final class MedusaE2EStore {

    static final String SETUP_HINT = "start and seed the real Medusa server first: e2e/medusa/run.sh setup";
    static final String RESEED_HINT =
            "the seeded store was already changed by an earlier run: e2e/medusa/run.sh reseed";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static MedusaE2EStore instance;

    final Path repository;
    final String baseUrl;
    final String adminEmail;
    final String adminPassword;
    final String secretApiKey;
    final JsonNode seed;

    private MedusaE2EStore(Path repository, Map<String, String> env, JsonNode seed) {
        this.repository = repository;
        this.baseUrl = required(env, "MEDUSA_BASE_URL");
        this.adminEmail = required(env, "MEDUSA_ADMIN_EMAIL");
        this.adminPassword = required(env, "MEDUSA_ADMIN_PASSWORD");
        this.secretApiKey = required(env, "MEDUSA_SECRET_API_KEY");
        this.seed = seed;
    }

    /** The store of this run, read once. */
    static synchronized MedusaE2EStore get() {
        if (instance == null) {
            instance = load();
        }
        return instance;
    }

    private static MedusaE2EStore load() {
        Path repository = repositoryRoot();
        String override = System.getenv("MEDUSA_E2E_DIR");
        Path state = override == null || override.isBlank()
                ? repository.resolve(".e2e/medusa")
                : Path.of(override).toAbsolutePath();
        Path envFile = state.resolve("env");
        if (!Files.isRegularFile(envFile)) {
            throw new IllegalStateException("No Medusa credentials at " + envFile + ": " + SETUP_HINT);
        }
        Map<String, String> env = readEnv(envFile);
        Path manifest = env.containsKey("MEDUSA_SEED_MANIFEST")
                ? Path.of(env.get("MEDUSA_SEED_MANIFEST"))
                : state.resolve("seed.json");
        if (!Files.isRegularFile(manifest)) {
            throw new IllegalStateException("No seed manifest at " + manifest + ": " + SETUP_HINT);
        }
        return new MedusaE2EStore(repository, env, JSON.readTree(read(manifest)));
    }

    /** The nearest directory at or above the working directory that holds {@code e2e/medusa/run.sh}. */
    private static Path repositoryRoot() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("e2e/medusa/run.sh"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No e2e/medusa/run.sh at or above " + start + ": run the suite inside the"
                + " repository, after e2e/medusa/run.sh setup");
    }

    private static Map<String, String> readEnv(Path file) {
        Map<String, String> env = new HashMap<>();
        for (String line : read(file).split("\n")) {
            int eq = line.indexOf('=');
            if (!line.isBlank() && !line.startsWith("#") && eq > 0) {
                env.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return env;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " (" + SETUP_HINT + ")", e);
        }
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is missing from the Medusa env file: " + SETUP_HINT);
        }
        return value;
    }

    // ------------------------------------------------------------------ seed lookups

    String storeName() {
        return seed.path("store").path("name").asString();
    }

    /** The manifest entry of the order with this display number. */
    JsonNode order(int displayId) {
        for (JsonNode order : seed.path("orders").path("list")) {
            if (order.path("display_id").asInt() == displayId) {
                return order;
            }
        }
        throw new IllegalStateException("the seed manifest has no order #" + displayId);
    }

    /** Display numbers of the seeded orders with a role (pending, completed, canceled, shipped, captured, …). */
    List<Integer> ordersWithRole(String role) {
        List<Integer> numbers = new ArrayList<>();
        seed.path("orders").path("by_role").path(role).forEach(n -> numbers.add(n.asInt()));
        if (numbers.isEmpty()) {
            throw new IllegalStateException("the seed manifest has no order with role " + role);
        }
        return numbers;
    }

    /** The one seeded order with a role that has exactly one. */
    int onlyOrderWithRole(String role) {
        List<Integer> numbers = ordersWithRole(role);
        if (numbers.size() != 1) {
            throw new IllegalStateException("expected one order with role " + role + ", the seed has " + numbers);
        }
        return numbers.getFirst();
    }

    JsonNode product(String handle) {
        for (JsonNode product : seed.path("products")) {
            if (product.path("handle").asString().equals(handle)) {
                return product;
            }
        }
        throw new IllegalStateException("the seed manifest has no product " + handle);
    }

    List<JsonNode> products() {
        List<JsonNode> products = new ArrayList<>();
        seed.path("products").forEach(products::add);
        return products;
    }

    List<JsonNode> collections() {
        List<JsonNode> collections = new ArrayList<>();
        seed.path("collections").forEach(collections::add);
        return collections;
    }

    JsonNode registeredCustomer() {
        return seed.path("customers").path("registered");
    }

    JsonNode guestCustomer() {
        return seed.path("customers").path("guest");
    }

    JsonNode draftOrder() {
        return seed.path("draft_order");
    }

    List<JsonNode> regions() {
        List<JsonNode> regions = new ArrayList<>();
        seed.path("regions").forEach(regions::add);
        return regions;
    }
}
