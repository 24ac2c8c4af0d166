package io.omnicart.adapter.opencart.simulator;

import io.omnicart.testkit.simulator.http.SimResponse;

/** The HTML pages a store answers outside its API: page not found (404), maintenance (503), the storefront. */
final class OpenCartPages {

    private static final String HTML = "text/html; charset=utf-8";

    SimResponse notFound() {
        return page(404, "Page not found", "The page you requested cannot be found.");
    }

    SimResponse maintenance() {
        return page(503, "Maintenance", "We are currently performing some scheduled maintenance.");
    }

    SimResponse storefront() {
        return page(200, "Simulated Store", "Welcome to the simulated OpenCart storefront.");
    }

    private static SimResponse page(int status, String title, String text) {
        return SimResponse.text(
                status,
                HTML,
                "<!DOCTYPE html>\n<html dir=\"ltr\" lang=\"en\">\n<head><meta charset=\"UTF-8\" /><title>" + title
                        + "</title></head>\n<body><div id=\"content\"><h1>" + title + "</h1><p>" + text
                        + "</p></div></body>\n</html>\n");
    }
}
