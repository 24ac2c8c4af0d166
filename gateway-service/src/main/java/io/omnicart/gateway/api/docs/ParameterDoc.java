package io.omnicart.gateway.api.docs;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

/** How one parameter is documented. Array parameters are repeated ({@code ?status=a&status=b}) or comma-separated. */
record ParameterDoc(String description, Schema<?> schema) {

    Parameter applyTo(Parameter parameter) {
        parameter.setDescription(description);
        parameter.setSchema(schema);
        if (schema.getTypes() != null && schema.getTypes().contains("array")) {
            parameter.setStyle(Parameter.StyleEnum.FORM);
            parameter.setExplode(true);
            parameter.setRequired(schema.getMinItems() != null && schema.getMinItems() > 0);
        }
        return parameter;
    }
}
