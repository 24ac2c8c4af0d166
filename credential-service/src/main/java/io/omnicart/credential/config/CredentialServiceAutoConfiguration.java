package io.omnicart.credential.config;

import io.omnicart.core.port.AccountManager;
import io.omnicart.core.port.TokenCache;
import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.credential.crypto.CredentialSealer;
import io.omnicart.credential.crypto.KeysetLoader;
import io.omnicart.credential.crypto.TinkSecretCipher;
import io.omnicart.credential.domain.AccountCatalog;
import io.omnicart.credential.domain.ConnectionCache;
import io.omnicart.credential.domain.ConnectionVerifier;
import io.omnicart.credential.domain.CredentialReencryptor;
import io.omnicart.credential.domain.StoreAccountManager;
import io.omnicart.credential.domain.TokenEviction;
import io.omnicart.credential.persistence.AccountRepository;
import io.omnicart.credential.persistence.ChangeFeedRepository;
import io.omnicart.credential.persistence.JdbcTarget;
import io.omnicart.credential.persistence.SchemaMigration;
import io.omnicart.credential.persistence.WebhookRepository;
import io.omnicart.credential.policy.AddressPolicy;
import io.omnicart.credential.policy.BaseUrlPolicy;
import io.omnicart.credential.policy.HostResolver;
import io.omnicart.credential.policy.SystemHostResolver;
import io.omnicart.credential.policy.UpstreamGuardCustomizer;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Store accounts for the gateway: the schema migration, the Tink cipher, the address policy (at connect time and on
 * every upstream connection) and the core ports — {@link AccountManager}, account directory/resolver/status recorder,
 * {@code SecretCipher} and {@code CredentialKeyRotation}.
 */
@AutoConfiguration(after = R2dbcAutoConfiguration.class)
@EnableConfigurationProperties({CredentialsProperties.class, AccountsProperties.class})
public class CredentialServiceAutoConfiguration {

    @Bean
    SchemaMigration credentialSchemaMigration(R2dbcConnectionDetails connection) {
        return SchemaMigration.migrate(JdbcTarget.from(connection.getConnectionFactoryOptions()));
    }

    @Bean
    AccountRepository accountRepository(
            ConnectionFactory connectionFactory, SchemaMigration credentialSchemaMigration) {
        return new AccountRepository(DatabaseClient.create(connectionFactory), credentialSchemaMigration);
    }

    @Bean
    ChangeFeedRepository changeFeedState(
            ConnectionFactory connectionFactory, SchemaMigration credentialSchemaMigration) {
        return new ChangeFeedRepository(DatabaseClient.create(connectionFactory), credentialSchemaMigration);
    }

    @Bean
    WebhookRepository webhookRegistry(
            ConnectionFactory connectionFactory,
            TinkSecretCipher credentialCipher,
            BaseUrlPolicy baseUrlPolicy,
            ObjectProvider<Clock> clock,
            SchemaMigration credentialSchemaMigration) {
        return new WebhookRepository(
                DatabaseClient.create(connectionFactory),
                credentialCipher,
                baseUrlPolicy,
                clock.getIfAvailable(Clock::systemUTC),
                credentialSchemaMigration);
    }

    @Bean
    TinkSecretCipher credentialCipher(CredentialsProperties properties, Environment environment) {
        boolean production = environment.matchesProfiles("prod");
        return new TinkSecretCipher(
                KeysetLoader.load(properties.keyset(), properties.keysetFile(), properties.dataDir(), production));
    }

    @Bean
    CredentialSealer credentialSealer(TinkSecretCipher credentialCipher) {
        return new CredentialSealer(credentialCipher);
    }

    @Bean
    AddressPolicy storeAddressPolicy(AccountsProperties properties) {
        return AddressPolicy.of(properties.allowInsecureLoopback(), properties.allowedNetworks());
    }

    @Bean
    @ConditionalOnMissingBean
    HostResolver storeHostResolver() {
        return new SystemHostResolver();
    }

    @Bean
    BaseUrlPolicy baseUrlPolicy(
            AddressPolicy storeAddressPolicy, HostResolver resolver, AccountsProperties properties) {
        return new BaseUrlPolicy(storeAddressPolicy, resolver, properties.resolveTimeout());
    }

    @Bean
    UpstreamGuardCustomizer upstreamGuardCustomizer(
            AddressPolicy storeAddressPolicy, ObjectProvider<HttpClientSettings> settings, Environment environment) {
        HttpClientSettings base = settings.getIfAvailable(HttpClientSettings::defaults);
        Binder binder = Binder.get(environment);
        Duration connect = binder.bind("omnicart.upstream.http.connect-timeout", Duration.class)
                .orElse(base.connectTimeout() == null ? Duration.ofSeconds(5) : base.connectTimeout());
        Duration response = binder.bind("omnicart.upstream.http.response-timeout", Duration.class)
                .orElse(base.readTimeout() == null ? Duration.ofSeconds(30) : base.readTimeout());
        return new UpstreamGuardCustomizer(storeAddressPolicy, base.withTimeouts(connect, response));
    }

    @Bean
    ConnectionCache storeConnectionCache(AccountsProperties properties) {
        AccountsProperties.CacheSettings cache = properties.connectionCache();
        return new ConnectionCache(cache.ttl(), cache.maxSize());
    }

    @Bean
    AccountCatalog storedAccounts(
            AccountRepository accountRepository,
            CredentialSealer credentialSealer,
            ConnectionCache storeConnectionCache) {
        return new AccountCatalog(accountRepository, credentialSealer, storeConnectionCache);
    }

    @Bean
    TokenEviction accountTokenEviction(ObjectProvider<TokenCache> caches) {
        return new TokenEviction(caches);
    }

    @Bean
    ConnectionVerifier connectionVerifier(
            ObjectProvider<CommerceAdapter> adapters, TokenEviction tokens, AccountsProperties properties) {
        return new ConnectionVerifier(adapters, tokens, properties.verifyTimeout());
    }

    @Bean
    StoreAccountManager accountManager(
            AccountCatalog storedAccounts,
            AccountRepository accountRepository,
            CredentialSealer credentialSealer,
            BaseUrlPolicy baseUrlPolicy,
            ConnectionVerifier connectionVerifier,
            TokenEviction accountTokenEviction) {
        return new StoreAccountManager(
                storedAccounts,
                accountRepository,
                credentialSealer,
                baseUrlPolicy,
                connectionVerifier,
                accountTokenEviction,
                Clock.systemUTC());
    }

    @Bean
    CredentialReencryptor credentialReencryptor(
            AccountRepository accountRepository,
            CredentialSealer credentialSealer,
            ConnectionCache storeConnectionCache,
            CredentialsProperties properties) {
        return new CredentialReencryptor(
                accountRepository, credentialSealer, storeConnectionCache, properties.reencryptConcurrency());
    }
}
