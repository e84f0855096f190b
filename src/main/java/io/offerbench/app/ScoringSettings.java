package io.offerbench.app;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.LiquidityMultipliers;
import io.offerbench.domain.LiquidityScenario;
import io.offerbench.scoring.ScoringContext;
import io.offerbench.store.SettingsRepository;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The user's scoring preferences, kept in the settings table: home currency, the private-equity
 * scenario and its multipliers, and whether the cost-of-living and after-tax estimates are applied.
 * A stored value that no longer parses falls back to the default rather than blocking the app.
 */
public record ScoringSettings(CurrencyCode homeCurrency, LiquidityScenario scenario, LiquidityMultipliers multipliers,
        boolean adjustCostOfLiving, boolean afterTax, String activeProfile, int tenureYears) {

    static final String HOME = "scoring.home_currency";
    static final String SCENARIO = "scoring.liquidity_scenario";
    static final String BEAR = "scoring.liquidity_bear";
    static final String BASE = "scoring.liquidity_base";
    static final String BULL = "scoring.liquidity_bull";
    static final String COL = "scoring.adjust_cost_of_living";
    static final String TAX = "scoring.after_tax";
    static final String PROFILE = "scoring.active_profile";
    static final String TENURE = "scoring.tenure_years";

    /** Settings with the default tenure ({@link ScoringContext#DEFAULT_TENURE_YEARS}). */
    public ScoringSettings(CurrencyCode homeCurrency, LiquidityScenario scenario, LiquidityMultipliers multipliers,
            boolean adjustCostOfLiving, boolean afterTax, String activeProfile) {
        this(homeCurrency, scenario, multipliers, adjustCostOfLiving, afterTax, activeProfile, ScoringContext.DEFAULT_TENURE_YEARS);
    }

    public ScoringSettings {
        if (tenureYears < 1 || tenureYears > ScoringContext.MAX_TENURE_YEARS) {
            tenureYears = ScoringContext.DEFAULT_TENURE_YEARS;
        }
    }

    public static ScoringSettings defaults() {
        return new ScoringSettings(CurrencyCode.USD, LiquidityScenario.BASE, LiquidityMultipliers.defaults(), false, false,
                io.offerbench.scoring.WeightPresets.BALANCED);
    }

    public static ScoringSettings load(SettingsRepository s) {
        ScoringSettings d = defaults();
        LiquidityMultipliers m = d.multipliers();
        try {
            m = new LiquidityMultipliers(decimal(s, BEAR, m.bear()), decimal(s, BASE, m.base()), decimal(s, BULL, m.bull()));
        } catch (IllegalArgumentException e) {
            m = d.multipliers();
        }
        return new ScoringSettings(
                parse(s.get(HOME), CurrencyCode::of, d.homeCurrency()),
                parse(s.get(SCENARIO), LiquidityScenario::fromCode, d.scenario()),
                m,
                s.get(COL).map(Boolean::parseBoolean).orElse(false),
                s.get(TAX).map(Boolean::parseBoolean).orElse(false),
                s.get(PROFILE).orElse(d.activeProfile()),
                parse(s.get(TENURE), Integer::valueOf, d.tenureYears()));
    }

    public void save(SettingsRepository s) {
        s.put(HOME, homeCurrency.code());
        s.put(SCENARIO, scenario.code());
        s.put(BEAR, multipliers.bear().toPlainString());
        s.put(BASE, multipliers.base().toPlainString());
        s.put(BULL, multipliers.bull().toPlainString());
        s.put(COL, Boolean.toString(adjustCostOfLiving));
        s.put(TAX, Boolean.toString(afterTax));
        s.put(PROFILE, activeProfile);
        s.put(TENURE, Integer.toString(tenureYears));
    }

    public ScoringSettings withTenureYears(int years) {
        return new ScoringSettings(homeCurrency, scenario, multipliers, adjustCostOfLiving, afterTax, activeProfile, years);
    }

    public ScoringSettings withActiveProfile(String name) {
        return new ScoringSettings(homeCurrency, scenario, multipliers, adjustCostOfLiving, afterTax, name, tenureYears);
    }

    private static BigDecimal decimal(SettingsRepository s, String key, BigDecimal fallback) {
        return parse(s.get(key), BigDecimal::new, fallback);
    }

    private static <T> T parse(Optional<String> stored, java.util.function.Function<String, T> parser, T fallback) {
        if (stored.isEmpty()) {
            return fallback;
        }
        try {
            return parser.apply(stored.get());
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
