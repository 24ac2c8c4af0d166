package io.omnicart.credential.policy;

import java.net.ConnectException;

/**
 * An upstream connection refused before it was opened because the host resolved to an address no store may have
 * (see {@link AddressPolicy}). A {@link ConnectException}, so adapters report it like any unreachable store.
 */
public final class ForbiddenAddressException extends ConnectException {

    public ForbiddenAddressException(String host, String kind) {
        super("Refused to connect to " + host + ": it resolves to a " + kind + " address");
    }
}
