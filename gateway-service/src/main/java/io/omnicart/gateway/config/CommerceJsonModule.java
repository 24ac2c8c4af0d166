package io.omnicart.gateway.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.omnicart.core.model.CurrencySetting;
import io.omnicart.core.model.Money;
import io.omnicart.core.model.WireValue;
import java.util.Currency;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * How the core model looks on the wire without putting Jackson into commerce-core: enums as lower snake_case, money
 * as {@code {"amount": "94.43", "currency": "EUR"}} with a decimal string, currencies as ISO codes.
 */
public class CommerceJsonModule extends SimpleModule {

    public CommerceJsonModule() {
        super("omnicart-commerce");
        addSerializer(WireValue.class, new WireValueSerializer());
        addSerializer(Money.class, new MoneySerializer());
        addSerializer(Currency.class, new CurrencySerializer());
        setMixInAnnotation(CurrencySetting.class, CurrencySettingMixin.class);
    }

    static final class WireValueSerializer extends StdSerializer<WireValue> {
        WireValueSerializer() {
            super(WireValue.class);
        }

        @Override
        public void serialize(WireValue value, JsonGenerator gen, SerializationContext context) {
            gen.writeString(value.wire());
        }
    }

    static final class MoneySerializer extends StdSerializer<Money> {
        MoneySerializer() {
            super(Money.class);
        }

        @Override
        public void serialize(Money value, JsonGenerator gen, SerializationContext context) {
            gen.writeStartObject();
            gen.writeStringProperty("amount", value.amount().toPlainString());
            gen.writeStringProperty("currency", value.currency().getCurrencyCode());
            gen.writeEndObject();
        }
    }

    static final class CurrencySerializer extends StdSerializer<Currency> {
        CurrencySerializer() {
            super(Currency.class);
        }

        @Override
        public void serialize(Currency value, JsonGenerator gen, SerializationContext context) {
            gen.writeString(value.getCurrencyCode());
        }
    }

    abstract static class CurrencySettingMixin {
        @JsonProperty("default")
        abstract boolean isDefault();
    }
}
