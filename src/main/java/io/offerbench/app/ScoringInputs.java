package io.offerbench.app;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.CurrencyTable;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.money.MoneyData;
import io.offerbench.exchange.money.MoneyDataset;
import io.offerbench.domain.Offer;
import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.OfferScorer;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoringContext;
import io.offerbench.text.Texts;
import io.offerbench.scoring.WeightPresets;
import io.offerbench.store.Database;
import io.offerbench.store.LoadedOffers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads everything a score depends on from the database — benchmarks, exchange rates, location
 * estimates, settings and weight profiles — so the window and the command line score the same
 * offers the same way. A snapshot: taken on the database thread, then scored anywhere.
 */
public record ScoringInputs(List<Offer> offers, ScoringContext context, ScoringSettings settings, List<WeightProfile> profiles,
        List<LeftOutOffer> leftOut) {

    public ScoringInputs {
        offers = List.copyOf(offers);
        leftOut = List.copyOf(leftOut);
    }

    /** Inputs with no offer left out. */
    public ScoringInputs(List<Offer> offers, ScoringContext context, ScoringSettings settings, List<WeightProfile> profiles) {
        this(offers, context, settings, profiles, List.of());
    }

    /** Everything, in one read transaction: one consistent snapshot, and one visit to the database instead of ~13. */
    public static ScoringInputs load(Database db) {
        return load(db, true);
    }

    /**
     * All but the offers (whose list is then empty), in one read transaction: for the window, which
     * keeps its offers itself and would otherwise read every one of them a second time.
     */
    public static ScoringInputs loadExceptOffers(Database db) {
        return load(db, false);
    }

    private static ScoringInputs load(Database db, boolean withOffers) {
        return db.read(c -> {
            ScoringSettings settings = ScoringSettings.load(db.settings());
            MoneyData money = MoneyDataset.bundled();
            CurrencyTable rates = withReferenceRates(money, db.rates().findAll());
            ScoringContext context = new ScoringContext(settings.homeCurrency(), rates, db.benchmarks().findAll(),
                    settings.scenario(), settings.multipliers(), settings.adjustCostOfLiving(), settings.afterTax(),
                    db.locationFactors().findAll(), money, settings.tenureYears());
            LoadedOffers loaded = withOffers ? db.offers().loadAll() : null;
            return loaded == null ? new ScoringInputs(List.of(), context, settings, profiles(db.profiles().findAll()))
                    : new ScoringInputs(loaded.offers(), context, settings, profiles(db.profiles().findAll()),
                            loaded.damaged().stream().map(LeftOutOffer::of).toList());
        });
    }

    /**
     * The shipped reference rates, with every rate the database holds (the user's own, and the
     * documents' implied ones) in their place: a stored rate always wins over the shipped one.
     */
    public static CurrencyTable withReferenceRates(MoneyData money, List<ExchangeRate> stored) {
        Map<CurrencyCode, ExchangeRate> byCurrency = new LinkedHashMap<>();
        money.rates().perUsd().forEach(r -> byCurrency.put(r.currency(), r));
        stored.forEach(r -> byCurrency.put(r.currency(), r));
        return new CurrencyTable(byCurrency.values());
    }

    /**
     * The three presets, then the user's saved profiles. A built-in's name always means the built-in's
     * weights: a saved profile with that name (which the store no longer lets anyone write) never replaces it.
     */
    static List<WeightProfile> profiles(List<WeightProfile> saved) {
        Map<String, WeightProfile> byName = new LinkedHashMap<>();
        WeightPresets.all().forEach(p -> byName.put(p.name().toLowerCase(Locale.ROOT), p));
        saved.forEach(p -> byName.putIfAbsent(p.name().toLowerCase(Locale.ROOT), p));
        return new ArrayList<>(byName.values());
    }

    /** The profile with this name (ignoring case), or a message listing the ones that exist. */
    public WeightProfile profile(String name) {
        String id = io.offerbench.text.ProfileNames.builtInNamed(name).orElse(name.strip());
        for (WeightProfile p : profiles) {
            if (p.name().equalsIgnoreCase(id)) {
                return p;
            }
        }
        List<String> names = profiles.stream().map(WeightProfile::name).toList();
        throw new IllegalArgumentException(Texts.get("weights.unknownProfile", name, String.join(", ", names)));
    }

    public WeightProfile activeProfile() {
        try {
            return profile(settings.activeProfile());
        } catch (IllegalArgumentException e) {
            return WeightPresets.balanced();
        }
    }

    /** The same inputs with the estimates switched for this run only (null keeps the saved setting). */
    public ScoringInputs withEstimates(Boolean costOfLiving, Boolean afterTax) {
        boolean col = costOfLiving == null ? context.adjustCostOfLiving() : costOfLiving;
        boolean tax = afterTax == null ? context.afterTax() : afterTax;
        return new ScoringInputs(offers, context.withEstimates(col, tax), settings, profiles, leftOut);
    }

    public Ranking rank(WeightProfile weights) {
        return OfferScorer.rank(offers, weights, context);
    }
}
