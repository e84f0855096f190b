package io.offerbench.ui.currencies;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.exchange.BenchmarkWording;
import io.offerbench.text.Formats;
import io.offerbench.ui.common.Messages;

/**
 * One line of the exchange-rate table. The US dollar is always the first line, fixed at 1, because
 * every rate is quoted against it; it has no stored rate behind it and cannot be edited.
 */
record RateRow(CurrencyCode currency, String perUsd, String asOf, String source, ExchangeRate stored) {

    static RateRow usd() {
        return new RateRow(CurrencyCode.USD, "1", "\u2014", Messages.get("currencies.usd.source"), null);
    }

    static RateRow of(ExchangeRate rate) {
        String source = rate.source().isBlank() ? Messages.get("currencies.source.blank") : io.offerbench.text.RateSourceWords.of(rate.source());
        return new RateRow(rate.currency(), BenchmarkWording.number(rate.perUsd()), Formats.date(rate.asOf()), source, rate);
    }

    boolean isFixed() {
        return stored == null;
    }
}
