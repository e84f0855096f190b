package io.offerbench.domain.input;

import io.offerbench.domain.CurrencyCode;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An amount as the user typed it: the number, and the currency mark written next to it, if any
 * ("$", "£", "CHF"...). The mark never changes the number; it lets a form or importer warn when it
 * contradicts the offer's currency.
 *
 * @param currencyMark      the symbol or code as written, "" when there was none
 * @param markCurrencies    the ISO currencies that mark can stand for ("$" is USD, CAD, AUD...), empty when none
 */
public record ParsedAmount(BigDecimal value, String currencyMark, Set<CurrencyCode> markCurrencies) {

    public ParsedAmount {
        Objects.requireNonNull(value, "value");
        currencyMark = currencyMark == null ? "" : currencyMark;
        markCurrencies = markCurrencies == null ? Set.of() : Set.copyOf(markCurrencies);
    }

    public boolean hasCurrencyMark() {
        return !currencyMark.isEmpty();
    }

    /**
     * A message when the written mark cannot mean {@code offerCurrency}, e.g. "£60k" in a USD offer;
     * empty when there is no mark or it fits.
     */
    public Optional<String> currencyConflict(CurrencyCode offerCurrency, String fieldLabel) {
        if (!hasCurrencyMark() || markCurrencies.contains(offerCurrency)) {
            return Optional.empty();
        }
        return Optional.of(Problem.of("input.currency.conflict", fieldLabel, currencyMark, offerCurrency.code()).text());
    }
}
