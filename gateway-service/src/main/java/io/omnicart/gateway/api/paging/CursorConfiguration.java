package io.omnicart.gateway.api.paging;

import io.omnicart.gateway.api.ApiProperties;
import java.security.SecureRandom;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cursor key: {@code omnicart.api.cursor-key}, or a random one with a warning when it is not set. */
@Configuration(proxyBeanMethods = false)
public class CursorConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CursorConfiguration.class);

    @Bean
    CursorCodec cursorCodec(ApiProperties properties) {
        return new CursorCodec(key(properties.cursorKey()));
    }

    static byte[] key(@Nullable String configured) {
        if (configured == null || configured.isBlank()) {
            log.warn(
                    "omnicart.api.cursor-key is not set: list cursors are signed with a random key of this instance,"
                            + " so they stop working after a restart; multi-instance deployments must set"
                            + " omnicart.api.cursor-key (base64, at least {} bytes) to the same value on every instance",
                    CursorCodec.MIN_KEY_BYTES);
            byte[] key = new byte[CursorCodec.MIN_KEY_BYTES];
            new SecureRandom().nextBytes(key);
            return key;
        }
        byte[] key = decode(configured.strip());
        if (key.length < CursorCodec.MIN_KEY_BYTES) {
            throw new IllegalStateException(
                    "omnicart.api.cursor-key must decode to at least " + CursorCodec.MIN_KEY_BYTES + " bytes");
        }
        return key;
    }

    private static byte[] decode(String base64) {
        try {
            return base64.contains("-") || base64.contains("_")
                    ? Base64.getUrlDecoder().decode(base64)
                    : Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("omnicart.api.cursor-key is not valid base64");
        }
    }
}
