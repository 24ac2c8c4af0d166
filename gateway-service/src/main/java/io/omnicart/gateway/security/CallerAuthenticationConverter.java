package io.omnicart.gateway.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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
        Stream<String> names = switch (claim) {
            case null -> Stream.empty();
            case Collection<?> values -> values.stream().map(String::valueOf);
            case String text -> Stream.of(text.split("[\\s,]+"));
            default -> Stream.empty();
        };
        Set<String> bundles = new LinkedHashSet<>();
        names.map(String::trim).filter(name -> !name.isEmpty()).forEach(bundles::add);
        return bundles;
    }
}
