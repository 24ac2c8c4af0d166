package io.omnicart.credential.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.r2dbc.spi.ConnectionFactoryOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JdbcTargetTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "r2dbc:postgresql://db.internal:5433/omnicart|jdbc:postgresql://db.internal:5433/omnicart",
                "r2dbc:postgresql://127.0.0.1/test|jdbc:postgresql://127.0.0.1/test",
                "r2dbc:pool:postgresql://db:5432/omnicart?maxSize=20|jdbc:postgresql://db:5432/omnicart",
                "r2dbc:postgresql://db:5432/omnicart?sslMode=VERIFY_FULL|jdbc:postgresql://db:5432/omnicart?sslmode=verify-full",
                "r2dbc:h2:file:///./data/omnicart-accounts|jdbc:h2:file:./data/omnicart-accounts",
                "r2dbc:h2:file:////var/lib/omnicart/accounts|jdbc:h2:file:/var/lib/omnicart/accounts",
                "r2dbc:h2:mem:///accounts?options=DB_CLOSE_DELAY=-1|jdbc:h2:mem:accounts;DB_CLOSE_DELAY=-1",
            })
    void derivesTheJdbcUrl(String r2dbc, String jdbc) {
        assertThat(JdbcTarget.from(ConnectionFactoryOptions.parse(r2dbc)).url()).isEqualTo(jdbc);
    }

    @Test
    void carriesCredentialsAndSchemaButNeverPrintsThePassword() {
        JdbcTarget target = JdbcTarget.from(
                ConnectionFactoryOptions.parse("r2dbc:postgresql://app:s3cr3t@db:5432/omnicart?schema=accounts"));
        assertThat(target.url()).isEqualTo("jdbc:postgresql://db:5432/omnicart?currentSchema=accounts");
        assertThat(target.user()).isEqualTo("app");
        assertThat(target.password()).isEqualTo("s3cr3t");
        assertThat(target.schema()).isEqualTo("accounts");
        assertThat(target.toString()).doesNotContain("s3cr3t");
    }

    @Test
    void refusesOtherDatabases() {
        assertThatThrownBy(() -> JdbcTarget.from(ConnectionFactoryOptions.parse("r2dbc:mysql://db/x")))
                .hasMessageContaining("PostgreSQL and H2");
    }
}
