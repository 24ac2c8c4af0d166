package io.omnicart.gateway.config;

import io.omnicart.gateway.api.docs.CommerceModelConverter;
import io.omnicart.gateway.api.docs.ErrorResponseDocs;
import io.omnicart.gateway.api.docs.OpenApiDocument;
import io.omnicart.gateway.api.docs.ParameterDocs;
import io.omnicart.gateway.api.docs.PassthroughDocs;
import io.swagger.v3.oas.models.OpenAPI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI 3.1 description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}). */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    OpenAPI omnicartOpenApi() {
        return OpenApiDocument.create();
    }

    @Bean
    CommerceModelConverter commerceModelConverter() {
        return new CommerceModelConverter();
    }

    @Bean
    ParameterDocs parameterDocs() {
        return new ParameterDocs();
    }

    @Bean
    ErrorResponseDocs errorResponseDocs() {
        return new ErrorResponseDocs();
    }

    /** The raw passthrough route, which springdoc does not see (it is a gateway route, not a controller). */
    @Bean
    PassthroughDocs passthroughDocs() {
        return new PassthroughDocs();
    }
}
