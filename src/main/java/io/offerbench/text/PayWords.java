package io.offerbench.text;

import io.offerbench.domain.ExchangeRate;
import io.offerbench.scoring.CurrencyConversion;
import io.offerbench.scoring.PayProjection;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * How a projection's money was reckoned, in words: the equity valuation ({@code pay.equity.*}), the notes on
 * estimates ({@code pay.note.*}) and the exchange rate used ({@code pay.rate.*}) — the score panel, the report and
 * the charts say them the same way.
 */
public final class PayWords {

    private PayWords() {
    }

    /** "Public RSUs counted at face value.", "Private equity counted at x0.5 of its paper value (…)". */
    public static String equity(PayProjection p) {
        return Texts.get("pay.equity." + p.equityNote().key(), ReasonWords.arguments(p.equityNote()));
    }

    /** One sentence per note: an estimate asked for but not found, or the user's own figure used. */
    public static List<String> notes(PayProjection p) {
        return p.notes().stream().map(n -> Texts.get("pay.note." + n.key(), ReasonWords.arguments(n))).toList();
    }

    /** "1 CNY = 0.139665 USD (7.16 CNY per USD as of 2026-11-30, source: …)", or that no conversion was needed. */
    public static String conversion(CurrencyConversion c) {
        if (c.identity()) {
            return Texts.get("pay.rate.none", c.to().code());
        }
        String rate = c.homePerUnit().round(new MathContext(6)).stripTrailingZeros().toPlainString();
        String rates = c.to().code().equals("USD") ? rate(c.fromRate())
                : Texts.get("pay.rate.both", rate(c.fromRate()), rate(c.toRate()));
        return Texts.get("pay.rate", c.from().code(), rate, c.to().code(), rates);
    }

    /** "7.16 CNY per USD as of 2026-11-30, source: …". */
    static String rate(ExchangeRate r) {
        String perUsd = plain(r.perUsd());
        return r.source().isBlank() ? Texts.get("pay.rate.one", perUsd, r.currency().code(), Formats.date(r.asOf()))
                : Texts.get("pay.rate.one.source", perUsd, r.currency().code(), Formats.date(r.asOf()), RateSourceWords.of(r.source()));
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
