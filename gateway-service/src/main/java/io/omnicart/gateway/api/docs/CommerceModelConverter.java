package io.omnicart.gateway.api.docs;

import io.omnicart.core.model.Capability;
import io.omnicart.core.model.CurrencySetting;
import io.omnicart.core.model.Money;
import io.omnicart.core.model.Platform;
import io.omnicart.core.model.WireValue;
import io.omnicart.gateway.api.paging.DataResponse;
import io.omnicart.gateway.api.paging.PageInfo;
import io.omnicart.gateway.api.paging.PageResponse;
import io.omnicart.gateway.api.store.CapabilitiesResponse;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Type;
import java.util.Currency;
import java.util.Iterator;
import org.jspecify.annotations.Nullable;

/**
 * Describes the core model exactly as {@code CommerceJsonModule} writes it, without annotating commerce-core: enums as
 * named lower snake_case string enums, {@code Money} with a decimal-string amount, currencies as ISO codes,
 * {@code CurrencySetting.default}, list wrappers as {@code OrderSummaryPage}/{@code AccountList}, and every response
 * property required (nulls are written) and nullable exactly where the record component is {@code @Nullable}.
 */
public class CommerceModelConverter implements ModelConverter {

    private final ResponseSchemas responses = new ResponseSchemas();

    @Override
    public Schema<?> resolve(AnnotatedType annotated, ModelConverterContext context, Iterator<ModelConverter> chain) {
        var type = Json.mapper().constructType(annotated.getType());
        Class<?> raw = type.getRawClass();
        if ((raw == PageResponse.class || raw == DataResponse.class) && type.containedTypeCount() == 1) {
            return wrapper(raw, type.containedType(0), context);
        }
        Schema<?> wire = wireSchema(raw, context);
        if (wire != null) {
            return wire;
        }
        Schema<?> resolved = chain.hasNext() ? chain.next().resolve(annotated, context, chain) : null;
        responses.finish(raw, resolved, context);
        return resolved;
    }

    /** The hand-written schema of a type whose wire form differs from its Java shape, or null. */
    private static @Nullable Schema<?> wireSchema(Class<?> raw, ModelConverterContext context) {
        if (raw == Money.class) {
            return define(context, "Money", CoreSchemas.money());
        }
        if (raw == Currency.class) {
            return CoreSchemas.currency();
        }
        if (raw == CurrencySetting.class) {
            return define(context, "CurrencySetting", CoreSchemas.currencySetting());
        }
        if (raw.isEnum() && WireValue.class.isAssignableFrom(raw)) {
            return define(context, raw.getSimpleName(), wireEnum(raw));
        }
        if (raw == CapabilitiesResponse.class) {
            context.resolve(new AnnotatedType(Platform.class).resolveAsRef(true));
            define(context, "Capabilities", CoreSchemas.capabilities(Capability.class));
            return define(context, "CapabilitiesResponse", CoreSchemas.capabilitiesResponse());
        }
        return null;
    }

    private Schema<?> wrapper(Class<?> raw, Type element, ModelConverterContext context) {
        Schema<?> item = context.resolve(new AnnotatedType(element).resolveAsRef(true));
        String itemName = item.get$ref() == null ? "Item" : WireSchemas.name(item);
        boolean paged = raw == PageResponse.class;
        if (paged) {
            context.resolve(new AnnotatedType(PageInfo.class).resolveAsRef(true));
        }
        String name = itemName + (paged ? "Page" : "List");
        if (!context.getDefinedModels().containsKey(name)) {
            context.defineModel(name, paged ? CoreSchemas.page(item) : CoreSchemas.list(item));
        }
        return WireSchemas.ref(name);
    }

    private static Schema<?> define(ModelConverterContext context, String name, Schema<?> schema) {
        if (!context.getDefinedModels().containsKey(name)) {
            context.defineModel(name, schema);
        }
        return WireSchemas.ref(name);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Schema<?> wireEnum(Class<?> type) {
        return WireSchemas.wireEnum((Class) type);
    }
}
