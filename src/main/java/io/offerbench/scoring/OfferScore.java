package io.offerbench.scoring;

import io.offerbench.domain.Criterion;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Money;
import io.offerbench.domain.Offer;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the table, charts, report and CLI show about one offer, computed once.
 *
 * @param rank            1 = best; equal totals share a rank
 * @param total           0-100, exactly the sum of the components' points
 * @param components      one per criterion, in {@link Criterion} order
 * @param pay             the pay projection used for scoring (with estimates applied when switched on)
 * @param marketPositions year-1 total, and base / sign-on where benchmarks exist (nominal pay)
 * @param hints           negotiation hints, possibly none
 */
public record OfferScore(Offer offer, int rank, BigDecimal total, List<ScoreComponent> components, PayProjection pay,
        List<MarketPosition> marketPositions, List<NegotiationHint> hints) {

    public OfferScore {
        components = List.copyOf(components);
        marketPositions = List.copyOf(marketPositions);
        hints = List.copyOf(hints);
    }

    /** The headline market position (year-1 total, else base). */
    public MarketPosition market() {
        return MarketAnalyzer.primary(marketPositions);
    }

    /** Criterion code to points, in criterion order: the score breakdown bars and the CLI's "components". */
    public Map<String, BigDecimal> componentPoints() {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        components.forEach(c -> out.put(c.criterion().code(), c.points()));
        return out;
    }

    /** Raw 0-100 score per criterion: the radar chart. */
    public Map<Criterion, BigDecimal> rawScores() {
        Map<Criterion, BigDecimal> out = new EnumMap<>(Criterion.class);
        components.forEach(c -> out.put(c.criterion(), c.rawScore()));
        return out;
    }

    /** Raw scores of the criteria the user answered (blanks left out): what the total weighs. */
    public Map<Criterion, BigDecimal> answeredRawScores() {
        Map<Criterion, BigDecimal> out = new EnumMap<>(Criterion.class);
        components.stream().filter(ScoreComponent::entered).forEach(c -> out.put(c.criterion(), c.rawScore()));
        return out;
    }

    /**
     * The share of the profile's weight this offer's answers cover, 0-1 (4 decimals): 1 when every
     * criterion with a weight that applies to the offer is answered (a criterion that does not apply,
     * such as teaching load for an industry offer, is no missing answer). Shown beside every score.
     */
    public BigDecimal completeness() {
        BigDecimal all = BigDecimal.ZERO;
        BigDecimal answered = BigDecimal.ZERO;
        for (ScoreComponent c : components) {
            if (!c.applicable()) {
                continue;
            }
            all = all.add(c.weight());
            if (c.entered()) {
                answered = answered.add(c.weight());
            }
        }
        return all.signum() == 0 ? BigDecimal.ONE.setScale(4)
                : answered.divide(all, 4, java.math.RoundingMode.HALF_UP);
    }

    /** Value over 1, 2 and 4 years (see {@link PayProjection#valueOver}). */
    public Map<Integer, Money> valueByTenure() {
        return pay.valueByTenure();
    }

    public ScoreComponent component(Criterion c) {
        return components.stream().filter(x -> x.criterion() == c).findFirst().orElseThrow();
    }

    public Money year1Total() {
        return pay.year1Total();
    }

    public Money annualAverage() {
        return pay.annualAverage();
    }

    public Money steadyStateAnnual() {
        return pay.steadyStateAnnual();
    }

    public CurrencyCode currency() {
        return pay.currency();
    }

    OfferScore withRank(int r) {
        return new OfferScore(offer, r, total, components, pay, marketPositions, hints);
    }
}
