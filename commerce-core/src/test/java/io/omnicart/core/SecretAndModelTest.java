package io.omnicart.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.core.model.Money;
import io.omnicart.core.model.PageRequest;
import io.omnicart.core.model.PaymentStatus;
import io.omnicart.core.model.Platform;
import io.omnicart.core.model.WireValue;
import io.omnicart.core.spi.Credentials;
import io.omnicart.core.spi.Secret;
import io.omnicart.core.spi.StoreConnection;
import java.math.BigDecimal;
import java.net.URI;
import org.junit.jupiter.api.Test;

class SecretAndModelTest {

    @Test
    void connectionsPrintWithoutTheirSecrets() {
        var connection = new StoreConnection(
                "acc_1",
                "ws_1",
                Platform.MEDUSA,
                URI.create("https://shop.example"),
                new Credentials.EmailPassword("owner@example.com", Secret.of("hunter2-very-secret")));

        assertThat(connection.toString()).doesNotContain("hunter2-very-secret").contains("******");
        assertThat(Secret.of("sk_live_123")).hasToString("******");
    }

    @Test
    void secretsCompareByValue() {
        assertThat(Secret.of("a")).isEqualTo(Secret.of("a")).isNotEqualTo(Secret.of("b"));
    }

    @Test
    void moneyKeepsDecimalsExactly() {
        Money line = Money.of("19.99", "EUR").times(3);

        assertThat(line.amount()).isEqualByComparingTo(new BigDecimal("59.97"));
        assertThat(line.plus(Money.of("0.03", "EUR")).amount()).isEqualByComparingTo("60.00");
        assertThatThrownBy(() -> line.plus(Money.of("1", "USD"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wireValuesAreLowerSnakeCase() {
        assertThat(PaymentStatus.PARTIALLY_REFUNDED.wire()).isEqualTo("partially_refunded");
        assertThat(WireValue.parse(PaymentStatus.class, "captured")).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(WireValue.parse(PaymentStatus.class, "CAPTURED")).isNull();
    }

    @Test
    void pageLimitsAreBounded() {
        assertThatThrownBy(() -> PageRequest.first(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageRequest.first(101)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PageRequest.first(100).limit()).isEqualTo(100);
    }
}
