package io.offerbench.domain.money;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Refusal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One published schedule for a single filer with no dependants, as shipped with OfferBench: a
 * jurisdiction's income tax, or a payroll contribution. Its layers are added up into one part of the
 * after-tax breakdown.
 *
 * @param id           stable identifier ("us-federal-income-tax")
 * @param part         the breakdown's key ("federal", "california", "fica", "national_insurance", …)
 * @param jurisdiction who levies it, as the authority names itself
 * @param taxYear      the year the schedule is for, as the authority writes it ("2026", "2026/27")
 * @param sources      the authority's documents the figures were read from
 * @param checkedWith  the independent publications each figure was compared with
 * @param read         the date the sources were read
 * @param notes        what the table leaves out or assumes, in the data's own words
 * @param deducts      parts or table ids of the same place whose amounts come off wages before this
 *                     table applies (China's income tax after social insurance and housing fund; Swiss
 *                     income taxes after AHV/IV/EO and ALV contributions; Canada's after enhanced CPP)
 * @param of           the table id or part whose amount this table's schedule applies to instead of
 *                     wages (Germany's solidarity surcharge on income tax), or null
 */
public record TaxTable(String id, String part, String jurisdiction, String taxYear, CurrencyCode currency,
        List<TaxLayer> layers, List<SourceRef> sources, List<SourceRef> checkedWith, LocalDate read, List<String> notes,
        List<String> deducts, String of) {

    public TaxTable(String id, String part, String jurisdiction, String taxYear, CurrencyCode currency, List<TaxLayer> layers,
            List<SourceRef> sources, List<SourceRef> checkedWith, LocalDate read, List<String> notes, List<String> deducts) {
        this(id, part, jurisdiction, taxYear, currency, layers, sources, checkedWith, read, notes, deducts, null);
    }

    public TaxTable(String id, String part, String jurisdiction, String taxYear, CurrencyCode currency, List<TaxLayer> layers,
            List<SourceRef> sources, List<SourceRef> checkedWith, LocalDate read, List<String> notes) {
        this(id, part, jurisdiction, taxYear, currency, layers, sources, checkedWith, read, notes, List.of());
    }

    public TaxTable {
        deducts = deducts == null ? List.of() : List.copyOf(deducts);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(taxYear, "taxYear");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(read, "read");
        layers = List.copyOf(layers);
        sources = List.copyOf(sources);
        checkedWith = checkedWith == null ? List.of() : List.copyOf(checkedWith);
        notes = notes == null ? List.of() : List.copyOf(notes);
        if (layers.isEmpty()) {
            throw Refusal.of("money.tableNoSchedule", id);
        }
        if (sources.isEmpty()) {
            throw Refusal.of("money.tableNoSource", id);
        }
    }
}
