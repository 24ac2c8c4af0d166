package io.omnicart.credential.config;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With no {@code spring.r2dbc.url} configured, store accounts live in an H2 file database under the data directory
 * ({@code omnicart.credentials.data-dir}, default {@code ./data}) rather than in Boot's throw-away in-memory default.
 * Added as the lowest-precedence property source, so any configured URL wins.
 */
public final class EmbeddedDatabaseDefaults implements EnvironmentPostProcessor {

    static final String SOURCE = "omnicartEmbeddedAccountDatabase";
    static final String DATABASE_NAME = "omnicart-accounts";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.r2dbc.url");
        if (url != null && !url.isBlank()) {
            return;
        }
        String dataDir = environment.getProperty("omnicart.credentials.data-dir", "./data");
        MapPropertySource defaults = new MapPropertySource(SOURCE, Map.of("spring.r2dbc.url", h2Url(dataDir)));
        if (url == null) {
            environment.getPropertySources().addLast(defaults);
        } else {
            environment.getPropertySources().addFirst(defaults); // set but blank: the same as not set
        }
    }

    /** H2 wants file paths explicitly relative ({@code ./…}) or absolute. */
    static String h2Url(String dataDir) {
        String dir = dataDir.endsWith("/") ? dataDir.substring(0, dataDir.length() - 1) : dataDir;
        String path = dir.startsWith("/") || dir.startsWith("./") || dir.startsWith("~") ? dir : "./" + dir;
        return "r2dbc:h2:file:///" + path + "/" + DATABASE_NAME;
    }
}
