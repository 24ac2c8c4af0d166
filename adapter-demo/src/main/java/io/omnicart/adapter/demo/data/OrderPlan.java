package io.omnicart.adapter.demo.data;

import java.time.OffsetDateTime;

/** What an order will be before it is built: its scenario, when it was placed, by whom, and its number. */
record OrderPlan(OrderScenario scenario, OffsetDateTime placedAt, int customerIndex, String number) {}
