package io.offerbench.exchange.report;

import io.offerbench.app.ScoringInputs;
import io.offerbench.app.ScoringSettings;
import io.offerbench.domain.Benchmark;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.Offer;
import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.PayProjection;
import io.offerbench.scoring.PayProjector;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoringContext;
import io.offerbench.store.Database;
import io.offerbench.domain.ReviewComment;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything a report says, read and scored once: the ranking under one weight profile, each offer's
 * comments, the settings and exchange rates behind the numbers, and the moment it was made. Read by
 * {@link #gather} in one snapshot, on the caller's thread (the window's I/O lane, the command line's
 * own thread); rendering it ({@link ReportWriter}) needs no database.
 */
public record ReportContent(ZonedDateTime generatedAt, ScoringSettings settings, ScoringContext context, Ranking ranking,
        List<OfferReport> offers, List<io.offerbench.app.LeftOutOffer> leftOut, String comparisonComment) {

    public ReportContent {
        offers = List.copyOf(offers);
        leftOut = List.copyOf(leftOut);
        comparisonComment = comparisonComment == null ? "" : comparisonComment;
    }

    /** A report without a comment on the comparison as a whole. */
    public ReportContent(ZonedDateTime generatedAt, ScoringSettings settings, ScoringContext context, Ranking ranking,
            List<OfferReport> offers, List<io.offerbench.app.LeftOutOffer> leftOut) {
        this(generatedAt, settings, context, ranking, offers, leftOut, "");
    }

    /** A report in which every offer could be read. */
    public ReportContent(ZonedDateTime generatedAt, ScoringSettings settings, ScoringContext context, Ranking ranking,
            List<OfferReport> offers) {
        this(generatedAt, settings, context, ranking, offers, List.of());
    }

    /**
     * Reads the database in one snapshot and scores it under the named weight profile, or under the
     * app's active profile when none is named.
     *
     * @throws IllegalArgumentException when no profile has that name (the message lists the ones that exist)
     */
    public static ReportContent gather(Database db, Optional<String> profileName, Clock clock) {
        return db.read(c -> {
            ScoringInputs inputs = ScoringInputs.load(db);
            WeightProfile weights = profileName.map(inputs::profile).orElseGet(inputs::activeProfile);
            return of(inputs, weights, comments(db, inputs.offers()), clock).withComparisonComment(comparisonComment(db));
        });
    }

    /** As {@link #gather(Database, Optional, Clock)}, with weights the user may be editing and has not saved. */
    public static ReportContent gather(Database db, WeightProfile weights, Clock clock) {
        return db.read(c -> {
            ScoringInputs inputs = ScoringInputs.load(db);
            return of(inputs, weights, comments(db, inputs.offers()), clock).withComparisonComment(comparisonComment(db));
        });
    }

    /** Scores {@code inputs} under {@code weights}; {@code comments} by offer id (missing means none). */
    public static ReportContent of(ScoringInputs inputs, WeightProfile weights, Map<Long, List<ReviewComment>> comments, Clock clock) {
        Ranking ranking = inputs.rank(weights);
        ScoringContext ctx = inputs.context();
        List<OfferReport> offers = new ArrayList<>();
        for (OfferScore s : ranking.scores()) {
            Offer o = s.offer();
            // The same projection in the offer's own currency: what the student was actually offered, with the same estimates.
            Optional<PayProjection> own = o.currency().equals(ctx.homeCurrency()) ? Optional.empty()
                    : Optional.of(PayProjector.project(o, ctx.withHomeCurrency(o.currency())));
            offers.add(new OfferReport(s, own, comments.getOrDefault(o.id(), List.of())));
        }
        // Offers that could not be read are named in the report itself, not only on the command line's stderr.
        return new ReportContent(ZonedDateTime.now(clock), inputs.settings(), ctx, ranking, offers, inputs.leftOut());
    }

    public ReportContent withComparisonComment(String comment) {
        return new ReportContent(generatedAt, settings, context, ranking, offers, leftOut, comment);
    }

    private static String comparisonComment(Database db) {
        return db.settings().get(ReviewComment.COMPARISON_SETTING).orElse("").strip();
    }

    private static Map<Long, List<ReviewComment>> comments(Database db, List<Offer> offers) {
        Map<Long, List<ReviewComment>> out = new HashMap<>();
        offers.forEach(o -> out.put(o.id(), db.comments().listByOffer(o.id())));
        return out;
    }

    public WeightProfile weights() {
        return ranking.weights();
    }

    /**
     * The rates that converted something, as "units per US dollar" (USD itself is 1 and not listed):
     * those of the home currency, of each offer's currency and of each cited benchmark's currency.
     * Empty when all of them are USD.
     */
    public List<ExchangeRate> ratesUsed() {
        Set<String> codes = new TreeSet<>();
        codes.add(context.homeCurrency().code());
        for (OfferReport o : offers) {
            codes.add(o.score().offer().currency().code());
            o.score().marketPositions().forEach(m -> m.benchmarkIds().forEach(id -> benchmark(id)
                    .map(Benchmark::currency).ifPresent(c -> codes.add(c.code()))));
        }
        codes.remove(CurrencyCode.USD.code());
        List<ExchangeRate> out = new ArrayList<>();
        codes.forEach(code -> context.currencies().rate(new CurrencyCode(code)).ifPresent(out::add));
        return out;
    }

    /** Every benchmark row by id, hidden ones included, for looking up the ids the scores cite. */
    public Optional<Benchmark> benchmark(String id) {
        return context.benchmarks().stream().filter(b -> b.id().equals(id)).findFirst();
    }
}
