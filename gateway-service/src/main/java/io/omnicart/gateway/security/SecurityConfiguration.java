package io.omnicart.gateway.security;

import io.omnicart.gateway.api.problem.ProblemResponder;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * Caller security: a stateless OAuth2 resource server. {@code /v1/**} needs a caller JWT carrying the commerce bundle;
 * health, info, API docs and (unless {@code omnicart.security.metrics-public=false}) Prometheus are open; everything
 * else needs a valid token.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/webjars/**"
    };
    static final String PROMETHEUS_PATH = "/actuator/prometheus";

    @Bean
    CallerTokenVerification callerTokenVerification(
            SecurityProperties properties, Environment environment, ObjectProvider<Clock> clock) {
        return CallerTokenVerification.from(properties, environment, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    ReactiveJwtDecoder callerJwtDecoder(CallerTokenVerification verification) {
        return verification.decoder();
    }

    @Bean
    DevTokenPrinter devTokenPrinter(CallerTokenVerification verification, SecurityProperties properties) {
        return new DevTokenPrinter(verification, properties, Clock.systemUTC());
    }

    /** URLs the security firewall refuses answer problem+json like every other error. */
    @Bean
    ServerExchangeRejectedHandler rejectedExchangeProblems(ProblemResponder responder) {
        return new SecurityProblemHandler(responder);
    }

    @Bean
    SecurityWebFilterChain callerSecurity(
            ServerHttpSecurity http,
            SecurityProperties properties,
            ReactiveJwtDecoder decoder,
            ProblemResponder responder) {
        SecurityProblemHandler problems = new SecurityProblemHandler(responder);
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> authorize(exchanges, properties))
                .oauth2ResourceServer(server -> server.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .jwt(jwt -> jwt.jwtDecoder(decoder)
                                .jwtAuthenticationConverter(new CallerAuthenticationConverter(properties))))
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    private static void authorize(AuthorizeExchangeSpec exchanges, SecurityProperties properties) {
        exchanges.pathMatchers(PUBLIC_PATHS).permitAll();
        if (properties.metricsPublic()) {
            exchanges.pathMatchers(PROMETHEUS_PATH).permitAll();
        }
        exchanges
                .pathMatchers("/v1", "/v1/**")
                .hasAuthority(CallerAuthenticationConverter.BUNDLE_AUTHORITY_PREFIX + properties.commerceBundle())
                .anyExchange()
                .authenticated();
    }
}
