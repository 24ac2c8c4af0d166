package io.omnicart.gateway.passthrough;

import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.StoreConnection;

/** The resolved account of a raw request, its (guard-decorated) adapter and the checked path below its base URL. */
record RawTarget(StoreConnection store, CommerceAdapter adapter, RawPath path) {}
