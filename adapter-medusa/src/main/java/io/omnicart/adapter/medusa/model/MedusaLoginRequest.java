package io.omnicart.adapter.medusa.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Body of {@code POST /auth/user/emailpass}; holds the plain password only on its way to the wire. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MedusaLoginRequest(String email, String password) {

    /** Never prints the password. */
    @Override
    public String toString() {
        return "MedusaLoginRequest[email=" + email + ", password=******]";
    }
}
