package io.offerbench.scoring;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.CurrencyTable;
import io.offerbench.domain.Location;
import io.offerbench.domain.LocationFactor;
import io.offerbench.domain.Money;
import io.offerbench.domain.money.MoneyData;
import io.offerbench.scoring.tax.PlaceNames;
import io.offerbench.domain.money.TaxPlace;
import io.offerbench.domain.money.TaxTable;
import io.offerbench.scoring.tax.TaxCalculator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Estimates after-tax pay from a gross projection. Each year's taxable wages are that year's base,
 * bonus, sign-on and the equity that vests in it (taxed as ordinary income at vest), converted into
 * the table's currency, taxed by every table of the place, and converted back. The user's own
 * effective rate for the place, when there is one, is used instead of the shipped tables.
 */
public final class AfterTaxEstimator {

    private AfterTaxEstimator() {
    }

    /** The shipped place an offer's location falls in, if any. */
    public static Optional<TaxPlace> place(Location location, MoneyData data) {
        return data.taxPlaces().stream().filter(p -> PlaceNames.matches(location, p.countries(), p.cities())).findFirst();
    }

    /** True when after-tax pay can be estimated for this location in this home currency. */
    public static boolean covers(Location location, ScoringContext ctx) {
        if (UserFigures.match(location, LocationFactor.Kind.EFFECTIVE_TAX_RATE, ctx.locationFactors()).isPresent()) {
            return true;
        }
        return place(location, ctx.money()).map(p -> convertible(ctx.money().tablesOf(p), ctx)).orElse(false);
    }

    public static Optional<AfterTax> estimate(Location location, PayProjection gross, ScoringContext ctx) {
        Optional<LocationFactor> own = UserFigures.match(location, LocationFactor.Kind.EFFECTIVE_TAX_RATE, ctx.locationFactors());
        if (own.isPresent()) {
            return Optional.of(withUserRate(own.get(), gross));
        }
        Optional<TaxPlace> place = place(location, ctx.money());
        if (place.isEmpty()) {
            return Optional.empty();
        }
        List<TaxTable> tables = ctx.money().tablesOf(place.get());
        if (!convertible(tables, ctx)) {
            return Optional.empty();
        }
        List<Money> net = new ArrayList<>();
        Map<String, Money> parts = new LinkedHashMap<>();
        for (YearPay y : gross.years()) {
            Map<String, Money> taxes = taxes(tables, y.total(), ctx);
            if (net.isEmpty()) {
                parts.putAll(taxes);
            }
            net.add(y.total().minus(sum(taxes.values(), gross.currency())));
        }
        Money steadyNet = gross.steadyStateAnnual().minus(sum(taxes(tables, gross.steadyStateAnnual(), ctx).values(), gross.currency()));
        return Optional.of(new AfterTax(place.get().name(), tables, null, gross.year1Total(), parts, net,
                gross.steadyStateAnnual(), steadyNet, average(net, gross), gross.annualAverage()));
    }

    private static AfterTax withUserRate(LocationFactor rate, PayProjection gross) {
        BigDecimal kept = BigDecimal.ONE.subtract(rate.value().movePointLeft(2));
        List<Money> net = gross.years().stream().map(y -> y.total().times(kept)).toList();
        Map<String, Money> parts = new LinkedHashMap<>();
        parts.put("your_rate", gross.year1Total().minus(net.get(0)));
        return new AfterTax(rate.place(), List.of(), rate, gross.year1Total(), parts, net, gross.steadyStateAnnual(),
                gross.steadyStateAnnual().times(kept), average(net, gross), gross.annualAverage());
    }

    /**
     * Tax by part on a home-currency amount, each converted back into the home currency. Tables that
     * deduct other parts (China's income tax after social insurance and housing fund, Swiss income
     * taxes after AHV/IV/EO and ALV, Canadian income taxes after enhanced CPP contributions) or credit
     * them (Canada's credits for CPP base contributions and EI premiums) are applied after those parts,
     * which are named by part or by table id; the breakdown keeps the place's order of tables.
     */
    static Map<String, Money> taxes(List<TaxTable> tables, Money wagesHome, ScoringContext ctx) {
        CurrencyTable rates = ctx.currencies();
        CurrencyCode currency = tables.get(0).currency();
        for (TaxTable t : tables) {
            if (!t.currency().equals(currency)) {
                throw new IllegalStateException("tables of one place in two currencies: " + tables.get(0).id() + " " + currency.code() + ", " + t.id() + " " + t.currency().code());
            }
        }
        Map<String, BigDecimal> byTable = TaxCalculator.byTable(tables, rates.convert(wagesHome, currency).amount());
        Map<String, Money> out = new LinkedHashMap<>();
        for (TaxTable t : tables) {
            out.merge(t.part(), rates.convert(new Money(byTable.get(t.id()), currency), wagesHome.currency()), Money::plus);
        }
        return out;
    }

    private static boolean convertible(List<TaxTable> tables, ScoringContext ctx) {
        CurrencyCode home = ctx.homeCurrency();
        return tables.stream().allMatch(t -> ctx.currencies().canConvert(home, t.currency()));
    }

    private static Money average(List<Money> net, PayProjection gross) {
        int n = gross.averagingYears();
        return sum(net.subList(0, n), gross.currency()).dividedBy(BigDecimal.valueOf(n));
    }

    private static Money sum(java.util.Collection<Money> amounts, CurrencyCode currency) {
        return amounts.stream().reduce(Money.zero(currency), Money::plus);
    }
}
