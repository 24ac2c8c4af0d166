package io.omnicart.credential.persistence;

import io.r2dbc.h2.H2ConnectionOption;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JDBC twin of the application's R2DBC connection, so Flyway migrates the very database the gateway then uses
 * while the operator configures only {@code spring.r2dbc.url}, {@code username} and {@code password}. Supports
 * PostgreSQL and H2 (file and in-memory), pooled or not. {@link #toString()} leaves the password out.
 */
public record JdbcTarget(
        String url,
        @Nullable String user,
        @Nullable String password,
        @Nullable String schema) {

    private static final Map<String, String> POSTGRES_OPTIONS = Map.of(
            "schema", "currentSchema",
            "sslMode", "sslmode",
            "sslRootCert", "sslrootcert",
            "applicationName", "ApplicationName");

    public static JdbcTarget from(ConnectionFactoryOptions options) {
        String driver = text(options, ConnectionFactoryOptions.DRIVER);
        String protocol = text(options, ConnectionFactoryOptions.PROTOCOL);
        String database = driver.equals("pool") ? protocol : driver;
        String user = text(options, ConnectionFactoryOptions.USER);
        Object password = options.getValue(ConnectionFactoryOptions.PASSWORD);
        String secret = password == null ? null : password.toString();
        return switch (database) {
            case "postgresql", "postgres" ->
                new JdbcTarget(postgres(options), user, secret, text(options, Option.valueOf("schema")));
            case "h2" -> new JdbcTarget(h2(options, driver.equals("pool")), user, secret, null);
            default ->
                throw new IllegalStateException(
                        "credential-service supports PostgreSQL and H2, not '" + database + "'");
        };
    }

    private static String postgres(ConnectionFactoryOptions options) {
        Object port = options.getValue(ConnectionFactoryOptions.PORT);
        StringBuilder url = new StringBuilder("jdbc:postgresql://")
                .append(text(options, ConnectionFactoryOptions.HOST))
                .append(port == null ? "" : ":" + port)
                .append('/')
                .append(text(options, ConnectionFactoryOptions.DATABASE));
        List<String> params = new ArrayList<>();
        POSTGRES_OPTIONS.forEach((r2dbc, jdbc) -> {
            String value = text(options, Option.valueOf(r2dbc));
            if (!value.isEmpty()) {
                params.add(jdbc + "=" + (jdbc.equals("sslmode") ? sslMode(value) : value));
            }
        });
        return params.isEmpty()
                ? url.toString()
                : url.append('?').append(String.join("&", params)).toString();
    }

    private static String h2(ConnectionFactoryOptions options, boolean pooled) {
        String protocol = pooled ? "" : text(options, ConnectionFactoryOptions.PROTOCOL);
        String mode = protocol.isEmpty() ? "file" : protocol.substring(protocol.lastIndexOf(':') + 1);
        StringBuilder url = new StringBuilder("jdbc:h2:")
                .append(mode)
                .append(':')
                .append(text(options, ConnectionFactoryOptions.DATABASE));
        String extra = text(options, Option.valueOf("options"));
        if (!extra.isEmpty()) {
            url.append(';').append(extra);
        }
        for (H2ConnectionOption option : H2ConnectionOption.values()) {
            String value = text(options, Option.valueOf(option.name()));
            if (!value.isEmpty()) {
                url.append(';').append(option.name()).append('=').append(value);
            }
        }
        return url.toString();
    }

    private static String sslMode(String value) {
        return value.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String text(ConnectionFactoryOptions options, Option<?> option) {
        Object value = options.hasOption(option) ? options.getValue(option) : null;
        return value == null ? "" : value.toString();
    }

    @Override
    public String toString() {
        return "JdbcTarget[url=" + url + ", user=" + user + ", schema=" + schema + "]";
    }
}
