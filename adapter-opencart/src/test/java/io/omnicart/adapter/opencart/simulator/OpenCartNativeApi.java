package io.omnicart.adapter.opencart.simulator;

import io.omnicart.testkit.simulator.http.SimRequest;
import io.omnicart.testkit.simulator.http.SimResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * OpenCart's native API at {@code /index.php?route=api/…} for one protocol line, answering with the bodies captured
 * from real stores (samples/opencart/): 3.0 {@code api/login} ({@code []} for a wrong key, a disabled user or a GET;
 * {@code {"error":{"ip":…,"key":…}}} for an IP not on the list) and {@code api/order/history}; 4.0 {@code
 * api/account/login} (string errors) and {@code api/sale/order.addHistory}, with the 404 page for calls without a live
 * session and for 3.0 routes. Every answer is HTTP 200 JSON except those pages (reference §1.5).
 */
final class OpenCartNativeApi {

    static final String PERMISSION = "Warning: You do not have permission to access the API!";
    static final String NOT_FOUND = "Warning: Order could not be found!";
    static final String SUCCESS = "Success: You have modified orders!";

    static final String FORBIDDEN = "You do not have permission to access this page.";

    private final boolean v40;
    private final boolean v41;
    private final OpenCartApiUsers users;
    private final OpenCartStockAndHistory orders;
    private final OpenCartPages pages;
    private final JsonMapper json;

    private final Clock clock;

    OpenCartNativeApi(
            String version,
            OpenCartApiUsers users,
            OpenCartStockAndHistory orders,
            OpenCartPages pages,
            JsonMapper json,
            Clock clock) {
        this.v40 = version.equals("4.0");
        this.v41 = version.equals("4.1");
        this.clock = clock;
        this.users = users;
        this.orders = orders;
        this.pages = pages;
        this.json = json;
    }

    SimResponse handle(SimRequest request, String route) throws SQLException {
        Map<String, String> form = form(request.body());
        if (v41) {
            return handle41(request, route, form);
        }
        return switch (route) {
            case "api/login" -> v40 ? pages.notFound() : login30(request, form);
            case "api/account/login" -> v40 ? login40(request, form) : pages.notFound();
            case "api/order/history" -> v40 ? pages.notFound() : history30(request, form);
            case "api/sale/order.addHistory", "api/sale/order|addHistory" ->
                v40 ? history40(request, form) : pages.notFound();
            default -> v40 || !route.startsWith("api/") ? pages.notFound() : error(PERMISSION);
        };
    }

    /**
     * 4.1 (reference §4, 4.1.x; samples oc4/): only {@code api/order} and {@code api/subscription} are reachable, each
     * call signed; every other {@code api/…} route, a bad signature, a user unknown, disabled or not allowed from the
     * caller's IP, or a time more than 450 s off answers 403 JSON. Leftover 4.0 code makes any {@code api_token}
     * parameter a 500. An accepted call is logged in {@code api_history}.
     */
    private SimResponse handle41(SimRequest request, String route, Map<String, String> form) throws SQLException {
        if (request.query().has("api_token")) {
            return SimResponse.text(500, "text/html; charset=utf-8", "");
        }
        if (!route.equals("api/order") && !route.equals("api/subscription")) {
            return forbidden();
        }
        Optional<Integer> apiId =
                users.verifySigned(request, form, clock.instant().getEpochSecond());
        if (apiId.isEmpty()) {
            return forbidden();
        }
        String call = request.query().single("call");
        if (route.equals("api/order") && "history_add".equals(call)) {
            int orderId = number(form.get("order_id"));
            if (!orders.orderExists(orderId)) {
                return error(NOT_FOUND);
            }
            return addHistory(orderId, form);
        }
        return error("API call not found");
    }

    private SimResponse forbidden() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("error", FORBIDDEN);
        return SimResponse.json(403, body);
    }

    private SimResponse login30(SimRequest request, Map<String, String> form) throws SQLException {
        String username = form.getOrDefault("username", "Default");
        Optional<OpenCartApiUsers.ApiUser> user =
                request.isGet() ? Optional.empty() : users.find(username, form.getOrDefault("key", ""));
        if (user.isEmpty() || !user.get().enabled()) {
            return SimResponse.json(200, json.createArrayNode());
        }
        if (!user.get().ipAllowed()) {
            ObjectNode error = JsonNodeFactory.instance.objectNode();
            error.put("ip", "Warning: Your IP " + OpenCartApiUsers.CALLER_IP + " is not allowed to access this API!");
            error.put("key", "Warning: Incorrect API Key!");
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.set("error", error);
            return SimResponse.json(200, body);
        }
        return started(user.get());
    }

    private SimResponse login40(SimRequest request, Map<String, String> form) throws SQLException {
        String username = form.getOrDefault("username", "");
        String key = form.getOrDefault("key", "");
        Optional<OpenCartApiUsers.ApiUser> user =
                username.isEmpty() || key.isEmpty() ? Optional.empty() : users.find(username, key);
        if (user.isEmpty() || !user.get().enabled()) {
            return error("Warning: Incorrect API Key!");
        }
        if (!user.get().ipAllowed()) {
            return error("Warning: Your IP " + OpenCartApiUsers.CALLER_IP + " is not allowed to access this API!");
        }
        return started(user.get());
    }

    private SimResponse started(OpenCartApiUsers.ApiUser user) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("success", "Success: API session successfully started!");
        body.put("api_token", users.start(user.apiId()));
        return SimResponse.json(200, body);
    }

    private SimResponse history30(SimRequest request, Map<String, String> form) throws SQLException {
        if (!users.check(request.query().single("api_token"))) {
            return error(PERMISSION);
        }
        return addHistory(number(request.query().single("order_id")), form);
    }

    private SimResponse history40(SimRequest request, Map<String, String> form) throws SQLException {
        if (!users.check(request.query().single("api_token"))) {
            return pages.notFound();
        }
        return addHistory(number(form.get("order_id")), form);
    }

    /** Missing POST keys are '' and cast to int: no {@code order_status_id} means status 0 (reference §6). */
    private SimResponse addHistory(int orderId, Map<String, String> form) throws SQLException {
        if (!orders.orderExists(orderId)) {
            return error(NOT_FOUND);
        }
        orders.addHistory(
                orderId,
                number(form.get("order_status_id")),
                number(form.get("notify")) != 0,
                form.getOrDefault("comment", ""));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("success", SUCCESS);
        return SimResponse.json(200, body);
    }

    private SimResponse error(String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("error", message);
        return SimResponse.json(200, body);
    }

    private static int number(String value) {
        if (value == null) {
            return 0;
        }
        String digits = value.strip().replaceAll("^(\\d*).*$", "$1");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            fields.put(name, value);
        }
        return fields;
    }
}
