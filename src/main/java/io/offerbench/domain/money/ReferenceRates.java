package io.offerbench.domain.money;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.Refusal;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One central bank's reference rates on one date, as published: units of each currency per euro.
 * OfferBench's currency table is quoted per US dollar, so {@link #perUsd()} divides through the
 * dollar's own euro rate.
 */
public record ReferenceRates(LocalDate date, SourceRef source, List<SourceRef> checkedWith, LocalDate read,
        Map<CurrencyCode, BigDecimal> perEuro) {

    private static final CurrencyCode EUR = new CurrencyCode("EUR");

    public ReferenceRates {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(read, "read");
        checkedWith = checkedWith == null ? List.of() : List.copyOf(checkedWith);
        perEuro = Map.copyOf(new LinkedHashMap<>(perEuro));
        if (!perEuro.containsKey(CurrencyCode.USD)) {
            throw Refusal.of("money.ratesNoUsd");
        }
    }

    public static ReferenceRates none() {
        return new ReferenceRates(LocalDate.of(1999, 1, 4), new SourceRef("none", "none", ""), List.of(), LocalDate.of(1999, 1, 4),
                Map.of(CurrencyCode.USD, BigDecimal.ONE));
    }

    public boolean isEmpty() {
        return perEuro.size() <= 1;
    }

    /** Every currency quoted per US dollar (the euro included, USD itself left out), in code order. */
    public List<ExchangeRate> perUsd() {
        BigDecimal usdPerEuro = perEuro.get(CurrencyCode.USD);
        String sourceText = source.authority() + ", " + source.title() + ", " + date;
        List<ExchangeRate> out = new ArrayList<>();
        if (!isEmpty()) {
            out.add(new ExchangeRate(EUR, BigDecimal.ONE.divide(usdPerEuro, MathContext.DECIMAL64), date, sourceText));
        }
        perEuro.entrySet().stream().filter(e -> !e.getKey().equals(CurrencyCode.USD))
                .forEach(e -> out.add(new ExchangeRate(e.getKey(), e.getValue().divide(usdPerEuro, MathContext.DECIMAL64), date, sourceText)));
        out.sort(java.util.Comparator.comparing(r -> r.currency().code()));
        return out;
    }
}
