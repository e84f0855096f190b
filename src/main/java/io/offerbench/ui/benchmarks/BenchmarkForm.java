package io.offerbench.ui.benchmarks;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.BenchmarkKind;
import io.offerbench.domain.BenchmarkUnit;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Segment;
import io.offerbench.domain.Seniority;
import io.offerbench.domain.input.AmountParser;
import io.offerbench.domain.input.IntParser;
import io.offerbench.domain.input.PercentParser;
import io.offerbench.domain.input.TextInput;
import io.offerbench.exchange.BenchmarkWording;
import io.offerbench.ui.common.CheckedText;
import io.offerbench.ui.common.CurrencyText;
import io.offerbench.ui.common.EnumLabels;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.common.Parsed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The fields of a user's own benchmark row, as typed. Each text field carries its own message (which
 * names the field); {@link #build} adds the checks that involve two fields and makes the row.
 */
final class BenchmarkForm {

    static final int FIRST_YEAR = 1990;

    final CheckedText<String> subject = new CheckedText<>(t -> Parsed.from(TextInput.required(t, label("subject"), 200, false)));
    final CheckedText<String> outlet = new CheckedText<>(t -> Parsed.from(TextInput.required(t, label("outlet"), 200, false)));
    final CheckedText<BigDecimal> low;
    final CheckedText<BigDecimal> high;
    final CheckedText<CurrencyCode> currency;
    final CheckedText<Integer> asOfYear;
    final CheckedText<String> caveat = new CheckedText<>(t -> Parsed.from(TextInput.text(t, label("caveat"), 2000, true)));
    final ObjectProperty<Segment> segment = new SimpleObjectProperty<>();
    final ObjectProperty<Seniority> seniority = new SimpleObjectProperty<>();
    final ObjectProperty<Metric> metric = new SimpleObjectProperty<>();
    final ObjectProperty<BenchmarkKind> kind = new SimpleObjectProperty<>();
    final ObjectProperty<BenchmarkUnit> unit = new SimpleObjectProperty<>(BenchmarkUnit.PER_YEAR);

    BenchmarkForm(int latestYear) {
        low = new CheckedText<>(t -> figure(t, label("low")));
        high = new CheckedText<>(t -> figure(t, label("high")));
        currency = new CheckedText<>(this::currency);
        asOfYear = new CheckedText<>(t -> Parsed.from(IntParser.parse(t, label("asOfYear"), FIRST_YEAR, latestYear)));
        // A figure that is not pay cannot be typical: it is a ratio or a signal, so say so for the user. A pay
        // figure's kind is left to the user, who knows whether it is an ordinary offer or the top of the market.
        metric.addListener((o, before, now) -> {
            if (now != null && !now.isPay() && (kind.get() == null || kind.get() == BenchmarkKind.TYPICAL)) {
                kind.set(BenchmarkKind.defaultFor(now));
            }
        });
        // Whether a figure may carry a % sign, and whether a currency is needed, depend on the unit.
        unit.addListener((o, before, now) -> {
            low.recheck();
            high.recheck();
            currency.recheck();
        });
    }

    /** Everything the user can change, for re-checking the form as a whole. */
    List<Observable> inputs() {
        return List.of(subject.textProperty(), outlet.textProperty(), low.textProperty(), high.textProperty(),
                currency.textProperty(), asOfYear.textProperty(), caveat.textProperty(), segment, seniority, metric, kind, unit);
    }

    static String label(String field) {
        return Messages.get("benchmarks.field." + field);
    }

    /** Empties the form for a new row, with the defaults most rows share. */
    void clear(int year) {
        subject.set("");
        outlet.set("");
        low.set("");
        high.set("");
        currency.set("USD");
        asOfYear.set(String.valueOf(year));
        caveat.set("");
        segment.set(null);
        seniority.set(null);
        metric.set(null);
        kind.set(null);
        unit.set(BenchmarkUnit.PER_YEAR);
    }

    void load(Benchmark b) {
        subject.set(b.subject());
        outlet.set(b.outlet());
        low.set(b.low() == null ? "" : BenchmarkWording.number(b.low()));
        high.set(b.high() == null ? "" : BenchmarkWording.number(b.high()));
        unit.set(b.unit() == null ? BenchmarkUnit.PER_YEAR : b.unit());
        currency.set(b.currency() == null ? "" : b.currency().code());
        asOfYear.set(String.valueOf(b.asOfYear()));
        caveat.set(b.caveat());
        segment.set(b.segment());
        seniority.set(b.seniority());
        metric.set(b.metric());
        kind.set(b.kind());
    }

    /** The row with id {@code id}, or every message that stops it from being saved. */
    Result build(String id) {
        List<String> errors = new ArrayList<>();
        collect(errors, subject);
        if (segment.get() == null) {
            errors.add(Messages.get("benchmarks.error.choose", label("segment")));
        }
        if (metric.get() == null) {
            errors.add(Messages.get("benchmarks.error.choose", label("metric")));
        }
        if (kind.get() == null) {
            errors.add(Messages.get("benchmarks.error.choose", label("kind")));
        } else if (kind.get() == BenchmarkKind.TYPICAL && metric.get() != null && !metric.get().isPay()) {
            errors.add(Messages.get("benchmarks.error.typicalNotPay", label("kind"), EnumLabels.of(kind.get()),
                    EnumLabels.of(metric.get())));
        }
        for (CheckedText<?> field : List.of(low, high, currency, asOfYear, outlet, caveat)) {
            collect(errors, field);
        }
        BigDecimal lo = low.parse().value();
        BigDecimal hi = high.parse().value();
        if (errors.isEmpty() && lo == null && hi == null && metric.get() != Metric.MARKET_SIGNAL) {
            errors.add(Messages.get("benchmarks.error.noFigure", label("low"), label("high")));
        }
        if (lo != null && hi != null && lo.compareTo(hi) > 0) {
            errors.add(Messages.get("benchmarks.error.lowAboveHigh", label("low"), BenchmarkWording.number(lo), label("high"),
                    BenchmarkWording.number(hi)));
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        Benchmark row = new Benchmark(id, "", outlet.text().strip(), "", subject.text().strip(), segment.get(), seniority.get(),
                metric.get(), lo, hi, unit.get(), currency.parse().value(), asOfYear.parse().value(), "",
                caveat.text().strip(), Benchmark.Origin.USER, false, kind.get());
        return new Result(row, List.of());
    }

    private static void collect(List<String> errors, CheckedText<?> field) {
        if (!field.errorProperty().get().isEmpty()) {
            errors.add(field.errorProperty().get());
        }
    }

    /** Empty means "no figure on this side"; a percentage may be typed with its % sign. */
    private Parsed<BigDecimal> figure(String text, String label) {
        if (text.isBlank()) {
            return Parsed.ok(null);
        }
        if (unit.get() == BenchmarkUnit.PERCENT) {
            return Parsed.from(PercentParser.parse(text, label, BigDecimal.valueOf(1000)));
        }
        return Parsed.from(AmountParser.parseValue(text, label, AmountParser.Sign.NON_NEGATIVE));
    }

    private Parsed<CurrencyCode> currency(String text) {
        String label = label("currency");
        boolean money = unit.get() != null && unit.get().isMoney();
        if (!text.isBlank() && !money) {
            return Parsed.error(Messages.get("benchmarks.error.currencyNotMoney", label, BenchmarkUnits.label(unit.get())));
        }
        return CurrencyText.parse(text, label, money ? Parsed.error(Messages.get("benchmarks.error.currencyRequired", label)) : Parsed.ok(null));
    }

    /** Either a row ready to save or the messages saying what to fix, one per problem. */
    record Result(Benchmark benchmark, List<String> errors) {
        boolean isValid() {
            return errors.isEmpty();
        }
    }
}
