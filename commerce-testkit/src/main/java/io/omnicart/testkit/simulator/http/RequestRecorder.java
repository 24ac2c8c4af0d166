package io.omnicart.testkit.simulator.http;

import io.omnicart.testkit.simulator.RecordedRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps every received request with credentials masked: Authorization keeps only its scheme; secret fields in bodies
 * and secret parameters in query strings (Omnium's token call carries the client secret there) become {@code ***}.
 */
public final class RequestRecorder {

    static final String MASK = "***";
    private static final Set<String> SECRET_HEADERS =
            Set.of("authorization", "proxy-authorization", "cookie", "x-api-key", "x-publishable-api-key");
    private static final Set<String> SECRET_BODY_FIELDS =
            Set.of("password", "secret", "client_secret", "clientSecret", "api_key", "apiKey", "token");

    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final JsonMapper mapper;
    private final Clock clock;

    public RequestRecorder(JsonMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    public void record(SimRequest request) {
        requests.add(new RecordedRequest(
                request.method(),
                request.path(),
                maskQuery(request.query().raw()),
                maskHeaders(request.headers()),
                maskBody(request.body()),
                clock.instant()));
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public void clear() {
        requests.clear();
    }

    static Map<String, List<String>> maskQuery(Map<String, List<String>> query) {
        Map<String, List<String>> masked = new LinkedHashMap<>();
        query.forEach((name, values) -> masked.put(name, isSecret(name) ? List.of(MASK) : values));
        return masked;
    }

    private static boolean isSecret(String name) {
        return SECRET_BODY_FIELDS.stream().anyMatch(field -> field.equalsIgnoreCase(name));
    }

    static Map<String, String> maskHeaders(Map<String, String> headers) {
        Map<String, String> masked = new LinkedHashMap<>();
        headers.forEach((name, value) -> masked.put(name, SECRET_HEADERS.contains(name) ? mask(name, value) : value));
        return masked;
    }

    private static String mask(String name, String value) {
        int space = value.indexOf(' ');
        boolean schemed = name.endsWith("authorization") && space > 0;
        return schemed ? value.substring(0, space) + " " + MASK : MASK;
    }

    private String maskBody(String body) {
        if (body.isBlank() || !body.stripLeading().startsWith("{")) {
            return body;
        }
        try {
            JsonNode tree = mapper.readTree(body);
            maskSecrets(tree);
            return mapper.writeValueAsString(tree);
        } catch (RuntimeException notJson) {
            return body;
        }
    }

    private static void maskSecrets(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String field : List.copyOf(object.propertyNames())) {
                if (SECRET_BODY_FIELDS.contains(field)) {
                    object.put(field, MASK);
                } else {
                    maskSecrets(object.get(field));
                }
            }
        } else if (node.isArray()) {
            node.values().forEach(RequestRecorder::maskSecrets);
        }
    }
}
