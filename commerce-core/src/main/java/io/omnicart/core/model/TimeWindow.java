package io.omnicart.core.model;

import java.time.OffsetDateTime;

public record TimeWindow(OffsetDateTime from, OffsetDateTime to) {}
