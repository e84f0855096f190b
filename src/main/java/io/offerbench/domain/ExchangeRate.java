package io.offerbench.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How many units of {@code currency} one US dollar buys on {@code asOf}, and where that figure came
 * from (a document's implied rate, or the user's own entry).
 */
public record ExchangeRate(CurrencyCode currency, BigDecimal perUsd, LocalDate asOf, String source) {

    public ExchangeRate {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(perUsd, "perUsd");
        Objects.requireNonNull(asOf, "asOf");
        source = source == null ? "" : source;
        if (perUsd.signum() <= 0) {
            throw Refusal.of("currency.rateNotPositive", currency.code());
        }
    }
}
