package io.offerbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.offerbench.domain.Location;
import io.offerbench.domain.money.CostOfLivingIndex;
import io.offerbench.domain.money.LeftOutPlace;
import io.offerbench.domain.money.MoneyData;
import io.offerbench.domain.money.SourceRef;
import io.offerbench.domain.money.TaxBracket;
import io.offerbench.domain.money.TaxLayer;
import io.offerbench.domain.money.TaxPlace;
import io.offerbench.domain.money.TaxTable;
import io.offerbench.exchange.money.MoneyDataset;
import io.offerbench.text.MoneyDataTexts;
import io.offerbench.text.Texts;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "taxes", mixinStandardHelpOptions = true)
final class TaxesCommand implements Callable<Integer> {

    /**
     * The widest the tables get, in terminal columns: the long cells (sources, notes, reasons) are wrapped so
     * each table fits a 120-column terminal. The JSON keeps every text whole.
     */
    static final int WIDTH = 118;

    enum Format { table, json }

    @Option(names = "--place", paramLabel = "NAME",
            descriptionKey = "cli.help.taxes.place")
    String place;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", descriptionKey = "cli.help.taxes.format")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        MoneyData data = MoneyDataset.bundled();
        List<TaxPlace> places = data.taxPlaces().stream().filter(this::wanted).toList();
        List<LeftOutPlace> leftOut = data.taxLeftOut().stream().filter(this::wanted).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (place != null && places.isEmpty() && leftOut.isEmpty()) {
            spec.commandLine().getErr().println(Texts.get("money.cli.noSuchPlace", place,
                    String.join(", ", data.taxPlaces().stream().map(TaxPlace::name).toList())));
            return 1;
        }
        List<TaxTable> tables = place == null ? data.taxTables()
                : places.stream().flatMap(p -> data.tablesOf(p).stream()).distinct().toList();
        if (format == Format.json) {
            out.println(json(data, places, tables, leftOut));
        } else {
            table(out, data, places, tables, leftOut);
            indices(out, data.costOfLiving().stream().filter(this::wanted).toList());
        }
        out.flush();
        return 0;
    }

    private boolean wanted(TaxPlace p) {
        return place == null || p.name().equalsIgnoreCase(place.strip()) || matchesCity(p.cities());
    }

    private boolean wanted(CostOfLivingIndex i) {
        return place == null || i.name().equalsIgnoreCase(place.strip()) || matchesCity(i.cities());
    }

    /** The shipped price indices (United States average = 100), each with its area, year, source and what it misses. */
    private static void indices(PrintWriter out, List<CostOfLivingIndex> indices) {
        if (indices.isEmpty()) {
            return;
        }
        out.println();
        // 20 + 24 + 6 + 4 + 32 + 22 columns and five gaps of two: 118.
        TextTable t = new TextTable(Texts.get("money.cli.col.priceIndex"), Texts.get("money.cli.col.area"), Texts.get("money.cli.col.index"),
                Texts.get("money.cli.col.priceYear"), Texts.get("money.cli.col.source"), Texts.get("money.cli.col.notes"))
                .wrap(0, 20).wrap(1, 24).wrap(4, 32).wrap(5, 22);
        for (CostOfLivingIndex i : indices) {
            t.row(i.name(), i.area(), i.index().toPlainString(), i.year(), cite(i.source()), String.join(" ", MoneyDataTexts.notes(i)));
        }
        t.print(out);
    }

    private boolean wanted(LeftOutPlace p) {
        return place == null || p.name().equalsIgnoreCase(place.strip()) || matchesCity(p.cities());
    }

    private boolean matchesCity(List<String> cities) {
        String city = new Location(place, "", false).city().strip().toLowerCase(Locale.ROOT);
        return cities.stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).equals(city));
    }

    private static void table(PrintWriter out, MoneyData data, List<TaxPlace> places, List<TaxTable> tables, List<LeftOutPlace> leftOut) {
        TextTable.lines(Texts.get("money.cli.basis", MoneyDataTexts.filing(data)), WIDTH).forEach(out::println);
        if (!places.isEmpty()) {
            out.println();
            // 22 + 36 + 56 and two gaps: 118.
            TextTable t = new TextTable(Texts.get("money.cli.col.place"), Texts.get("money.cli.col.tables"), Texts.get("money.cli.col.notes"))
                    .wrap(0, 22).wrap(1, 36).wrap(2, 56);
            for (TaxPlace p : places) {
                t.row(p.name(), String.join(", ", p.tableIds()), String.join(" ", MoneyDataTexts.notes(p)));
            }
            t.print(out);
        }
        if (!tables.isEmpty()) {
            out.println();
            // 28 + 8 + 66 + 10 and three gaps: 118.
            TextTable t = new TextTable(Texts.get("money.cli.col.table"), Texts.get("money.cli.col.year"), Texts.get("money.cli.col.source"),
                    Texts.get("money.cli.col.read")).wrap(0, 28).wrap(1, 8).wrap(2, 66);
            for (TaxTable x : tables) {
                t.row(x.id(), x.taxYear(), x.sources().stream().map(TaxesCommand::cite).reduce((a, b) -> a + "; " + b).orElse(""),
                        x.read().toString());
            }
            t.print(out);
        }
        if (!leftOut.isEmpty()) {
            out.println();
            // 28 + 88 and a gap: 118.
            TextTable t = new TextTable(Texts.get("money.cli.col.leftOut"), Texts.get("money.cli.col.why")).wrap(0, 28).wrap(1, 88);
            for (LeftOutPlace p : leftOut) {
                t.row(p.name(), MoneyDataTexts.reason(p));
            }
            t.print(out);
        }
    }

    private static String cite(SourceRef s) {
        return s.authority() + ", " + s.title() + (s.url().isBlank() ? "" : " <" + s.url() + ">");
    }

    private static String json(MoneyData data, List<TaxPlace> places, List<TaxTable> tables, List<LeftOutPlace> leftOut) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("filing", data.filing());
        ArrayNode ps = root.putArray("places");
        for (TaxPlace p : places) {
            ObjectNode o = ps.addObject();
            o.put("name", p.name());
            p.cities().forEach(o.putArray("cities")::add);
            p.tableIds().forEach(o.putArray("tables")::add);
            p.notes().forEach(o.putArray("notes")::add);
        }
        ArrayNode ts = root.putArray("tables");
        for (TaxTable t : tables) {
            ObjectNode o = ts.addObject();
            o.put("id", t.id());
            o.put("part", t.part());
            o.put("jurisdiction", t.jurisdiction());
            o.put("year", t.taxYear());
            o.put("currency", t.currency().code());
            o.put("read", t.read().toString());
            if (t.of() != null) {
                o.put("of", t.of());
            }
            ArrayNode layers = o.putArray("layers");
            for (TaxLayer l : t.layers()) {
                ObjectNode lo = layers.addObject();
                lo.put("allowance", l.allowance());
                if (l.taperFrom() != null) {
                    lo.put("taper_from", l.taperFrom());
                    lo.put("taper_rate", l.taperRate());
                }
                lo.put("credit", l.credit());
                ArrayNode bs = lo.putArray("brackets");
                for (TaxBracket b : l.brackets()) {
                    bs.addObject().put("from", b.from()).put("rate", b.rate());
                }
                if (l.multiplier().compareTo(java.math.BigDecimal.ONE) != 0) {
                    lo.put("multiplier", l.multiplier());
                }
                if (l.credits() != null) {
                    // Canada's non-refundable credits: rate x (amounts at income + the contributions named).
                    ObjectNode c = lo.putObject("credits");
                    c.put("rate", l.credits().rate());
                    ArrayNode amounts = c.putArray("amounts");
                    for (io.offerbench.domain.money.CreditRule.Amount a : l.credits().amounts()) {
                        ObjectNode ao = amounts.addObject().put("name", a.name()).put("full", a.full());
                        if (a.reducedTo() != null) {
                            ao.put("reduced_to", a.reducedTo()).put("reduced_from", a.reducedFrom()).put("reduced_until", a.reducedUntil());
                        }
                    }
                    l.credits().contributions().forEach(c.putArray("contributions")::add);
                }
                if (l.formula() != null) {
                    // Germany's section 32a tariff: in each zone (a*y + b)*y + c with y = (income - origin) / divisor.
                    ObjectNode f = lo.putObject("formula");
                    f.put("whole_units", l.formula().wholeUnits());
                    ArrayNode zones = f.putArray("zones");
                    l.formula().zones().forEach(z -> zones.addObject().put("from", z.from()).put("origin", z.origin()).put("divisor", z.divisor())
                            .put("a", z.a()).put("b", z.b()).put("c", z.c()));
                }
                if (l.ofTax()) {
                    lo.put("of_tax", true);
                }
                if (l.abatement().signum() != 0) {
                    lo.put("abatement", l.abatement());
                }
                if (l.minimumBase() != null) {
                    // A contribution base's lower limit (Beijing's and Shanghai's social insurance), a year's worth.
                    lo.put("minimum_base", l.minimumBase());
                }
                if (l.fixedAmount().signum() != 0) {
                    lo.put("fixed_amount", l.fixedAmount());
                }
                if (l.recapture() != null) {
                    // New York's take-back of its lower brackets: the published step amounts and the rule's bounds.
                    ObjectNode r = lo.putObject("recapture");
                    r.put("from_income", l.recapture().fromIncome());
                    r.put("phase_in", l.recapture().phaseIn());
                    if (l.recapture().flatAbove() != null) {
                        r.put("flat_above", l.recapture().flatAbove());
                    }
                    ArrayNode steps = r.putArray("steps");
                    l.recapture().steps().forEach(s -> steps.addObject().put("from", s.from()).put("base", s.base())
                            .put("incremental", s.incremental()));
                }
            }
            sources(o.putArray("sources"), t.sources());
            sources(o.putArray("checked_with"), t.checkedWith());
            t.notes().forEach(o.putArray("notes")::add);
        }
        ArrayNode lo = root.putArray("left_out");
        for (LeftOutPlace p : leftOut) {
            lo.addObject().put("name", p.name()).put("reason", p.reason());
        }
        ArrayNode col = root.putArray("cost_of_living");
        for (CostOfLivingIndex i : data.costOfLiving()) {
            ObjectNode o = col.addObject().put("name", i.name()).put("area", i.area()).put("index", i.index()).put("year", i.year())
                    .put("read", i.read().toString());
            sources(o.putArray("sources"), List.of(i.source()));
            i.notes().forEach(o.putArray("notes")::add);
        }
        return mapper.writeValueAsString(root);
    }

    private static void sources(ArrayNode array, List<SourceRef> sources) {
        for (SourceRef s : sources) {
            array.addObject().put("authority", s.authority()).put("title", s.title()).put("url", s.url());
        }
    }
}
