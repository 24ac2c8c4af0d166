package io.omnicart.gateway.api;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * How request bodies are read. They say what they mean: an integer field refuses {@code 2.5} and {@code "2"} (Jackson
 * would silently truncate or parse them), a boolean field refuses {@code 1} and {@code "true"}; such values fail as 400
 * {@code validation_failed} naming the field. A body may be up to {@value #MAX_BODY_BYTES} bytes, enough for the
 * largest valid inventory sync (1,000 items); larger ones are 413.
 */
@Configuration(proxyBeanMethods = false)
public class RequestJsonConfiguration implements WebFluxConfigurer {

    static final int MAX_BODY_BYTES = 1024 * 1024;

    @Bean
    JsonMapperBuilderCustomizer strictScalarCoercion() {
        return builder -> builder.withCoercionConfig(
                        LogicalType.Integer,
                        config -> config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.String, CoercionAction.Fail));
    }

    @Override
    public void configureHttpMessageCodecs(ServerCodecConfigurer configurer) {
        configurer.defaultCodecs().maxInMemorySize(MAX_BODY_BYTES);
    }
}
