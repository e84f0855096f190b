package io.offerbench.ui.currencies;

import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.money.CostOfLivingIndex;
import io.offerbench.domain.money.LeftOutPlace;
import io.offerbench.domain.money.MoneyData;
import io.offerbench.domain.money.SourceRef;
import io.offerbench.domain.money.TaxPlace;
import io.offerbench.domain.money.TaxTable;
import io.offerbench.exchange.BenchmarkWording;
import io.offerbench.text.Formats;
import io.offerbench.text.MoneyDataTexts;
import io.offerbench.text.RateSourceWords;
import io.offerbench.ui.common.Messages;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The figures OfferBench ships, as the Currencies & estimates screen shows them, one section each: the
 * reference exchange rates with their bank and date; each place's tax tables with source, tax year and date
 * read; each cost-of-living index with its area, year, date read and source; and every place left out with the
 * reason, listed among the places. Pure, so it is tested without a window.
 */
public final class ShippedFigures {

    /** One line of a section: a heading, a table's title, a line of text, or a muted line (a source or a reason). */
    public record Line(Kind kind, String text) {
    }

    public enum Kind { HEADING, TABLE, TEXT, SOURCE }

    /**
     * One place of the tax or cost-of-living list with everything shown for it: its figures, each followed by
     * where it comes from. {@code leftOut} places have no figure, only the reason.
     */
    public record Place(String name, boolean leftOut, List<Line> lines) {

        public Place {
            lines = List.copyOf(lines);
        }

        /** As the list names it: a place left out says so, so it is not taken for one with figures. */
        public String label() {
            return leftOut ? Messages.get("currencies.places.leftOut", name) : name;
        }
    }

    private ShippedFigures() {
    }

    /** Every section's lines in the screen's order (reference rates, tax tables, cost of living). */
    public static List<Line> of(MoneyData data) {
        List<Line> out = new ArrayList<>(rates(data));
        out.add(new Line(Kind.HEADING, Messages.get("money.screen.tax.heading")));
        out.add(new Line(Kind.TEXT, taxIntro(data)));
        taxPlaces(data).forEach(p -> out.addAll(p.lines()));
        out.add(new Line(Kind.HEADING, Messages.get("money.screen.living.heading")));
        out.add(new Line(Kind.TEXT, MoneyDataTexts.livingMethod(data)));
        livingPlaces(data).forEach(p -> out.addAll(p.lines()));
        return out;
    }

    /** The reference rates: the bank, the day they are of and the day they were read, the rates, the sources. */
    public static List<Line> rates(MoneyData data) {
        List<Line> out = new ArrayList<>();
        out.add(new Line(Kind.HEADING, Messages.get("money.screen.rates.heading")));
        if (data.rates().isEmpty()) {
            out.add(new Line(Kind.TEXT, Messages.get("money.screen.rates.none")));
            return out;
        }
        out.add(new Line(Kind.TEXT, Messages.get("money.screen.rates.intro", RateSourceWords.authority(data.rates().source().authority()),
                Formats.date(data.rates().date()), Formats.date(data.rates().read()))));
        List<String> rates = new ArrayList<>();
        for (ExchangeRate r : data.rates().perUsd()) {
            rates.add(r.currency().code() + " " + BenchmarkWording.number(r.perUsd().round(new MathContext(6))));
        }
        out.add(new Line(Kind.TEXT, Messages.get("money.screen.rates.list", String.join(", ", rates))));
        out.add(new Line(Kind.SOURCE, cite(data.rates().source())));
        data.rates().checkedWith().forEach(s -> out.add(new Line(Kind.SOURCE, Messages.get("money.screen.checkedWith", cite(s)))));
        return out;
    }

    /** What every after-tax estimate assumes (the filer), said once above the places. */
    public static String taxIntro(MoneyData data) {
        return Messages.get("money.screen.tax.intro", MoneyDataTexts.filing(data));
    }

    /**
     * Each tax place with its tables (each table's source, tax year and date read under it), by name, then the
     * places left out.
     */
    public static List<Place> taxPlaces(MoneyData data) {
        List<Place> out = new ArrayList<>();
        for (TaxPlace p : data.taxPlaces().stream().sorted(Comparator.comparing(TaxPlace::name, String.CASE_INSENSITIVE_ORDER)).toList()) {
            List<Line> lines = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            List<TaxTable> tables = data.tablesOf(p);
            for (TaxTable t : tables) {
                parts.add(Messages.get("money.screen.tax.part", Messages.get("money.part." + t.part()), t.taxYear()));
            }
            lines.add(new Line(Kind.HEADING, p.name()));
            lines.add(new Line(Kind.TEXT, Messages.get("money.screen.tax.place", p.name(), String.join(", ", parts))));
            MoneyDataTexts.notes(p).forEach(n -> lines.add(new Line(Kind.SOURCE, n)));
            for (TaxTable t : tables) {
                lines.add(new Line(Kind.TABLE, Messages.get("money.screen.tax.table", t.jurisdiction(), t.taxYear(), Formats.date(t.read()))));
                t.sources().forEach(s -> lines.add(new Line(Kind.SOURCE, cite(s))));
                t.checkedWith().forEach(s -> lines.add(new Line(Kind.SOURCE, Messages.get("money.screen.checkedWith", cite(s)))));
                MoneyDataTexts.notes(t).forEach(n -> lines.add(new Line(Kind.SOURCE, n)));
            }
            out.add(new Place(p.name(), false, lines));
        }
        data.taxLeftOut().forEach(p -> out.add(leftOut(p)));
        return out;
    }

    /** Each price index with its area, year, date read and source, by name, then the places left out. */
    public static List<Place> livingPlaces(MoneyData data) {
        List<Place> out = new ArrayList<>();
        for (CostOfLivingIndex i : data.costOfLiving().stream()
                .sorted(Comparator.comparing(CostOfLivingIndex::name, String.CASE_INSENSITIVE_ORDER)).toList()) {
            List<Line> lines = new ArrayList<>();
            lines.add(new Line(Kind.HEADING, i.name()));
            lines.add(new Line(Kind.TEXT, Messages.get("money.screen.living.index", i.name(), i.index().toPlainString(), i.area(), i.year(),
                    Formats.date(i.read()))));
            lines.add(new Line(Kind.SOURCE, cite(i.source())));
            i.checkedWith().forEach(s -> lines.add(new Line(Kind.SOURCE, Messages.get("money.screen.checkedWith", cite(s)))));
            // What the figure is known to miss stays as prominent as the figure (Switzerland's understates Zurich).
            MoneyDataTexts.notes(i).forEach(n -> lines.add(new Line(Kind.TEXT, n)));
            out.add(new Place(i.name(), false, lines));
        }
        data.costOfLivingLeftOut().forEach(p -> out.add(leftOut(p)));
        return out;
    }

    private static Place leftOut(LeftOutPlace p) {
        return new Place(p.name(), true, List.of(new Line(Kind.HEADING, p.name()),
                new Line(Kind.TEXT, Messages.get("money.screen.leftOut", p.name())),
                new Line(Kind.SOURCE, MoneyDataTexts.reason(p))));
    }

    private static String cite(SourceRef s) {
        return s.url().isBlank() ? s.authority() + ", " + s.title() : s.authority() + ", " + s.title() + " \u2014 " + s.url();
    }
}
