package io.offerbench.app;

import io.offerbench.domain.CurrencyTable;
import io.offerbench.domain.Offer;
import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.OfferScorer;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoringContext;
import io.offerbench.scoring.WeightPresets;
import io.offerbench.store.Database;
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
public record ScoringInputs(List<Offer> offers, ScoringContext context, ScoringSettings settings, List<WeightProfile> profiles) {

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
            CurrencyTable rates = new CurrencyTable(db.rates().findAll());
            ScoringContext context = new ScoringContext(settings.homeCurrency(), rates, db.benchmarks().findAll(),
                    settings.scenario(), settings.multipliers(), settings.adjustCostOfLiving(), settings.afterTax(),
                    db.locationFactors().findAll());
            List<Offer> offers = withOffers ? db.offers().findAll() : List.of();
            return new ScoringInputs(offers, context, settings, profiles(db.profiles().findAll()));
        });
    }

    /** The three presets, then the user's saved profiles; a saved profile with a preset's name replaces it. */
    static List<WeightProfile> profiles(List<WeightProfile> saved) {
        Map<String, WeightProfile> byName = new LinkedHashMap<>();
        WeightPresets.all().forEach(p -> byName.put(p.name().toLowerCase(Locale.ROOT), p));
        saved.forEach(p -> byName.put(p.name().toLowerCase(Locale.ROOT), p));
        return new ArrayList<>(byName.values());
    }

    /** The profile with this name (ignoring case), or a message listing the ones that exist. */
    public WeightProfile profile(String name) {
        for (WeightProfile p : profiles) {
            if (p.name().equalsIgnoreCase(name.strip())) {
                return p;
            }
        }
        List<String> names = profiles.stream().map(WeightProfile::name).toList();
        throw new IllegalArgumentException("No weight profile named '" + name + "'; available: " + String.join(", ", names));
    }

    public WeightProfile activeProfile() {
        try {
            return profile(settings.activeProfile());
        } catch (IllegalArgumentException e) {
            return WeightPresets.balanced();
        }
    }

    public Ranking rank(WeightProfile weights) {
        return OfferScorer.rank(offers, weights, context);
    }
}
