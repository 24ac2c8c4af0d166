package io.omnicart.gateway.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Local runs only: once the gateway is ready, logs one line {@code OMNICART_DEV_TOKEN=<jwt>} — a caller token for
 * workspace {@code dev-workspace} with the commerce bundle, signed with the dev secret.
 */
public final class DevTokenPrinter implements ApplicationListener<ApplicationReadyEvent> {

    public static final String DEV_WORKSPACE = "dev-workspace";
    public static final String DEV_SUBJECT = "dev-user";
    public static final String LINE_PREFIX = "OMNICART_DEV_TOKEN=";

    private static final Logger log = LoggerFactory.getLogger(DevTokenPrinter.class);

    private final CallerTokenVerification verification;
    private final SecurityProperties properties;
    private final Clock clock;

    public DevTokenPrinter(CallerTokenVerification verification, SecurityProperties properties, Clock clock) {
        this.verification = verification;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (verification.devMode()) {
            log.info(
                    "Local mode: caller tokens are verified with the HS256 dev secret. Dev token for workspace '{}', "
                            + "valid {}, on the next line.",
                    DEV_WORKSPACE,
                    properties.devTokenTtl());
            log.info("{}{}", LINE_PREFIX, mint());
        }
    }

    /** A dev-workspace commerce token valid for {@code omnicart.security.dev-token-ttl} from now. */
    public String mint() {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(DEV_SUBJECT)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(properties.devTokenTtl())))
                .claim(properties.workspaceClaim(), DEV_WORKSPACE)
                .claim(properties.bundlesClaim(), List.of(properties.commerceBundle()))
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(verification.devSecretKey()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the dev token", e);
        }
    }
}
