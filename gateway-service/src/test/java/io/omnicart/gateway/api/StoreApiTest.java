package io.omnicart.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StoreApiTest extends ApiTestSupport {

    @Test
    void theOverviewCoversThirtyDaysByDefault() {
        JsonNode overview = get(DEMO + "/overview");

        assertThat(overview.path("orderCount").asLong()).isPositive();
        assertThat(overview.path("customerCount").asLong()).isPositive();
        assertThat(overview.path("productCount").asLong()).isPositive();
        assertThat(overview.path("revenue").size()).isPositive();
        overview.path("revenue")
                .forEach(money -> assertThat(money.path("amount").isString()).isTrue());
        assertThat(span(overview)).isEqualTo(Duration.ofDays(30));
        assertThat(overview.path("cached").isBoolean()).isTrue();
        assertThat(text(overview, "asOf")).isNotBlank();
    }

    @Test
    void theOverviewWindowIsAParameter() {
        JsonNode week = get(DEMO + "/overview?window=7d");
        JsonNode year = get(DEMO + "/overview?window=365d");

        assertThat(span(week)).isEqualTo(Duration.ofDays(7));
        assertThat(span(year)).isEqualTo(Duration.ofDays(365));
        assertThat(year.path("orderCount").asLong())
                .isGreaterThanOrEqualTo(week.path("orderCount").asLong());
    }

    @Test
    void settingsShowCurrenciesWithTheirDefaultFlagAndRegions() {
        JsonNode settings = get(DEMO + "/settings");

        assertThat(text(settings, "platform")).isEqualTo("demo");
        assertThat(text(settings, "defaultCurrency")).matches("[A-Z]{3}");
        assertThat(settings.path("currencies").size()).isEqualTo(2);
        JsonNode currency = settings.path("currencies").get(0);
        assertThat(currency.has("default")).isTrue();
        assertThat(currency.has("isDefault")).isFalse();
        assertThat(settings.path("regions").size()).isEqualTo(2);
        assertThat(settings.has("platformVersion")).isTrue();
    }

    private static Duration span(JsonNode overview) {
        OffsetDateTime from = OffsetDateTime.parse(text(overview.path("window"), "from"));
        OffsetDateTime to = OffsetDateTime.parse(text(overview.path("window"), "to"));
        return Duration.between(from, to);
    }
}
