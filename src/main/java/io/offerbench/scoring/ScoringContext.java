package io.offerbench.scoring;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.CurrencyTable;
import io.offerbench.domain.LiquidityMultipliers;
import io.offerbench.domain.LiquidityScenario;
import io.offerbench.domain.LocationFactor;
import io.offerbench.domain.Refusal;
import io.offerbench.domain.money.MoneyData;
import java.util.List;
import java.util.Objects;

/**
 * Everything besides the offers and the weights that a score depends on. Immutable: the GUI builds a
 * new context when the user changes a setting, and scoring is recomputed from scratch.
 *
 * @param homeCurrency       currency every amount is shown and compared in
 * @param currencies         the user's exchange rates
 * @param benchmarks         all benchmark rows; hidden rows are skipped by scoring
 * @param liquidityScenario  which outcome to assume for private equity
 * @param liquidity          multiplier per scenario
 * @param adjustCostOfLiving divide pay by the location's cost-of-living index / 100 (an estimate)
 * @param afterTax           subtract the location's estimated effective tax rate (an estimate)
 * @param locationFactors    the user's cost-of-living and tax rows
 * @param money              the shipped tax tables, cost-of-living indices and reference rates
 * @param tenureYears        how long the student expects to stay: pay is valued over these years, with the
 *                           cliff, the vesting schedule and sign-on instalments applied year by year
 *                           ({@link #DEFAULT_TENURE_YEARS} unless the user chooses)
 */
public record ScoringContext(
        CurrencyCode homeCurrency,
        CurrencyTable currencies,
        List<Benchmark> benchmarks,
        LiquidityScenario liquidityScenario,
        LiquidityMultipliers liquidity,
        boolean adjustCostOfLiving,
        boolean afterTax,
        List<LocationFactor> locationFactors,
        MoneyData money,
        int tenureYears) {

    /** Two years: people "join different companies and leave within 6 months" (Interconnects), and few stay 4. */
    public static final int DEFAULT_TENURE_YEARS = 2;
    public static final int MAX_TENURE_YEARS = 10;

    /** The context with the default tenure. */
    public ScoringContext(CurrencyCode homeCurrency, CurrencyTable currencies, List<Benchmark> benchmarks,
            LiquidityScenario liquidityScenario, LiquidityMultipliers liquidity, boolean adjustCostOfLiving, boolean afterTax,
            List<LocationFactor> locationFactors, MoneyData money) {
        this(homeCurrency, currencies, benchmarks, liquidityScenario, liquidity, adjustCostOfLiving, afterTax, locationFactors,
                money, DEFAULT_TENURE_YEARS);
    }

    public ScoringContext {
        if (tenureYears < 1 || tenureYears > MAX_TENURE_YEARS) {
            throw Refusal.of("scoring.tenure", MAX_TENURE_YEARS, tenureYears);
        }
        Objects.requireNonNull(homeCurrency, "homeCurrency");
        Objects.requireNonNull(currencies, "currencies");
        benchmarks = benchmarks == null ? List.of() : List.copyOf(benchmarks);
        liquidityScenario = liquidityScenario == null ? LiquidityScenario.BASE : liquidityScenario;
        liquidity = liquidity == null ? LiquidityMultipliers.defaults() : liquidity;
        locationFactors = locationFactors == null ? List.of() : List.copyOf(locationFactors);
        money = money == null ? MoneyData.none() : money;
        if (!currencies.canConvert(homeCurrency, CurrencyCode.USD)) {
            throw Refusal.of("currency.noHomeRate", homeCurrency.code());
        }
    }

    /** Without shipped tables: estimates come from the user's own figures only. */
    public ScoringContext(CurrencyCode homeCurrency, CurrencyTable currencies, List<Benchmark> benchmarks,
            LiquidityScenario liquidityScenario, LiquidityMultipliers liquidity, boolean adjustCostOfLiving, boolean afterTax,
            List<LocationFactor> locationFactors) {
        this(homeCurrency, currencies, benchmarks, liquidityScenario, liquidity, adjustCostOfLiving, afterTax, locationFactors,
                MoneyData.none());
    }

    /** USD home currency, base liquidity scenario, no cost-of-living or tax adjustment. */
    public static ScoringContext defaults(CurrencyTable currencies, List<Benchmark> benchmarks) {
        return new ScoringContext(CurrencyCode.USD, currencies, benchmarks, LiquidityScenario.BASE,
                LiquidityMultipliers.defaults(), false, false, List.of());
    }

    /** The benchmark rows scoring may use: hidden rows are the user's way of saying "ignore this". */
    public List<Benchmark> visibleBenchmarks() {
        return benchmarks.stream().filter(b -> !b.hidden()).toList();
    }

    public ScoringContext withHomeCurrency(CurrencyCode c) {
        return new ScoringContext(c, currencies, benchmarks, liquidityScenario, liquidity, adjustCostOfLiving, afterTax, locationFactors, money, tenureYears);
    }

    public ScoringContext withLiquidityScenario(LiquidityScenario s) {
        return new ScoringContext(homeCurrency, currencies, benchmarks, s, liquidity, adjustCostOfLiving, afterTax, locationFactors, money, tenureYears);
    }

    public ScoringContext withLocationAdjustments(boolean costOfLiving, boolean tax, List<LocationFactor> factors) {
        return new ScoringContext(homeCurrency, currencies, benchmarks, liquidityScenario, liquidity, costOfLiving, tax, factors, money, tenureYears);
    }

    /** The same settings, pay valued over a stay of {@code years}. */
    public ScoringContext withTenureYears(int years) {
        return new ScoringContext(homeCurrency, currencies, benchmarks, liquidityScenario, liquidity, adjustCostOfLiving, afterTax,
                locationFactors, money, years);
    }

    /** The same settings, scored against these shipped tables. */
    public ScoringContext withMoney(MoneyData data) {
        return new ScoringContext(homeCurrency, currencies, benchmarks, liquidityScenario, liquidity, adjustCostOfLiving, afterTax,
                locationFactors, data, tenureYears);
    }

    /** The same context with the estimates switched as given (the user's figures and the shipped tables kept). */
    public ScoringContext withEstimates(boolean costOfLiving, boolean tax) {
        return new ScoringContext(homeCurrency, currencies, benchmarks, liquidityScenario, liquidity, costOfLiving, tax,
                locationFactors, money, tenureYears);
    }
}
