package io.omnicart.credential.support;

import io.omnicart.core.error.ConnectionFailed;
import io.omnicart.core.error.CredentialsRejected;
import io.omnicart.core.error.UnsupportedCapability;
import io.omnicart.core.error.UpstreamContractViolation;
import io.omnicart.core.error.UpstreamUnreachable;
import io.omnicart.core.model.Capability;
import io.omnicart.core.model.Platform;
import io.omnicart.core.model.StoreInfo;
import io.omnicart.core.port.CachedToken;
import io.omnicart.core.port.TokenCache;
import io.omnicart.core.spi.CommerceAdapter;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.core.spi.StoreConnection;
import io.omnicart.testkit.simulator.medusa.MedusaVerificationStub;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

/**
 * A test-only Medusa adapter that can only {@code verify}: it authenticates against a {@link MedusaVerificationStub} with the
 * WebClient built from Spring's injected builder (so the SSRF resolver applies) and reads the store name. Email and
 * password logins are cached in the {@link TokenCache} under the connection's account id, like a real adapter.
 */
public final class StubMedusaAdapter implements InvocationHandler {

    private static final Pattern NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]*)\"");
    private final WebClient client;
    private final TokenCache tokens;

    private StubMedusaAdapter(WebClient client, TokenCache tokens) {
        this.client = client;
        this.tokens = tokens;
    }

    public static CommerceAdapter create(WebClient.Builder builder, TokenCache tokens) {
        return (CommerceAdapter) Proxy.newProxyInstance(
                CommerceAdapter.class.getClassLoader(),
                new Class<?>[] {CommerceAdapter.class},
                new StubMedusaAdapter(builder.build(), tokens));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        return switch (method.getName()) {
            case "platform" -> Platform.MEDUSA;
            case "capabilities" -> Set.of();
            case "verify" -> verify((StoreConnection) args[0]);
            case "toString" -> "StubMedusaAdapter";
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default ->
                method.isDefault()
                        ? InvocationHandler.invokeDefault(proxy, method, args)
                        : Mono.error(new UnsupportedCapability(Capability.ORDERS_READ, Platform.MEDUSA));
        };
    }

    private Mono<StoreInfo> verify(StoreConnection store) {
        return authorization(store)
                .flatMap(header -> client.get()
                        .uri(store.baseUrl() + "/admin/stores")
                        .header("Authorization", header)
                        .retrieve()
                        .bodyToMono(String.class))
                .map(StubMedusaAdapter::storeInfo)
                .onErrorMap(error -> translate(error));
    }

    private Mono<String> authorization(StoreConnection store) {
        return switch (store.credentials()) {
            case Credentials.ApiKey key ->
                Mono.just("Basic "
                        + Base64.getEncoder()
                                .encodeToString((key.apiKey().reveal() + ":").getBytes(StandardCharsets.UTF_8)));
            case Credentials.EmailPassword user ->
                tokens.getOrLogin(store.accountId(), "admin-jwt", login(store, user), Duration.ofMinutes(55))
                        .map(token -> "Bearer " + token.value().reveal());
            default ->
                Mono.error(new ConnectionFailed("auth_rejected", "unsupported credentials", Platform.MEDUSA, null));
        };
    }

    private Mono<CachedToken> login(StoreConnection store, Credentials.EmailPassword user) {
        String body = "{\"email\":\"" + user.email() + "\",\"password\":\""
                + user.password().reveal() + "\"}";
        return client.post()
                .uri(store.baseUrl() + "/auth/user/emailpass")
                .header("content-type", "application/json")
                .bodyValue(body)
                .retrieve()
                .bodyToMono(String.class)
                .map(json -> new CachedToken(
                        Secret.of(json.replaceAll(".*\"token\":\"([^\"]*)\".*", "$1")),
                        Instant.now().plusSeconds(3600)));
    }

    private static StoreInfo storeInfo(String json) {
        Matcher name = NAME.matcher(json);
        if (!json.contains("\"stores\"") || !name.find()) {
            throw new UpstreamContractViolation("not a Medusa store reply", Platform.MEDUSA, 200, null);
        }
        return new StoreInfo(name.group(1));
    }

    private static Throwable translate(Throwable error) {
        return switch (error) {
            case WebClientResponseException e
            when e.getStatusCode().value() == 401 ->
                new CredentialsRejected("store rejected credentials", Platform.MEDUSA, 401);
            case WebClientResponseException e ->
                new UpstreamContractViolation(
                        "unexpected status", Platform.MEDUSA, e.getStatusCode().value(), null);
            case WebClientRequestException e -> new UpstreamUnreachable("unreachable", Platform.MEDUSA, false, e);
            default -> error;
        };
    }
}
