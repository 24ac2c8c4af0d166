package io.omnicart.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.test.StepVerifier;

class CallerAuthenticationConverterTest {

    private static final SecurityProperties PROPERTIES = new SecurityProperties(
            "x".repeat(32),
            null,
            null,
            "tenant",
            "products",
            "commerce",
            true,
            Duration.ofHours(24),
            Duration.ofHours(24));

    @Test
    void jwtBecomesCallerWithBundleAuthoritiesUsingConfiguredClaimNames() {
        Jwt jwt = jwt().claim("tenant", "ws-9")
                .claim("products", List.of("commerce", "marketing"))
                .build();
        StepVerifier.create(new CallerAuthenticationConverter(PROPERTIES).convert(jwt))
                .assertNext(authentication -> {
                    assertThat(authentication.getPrincipal())
                            .isEqualTo(new Caller("user-1", "ws-9", java.util.Set.of("commerce", "marketing")));
                    assertThat(authentication.isAuthenticated()).isTrue();
                    assertThat(authentication.getName()).isEqualTo("user-1");
                    assertThat(authentication.getAuthorities())
                            .extracting(GrantedAuthority::getAuthority)
                            .containsExactlyInAnyOrder("BUNDLE_commerce", "BUNDLE_marketing");
                })
                .verifyComplete();
    }

    @Test
    void bundlesFromArrayOrSeparatedString() {
        assertThat(CallerAuthenticationConverter.bundles(List.of("a", "b"))).containsExactly("a", "b");
        assertThat(CallerAuthenticationConverter.bundles("a b")).containsExactly("a", "b");
        assertThat(CallerAuthenticationConverter.bundles("a, b,,c")).containsExactly("a", "b", "c");
        assertThat(CallerAuthenticationConverter.bundles(" ")).isEmpty();
        assertThat(CallerAuthenticationConverter.bundles(null)).isEmpty();
        assertThat(CallerAuthenticationConverter.bundles(42)).isEmpty();
    }

    @Test
    void missingBundlesClaimMeansNoBundles() {
        Jwt jwt = jwt().claim("tenant", "ws-9").build();
        StepVerifier.create(new CallerAuthenticationConverter(PROPERTIES).convert(jwt))
                .assertNext(authentication -> {
                    assertThat(((Caller) authentication.getPrincipal()).bundles())
                            .isEmpty();
                    assertThat(authentication.getAuthorities()).isEmpty();
                })
                .verifyComplete();
    }

    private static Jwt.Builder jwt() {
        Instant now = Instant.now();
        return Jwt.withTokenValue("token")
                .header("alg", "HS256")
                .subject("user-1")
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(5)));
    }
}
