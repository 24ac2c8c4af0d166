package io.omnicart.testkit.contract;

import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.StoreConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;

/** Variations of a store connection for the contract: another base URL, the secrets it carries. */
public final class Connections {

    private Connections() {}

    /** The same account and credentials at another address. */
    public static StoreConnection withBaseUrl(StoreConnection connection, URI baseUrl) {
        return new StoreConnection(
                connection.accountId(),
                connection.workspaceId(),
                connection.platform(),
                baseUrl,
                connection.credentials());
    }

    /** A loopback address nothing listens on (a port that was free a moment ago). */
    public static URI closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The secret parts of the connection's credentials, which no message may contain. */
    public static List<String> secrets(StoreConnection connection) {
        return switch (connection.credentials()) {
            case Credentials.ApiKey key -> List.of(key.apiKey().reveal());
            case Credentials.EmailPassword user -> List.of(user.password().reveal());
            case Credentials.ClientCredentials client ->
                List.of(client.clientSecret().reveal());
            case Credentials.ApiUser user -> List.of(user.apiKey().reveal());
            case Credentials.None none -> List.of();
        };
    }
}
