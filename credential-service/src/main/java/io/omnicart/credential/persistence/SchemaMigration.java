package io.omnicart.credential.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the account schema up to date with Flyway at start-up, over JDBC on the {@link JdbcTarget} derived from the
 * R2DBC connection. Blocking is fine here: it runs once, before the gateway serves anything. Its own history table
 * keeps it apart from any other Flyway user of the same database.
 */
public final class SchemaMigration {

    public static final String LOCATION = "classpath:db/credentials";
    public static final String HISTORY_TABLE = "credentials_schema_history";
    private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);

    private final int applied;

    private SchemaMigration(int applied) {
        this.applied = applied;
    }

    public static SchemaMigration migrate(JdbcTarget target) {
        var config = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(target.url(), target.user(), target.password())
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0");
        if (target.schema() != null && !target.schema().isBlank()) {
            config.schemas(target.schema()).defaultSchema(target.schema());
        }
        MigrateResult result = config.load().migrate();
        log.info(
                "store-account schema at version {} ({} migration(s) applied) on {}",
                result.targetSchemaVersion == null ? "current" : result.targetSchemaVersion,
                result.migrationsExecuted,
                target.url());
        return new SchemaMigration(result.migrationsExecuted);
    }

    public int applied() {
        return applied;
    }
}
