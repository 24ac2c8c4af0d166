package io.omnicart.gateway.routing;

import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.StoreConnection;

/** A resolved account and the (decorated) adapter of its platform, checked for the operation at hand. */
record StoreTarget(StoreConnection store, CommerceAdapter adapter) {}
