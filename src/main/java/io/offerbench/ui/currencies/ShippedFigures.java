package io.offerbench.ui.currencies;

import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.money.CostOfLivingIndex;
import io.offerbench.domain.money.LeftOutPlace;
import io.offerbench.domain.money.MoneyData;
import io.offerbench.domain.money.SourceRef;
import io.offerbench.domain.money.TaxPlace;
import io.offerbench.domain.money.TaxTable;
import io.offerbench.exchange.BenchmarkWording;
import io.offerbench.text.MoneyDataTexts;
import io.offerbench.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures OfferBench ships, as the Currencies & estimates screen lists them: the reference
 * exchange rates with their bank and date, each place's tax tables with source, tax year and date
 * read, the cost-of-living indices, and every place left out with the reason. Pure, so it is tested
 * without a window.
 */
public final class ShippedFigures {

    /** One line of the list: a heading, a line of text, or a muted line (a source or a reason). */
    public record Line(Kind kind, String text) {
    }

    public enum Kind { HEADING, TEXT, SOURCE }

    private ShippedFigures() {
    }

    public static List<Line> of(MoneyData data) {
        List<Line> out = new ArrayList<>();
        out.add(new Line(Kind.HEADING, Messages.get("money.screen.rates.heading")));
        if (data.rates().isEmpty()) {
            out.add(new Line(Kind.TEXT, Messages.get("money.screen.rates.none")));
        } else {
            out.add(new Line(Kind.TEXT, Messages.get("money.screen.rates.intro",
                    io.offerbench.text.RateSourceWords.authority(data.rates().source().authority()),
                    io.offerbench.text.Formats.date(data.rates().date()), io.offerbench.text.Formats.date(data.rates().read()))));
            List<String> rates = new ArrayList<>();
            for (ExchangeRate r : data.rates().perUsd()) {
                rates.add(r.currency().code() + " " + BenchmarkWording.number(r.perUsd().round(new java.math.MathContext(6))));
            }
            out.add(new Line(Kind.TEXT, Messages.get("money.screen.rates.list", String.join(", ", rates))));
            out.add(new Line(Kind.SOURCE, cite(data.rates().source())));
            data.rates().checkedWith().forEach(s -> out.add(new Line(Kind.SOURCE, Messages.get("money.screen.checkedWith", cite(s)))));
        }

        out.add(new Line(Kind.HEADING, Messages.get("money.screen.tax.heading")));
        out.add(new Line(Kind.TEXT, Messages.get("money.screen.tax.intro", MoneyDataTexts.filing(data))));
        for (TaxPlace p : data.taxPlaces()) {
            List<String> parts = new ArrayList<>();
            for (TaxTable t : data.tablesOf(p)) {
                parts.add(Messages.get("money.screen.tax.part", Messages.get("money.part." + t.part()), t.taxYear()));
            }
            out.add(new Line(Kind.TEXT, Messages.get("money.screen.tax.place", p.name(), String.join(", ", parts))));
            MoneyDataTexts.notes(p).forEach(n -> out.add(new Line(Kind.SOURCE, n)));
        }
        for (TaxTable t : data.taxTables()) {
            out.add(new Line(Kind.TEXT, Messages.get("money.screen.tax.table", t.jurisdiction(), t.taxYear(), t.read().toString())));
            t.sources().forEach(s -> out.add(new Line(Kind.SOURCE, cite(s))));
            t.checkedWith().forEach(s -> out.add(new Line(Kind.SOURCE, Messages.get("money.screen.checkedWith", cite(s)))));
            MoneyDataTexts.notes(t).forEach(n -> out.add(new Line(Kind.SOURCE, n)));
        }
        leftOut(out, data.taxLeftOut());

        out.add(new Line(Kind.HEADING, Messages.get("money.screen.living.heading")));
        out.add(new Line(Kind.TEXT, MoneyDataTexts.livingMethod(data)));
        for (CostOfLivingIndex i : data.costOfLiving()) {
            out.add(new Line(Kind.TEXT, Messages.get("money.screen.living.index", i.name(), i.index().toPlainString(), i.area(), i.year(),
                    i.read().toString())));
            out.add(new Line(Kind.SOURCE, cite(i.source())));
            i.checkedWith().forEach(s -> out.add(new Line(Kind.SOURCE, Messages.get("money.screen.checkedWith", cite(s)))));
            MoneyDataTexts.notes(i).forEach(n -> out.add(new Line(Kind.TEXT, n)));
        }
        leftOut(out, data.costOfLivingLeftOut());
        return out;
    }

    private static void leftOut(List<Line> out, List<LeftOutPlace> places) {
        for (LeftOutPlace p : places) {
            out.add(new Line(Kind.TEXT, Messages.get("money.screen.leftOut", p.name())));
            out.add(new Line(Kind.SOURCE, MoneyDataTexts.reason(p)));
        }
    }

    private static String cite(SourceRef s) {
        return s.url().isBlank() ? s.authority() + ", " + s.title() : s.authority() + ", " + s.title() + " \u2014 " + s.url();
    }
}
