package io.offerbench.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user's exchange rates, all quoted against USD, so any two currencies convert through the
 * dollar. USD itself is always present at 1.
 */
public final class CurrencyTable {

    private final Map<CurrencyCode, ExchangeRate> rates = new LinkedHashMap<>();

    public CurrencyTable(Collection<ExchangeRate> entries) {
        for (ExchangeRate r : entries) {
            rates.put(r.currency(), r);
        }
        rates.putIfAbsent(CurrencyCode.USD,
                new ExchangeRate(CurrencyCode.USD, BigDecimal.ONE, java.time.LocalDate.of(2025, 1, 1), "identity"));
    }

    /**
     * Equal when they hold the same rates: a table read again from an unchanged database equals the one read
     * before, so the scoring context it is part of is unchanged and nothing is scored again.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof CurrencyTable other && rates.equals(other.rates);
    }

    @Override
    public int hashCode() {
        return rates.hashCode();
    }

    public List<ExchangeRate> rates() {
        return List.copyOf(rates.values());
    }

    public Optional<ExchangeRate> rate(CurrencyCode currency) {
        return Optional.ofNullable(rates.get(currency));
    }

    public boolean canConvert(CurrencyCode from, CurrencyCode to) {
        return rates.containsKey(from) && rates.containsKey(to);
    }

    /** Converts through USD; throws with a message the user can act on when a rate is missing. */
    public Money convert(Money money, CurrencyCode to) {
        if (money.currency().equals(to)) {
            return money;
        }
        ExchangeRate from = require(money.currency());
        ExchangeRate target = require(to);
        BigDecimal usd = money.amount().divide(from.perUsd(), MathContext.DECIMAL64);
        BigDecimal converted = usd.multiply(target.perUsd()).setScale(2, RoundingMode.HALF_EVEN);
        return new Money(converted, to);
    }

    private ExchangeRate require(CurrencyCode c) {
        ExchangeRate r = rates.get(c);
        if (r == null) {
            throw Refusal.of("currency.noRate", c.code());
        }
        return r;
    }
}
