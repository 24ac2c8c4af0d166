package io.omnicart.gateway.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class JsonConfiguration {

    @Bean
    CommerceJsonModule commerceJsonModule() {
        return new CommerceJsonModule();
    }

    /** Absent values are written as null so clients see every documented field. */
    @Bean
    JsonMapperBuilderCustomizer includeNulls() {
        return builder ->
                builder.changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.ALWAYS));
    }
}
