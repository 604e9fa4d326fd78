package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void moneyParsesAnAmountAndAnIsoCodeIgnoringCase() {
        Money m = Money.of(" 19.90 ", "eur");

        assertThat(m.amount()).isEqualTo(new BigDecimal("19.90"));
        assertThat(m.currency().getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    void equalityIsExactIncludingTheScale() {
        assertThat(Money.of("1.5", "USD")).isEqualTo(Money.of("1.5", "USD"));
        assertThat(Money.of("1.50", "USD")).isNotEqualTo(Money.of("1.5", "USD"));
    }

    @Test
    void refundsMayBeNegative() {
        assertThat(Money.of("-12", "GBP").amount().signum()).isNegative();
    }

    @Test
    void anAmountBeyondTenToTheFifteenFailsWithoutExpandingIt() {
        assertThatThrownBy(() -> Money.of("1e999999999", "EUR"))
                .hasMessage("value must be within -1e15..1e15, was 1E+999999999");
        assertThatThrownBy(() -> Money.of("-1000000000000001", "EUR"))
                .hasMessage("value must be within -1e15..1e15, was -1000000000000001");
    }

    @Test
    void aBadAmountOrCurrencyFailsNamingIt() {
        assertThatThrownBy(() -> Money.of("ten", "EUR")).hasMessage("value must be a decimal number, was 'ten'");
        assertThatThrownBy(() -> Money.of("10", "EURO")).hasMessage("currency must be an ISO 4217 code, was 'EURO'");
    }

    @Test
    void noCurrencyIsIso4217Xxx() {
        assertThat(Money.NO_CURRENCY.getCurrencyCode()).isEqualTo("XXX");
    }
}
