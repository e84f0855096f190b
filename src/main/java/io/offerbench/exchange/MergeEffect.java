package io.offerbench.exchange;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.LocationFactor;
import io.offerbench.domain.Offer;
import io.offerbench.domain.ReviewComment;
import io.offerbench.domain.WeightProfile;
import io.offerbench.store.Database;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Exactly what one merge of a comparison file changed in a database, so that it can be taken back (Edit > Undo)
 * without touching anything else: the offers and comments it added, the offers it replaced ("take theirs"), and
 * for each weight profile, own benchmark row, exchange rate, estimate and setting it wrote, what was there before
 * (empty: nothing was). Found by reading the database before and after the merge in the merge's own transaction.
 */
public final class MergeEffect {

    private final Set<Long> addedOffers;
    private final Set<Long> addedComments;
    private final Map<Long, Offer> replacedOffers;
    private final Map<String, Optional<WeightProfile>> profiles;
    private final Map<String, Optional<Benchmark>> ownRows;
    private final Map<CurrencyCode, Optional<ExchangeRate>> rates;
    private final Map<String, Optional<LocationFactor>> estimates;
    private final Map<String, LocationFactor> estimatesAfter;
    private final Map<String, Optional<String>> settings;

    private MergeEffect(State before, State after) {
        addedOffers = new HashSet<>(after.offers.keySet());
        addedOffers.removeAll(before.offers.keySet());
        addedComments = new HashSet<>(after.comments);
        addedComments.removeAll(before.comments);
        replacedOffers = changed(before.offers, after.offers);
        replacedOffers.keySet().removeAll(addedOffers);
        profiles = optionalChanged(before.profiles, after.profiles);
        ownRows = optionalChanged(before.ownRows, after.ownRows);
        rates = optionalChanged(before.rates, after.rates);
        estimates = optionalChanged(before.estimates, after.estimates);
        estimatesAfter = after.estimates;
        settings = optionalChanged(before.settings, after.settings);
    }

    /** Runs {@code change} (a merge, or taking the file's side of conflicts) in one transaction and says what it changed. */
    public static <T> Tracked<T> track(Database db, Supplier<T> change) {
        return db.inTransaction(c -> {
            State before = State.of(db);
            T result = change.get();
            return new Tracked<>(result, new MergeEffect(before, State.of(db)));
        });
    }

    public record Tracked<T>(T result, MergeEffect effect) {
    }

    /** How many offers the merge added (what the status line says it took back). */
    public int addedOfferCount() {
        return addedOffers.size();
    }

    public boolean isEmpty() {
        return addedOffers.isEmpty() && addedComments.isEmpty() && replacedOffers.isEmpty() && profiles.isEmpty()
                && ownRows.isEmpty() && rates.isEmpty() && estimates.isEmpty() && settings.isEmpty();
    }

    /** Puts back what the merge changed, in one transaction; what the user changed otherwise is left as it is. */
    public void undo(Database db) {
        db.inTransaction(c -> {
            for (long id : addedComments) {
                db.comments().delete(id);
            }
            for (long id : addedOffers) {
                db.comments().listByOffer(id).forEach(rc -> db.comments().delete(rc.id()));
                db.offers().delete(id);
            }
            replacedOffers.values().forEach(db.offers()::save);
            profiles.forEach((name, was) -> was.ifPresentOrElse(db.profiles()::save, () -> db.profiles().delete(name)));
            ownRows.forEach((id, was) -> was.ifPresentOrElse(db.benchmarks()::saveUserRow, () -> db.benchmarks().deleteUserRow(id)));
            rates.forEach((code, was) -> was.ifPresentOrElse(db.rates()::save, () -> db.rates().delete(code)));
            estimates.forEach((key, was) -> was.ifPresentOrElse(db.locationFactors()::save, () -> {
                LocationFactor added = estimatesAfter.get(key);
                db.locationFactors().delete(added.kind(), added.place());
            }));
            settings.forEach((key, was) -> was.ifPresentOrElse(v -> db.settings().put(key, v), () -> db.settings().remove(key)));
            return this;
        });
    }

    private static <K, V> Map<K, V> changed(Map<K, V> before, Map<K, V> after) {
        Map<K, V> out = new HashMap<>();
        before.forEach((k, v) -> {
            if (after.containsKey(k) && !Objects.equals(v, after.get(k))) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static <K, V> Map<K, Optional<V>> optionalChanged(Map<K, V> before, Map<K, V> after) {
        Map<K, Optional<V>> out = new HashMap<>();
        after.forEach((k, v) -> {
            if (!Objects.equals(before.get(k), v)) {
                out.put(k, Optional.ofNullable(before.get(k)));
            }
        });
        return out;
    }

    /** What a merge can change, as read at one moment. */
    private static final class State {
        final Map<Long, Offer> offers = new HashMap<>();
        final List<Long> comments = new ArrayList<>();
        final Map<String, WeightProfile> profiles = new HashMap<>();
        final Map<String, Benchmark> ownRows = new HashMap<>();
        final Map<CurrencyCode, ExchangeRate> rates = new HashMap<>();
        final Map<String, LocationFactor> estimates = new HashMap<>();
        final Map<String, String> settings = new HashMap<>();

        static State of(Database db) {
            State s = new State();
            for (Offer o : db.offers().findAll()) {
                s.offers.put(o.id(), o);
                db.comments().listByOffer(o.id()).stream().map(ReviewComment::id).forEach(s.comments::add);
            }
            db.profiles().findAll().forEach(p -> s.profiles.put(p.name(), p));
            db.benchmarks().findAll().stream().filter(b -> !b.isFromDocument()).forEach(b -> s.ownRows.put(b.id(), b));
            db.rates().findAll().forEach(r -> s.rates.put(r.currency(), r));
            db.locationFactors().findAll().forEach(f -> s.estimates.put(f.kind().name() + "/" + f.place().toLowerCase(Locale.ROOT), f));
            s.settings.putAll(db.settings().all());
            return s;
        }
    }
}
