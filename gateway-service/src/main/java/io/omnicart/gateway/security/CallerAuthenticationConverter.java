package io.omnicart.gateway.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/**
 * A verified JWT becomes a {@link Caller}: subject, workspace claim, and the bundles claim (a JSON array or a
 * space/comma separated string), each bundle also granted as authority {@code BUNDLE_<name>}.
 */
public final class CallerAuthenticationConverter implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    public static final String BUNDLE_AUTHORITY_PREFIX = "BUNDLE_";

    private final SecurityProperties properties;

    public CallerAuthenticationConverter(SecurityProperties properties) {
        this.properties = properties;
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        return Mono.fromSupplier(() -> authenticate(jwt));
    }

    private AbstractAuthenticationToken authenticate(Jwt jwt) {
        Set<String> bundles = bundles(jwt.getClaims().get(properties.bundlesClaim()));
        String subject = jwt.getSubject() == null ? "" : jwt.getSubject();
        Caller caller = new Caller(subject, jwt.getClaimAsString(properties.workspaceClaim()), bundles);
        List<GrantedAuthority> authorities = bundles.stream()
                .<GrantedAuthority>map(bundle -> new SimpleGrantedAuthority(BUNDLE_AUTHORITY_PREFIX + bundle))
                .toList();
        return new CallerAuthentication(caller, authorities);
    }

    static Set<String> bundles(Object claim) {
        Set<String> bundles = new LinkedHashSet<>();
        switch (claim) {
            case Collection<?> values -> {
                for (Object value : values) {
                    add(bundles, String.valueOf(value));
                }
            }
            case String text -> split(text, bundles);
            case null, default -> {}
        }
        return bundles;
    }

    /** {@code text} split at runs of whitespace and commas (as {@code [\\s,]+}), without a regex. */
    private static void split(String text, Set<String> into) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean separator = i == text.length() || isSeparator(text.charAt(i));
            if (!separator && start < 0) {
                start = i;
            } else if (separator && start >= 0) {
                add(into, text.substring(start, i));
                start = -1;
            }
        }
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static void add(Set<String> bundles, String name) {
        String trimmed = name.trim();
        if (!trimmed.isEmpty()) {
            bundles.add(trimmed);
        }
    }
}
