package io.offerbench.ui.ranking;

import io.offerbench.exchange.negotiation.NegotiationWords;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoringContext;
import io.offerbench.scoring.negotiation.CompetingOffers;
import io.offerbench.scoring.negotiation.CounterOfferSolver;
import io.offerbench.ui.common.Messages;
import io.offerbench.charts.ChartStyle;
import io.offerbench.charts.ChartTexts;
import io.offerbench.charts.RankAcceptabilityChart;
import io.offerbench.domain.Offer;
import io.offerbench.scoring.negotiation.AcceptabilityInputs;
import io.offerbench.scoring.negotiation.RankAcceptability;
import io.offerbench.scoring.negotiation.RankAcceptabilityModel;
import io.offerbench.scoring.negotiation.WeightCertainty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import io.offerbench.ui.tasks.Lane;
import io.offerbench.ui.tasks.Tasks;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.jfree.chart.JFreeChart;

/**
 * The negotiation parts of the Ranking tab: what the selected offer would need to lead, and how sure
 * the ranking is. Both take real work (dozens of rescorings; ten thousand sampled weightings),  so they
 * run on the compute lane; a result for an offer or ranking no longer on screen is dropped (generation
 * counters), and a queued weighing is skipped when a newer one follows, so a fast slider never shows
 * stale figures nor builds up a queue.
 */
public final class NegotiationViewModel {

    private final Executor background;
    private final Executor fx;
    private final Supplier<ScoringContext> context;
    private final ReadOnlyObjectWrapper<List<String>> targets = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Acceptability> acceptability = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<WeightCertainty> certainty = new SimpleObjectProperty<>(WeightCertainty.SURE);
    private final ObjectProperty<ChartStyle> chartStyle = new SimpleObjectProperty<>(ChartStyle.light());
    private final ChartTexts chartTexts = ChartTexts.standard();
    /** Each offer's raw rows under one context; touched only on the compute lane. */
    private final Map<Offer, double[][]> rows = new HashMap<>();
    private ScoringContext rowsContext;
    private Ranking ranking;
    private volatile long generation;
    private volatile long acceptabilityGeneration;

    /** Work runs on the compute lane beside rankings and charts; results come back on the FX thread. */
    public NegotiationViewModel(Supplier<ScoringContext> context, Tasks tasks) {
        this(context, work -> tasks.run(Lane.COMPUTE, () -> {
            work.run();
            return null;
        }, done -> { }, failed -> { }), tasks::onFx);
    }

    NegotiationViewModel(Supplier<ScoringContext> context, Executor background, Executor fx) {
        this.context = context;
        this.background = background;
        this.fx = fx;
        certainty.addListener((o, a, b) -> weigh());
        chartStyle.addListener((o, a, b) -> weigh());
    }

    /** The rank-acceptability table, its sentence, note and chart; null until computed or with fewer than two offers. */
    public ReadOnlyObjectProperty<Acceptability> acceptabilityProperty() {
        return acceptability.getReadOnlyProperty();
    }

    /** How sure the user says they are of their weights: how widely the sampled weightings spread. */
    public ObjectProperty<WeightCertainty> certaintyProperty() {
        return certainty;
    }

    public ObjectProperty<ChartStyle> chartStyleProperty() {
        return chartStyle;
    }

    /** Call on the FX thread with each new ranking. */
    public void rankingChanged(Ranking newRanking) {
        ranking = newRanking;
        weigh();
    }

    private void weigh() {
        long mine = ++acceptabilityGeneration;
        Ranking r = ranking;
        ScoringContext ctx = context.get();
        if (r == null || ctx == null || r.scores().size() < 2) {
            acceptability.set(null);
            return;
        }
        WeightCertainty sure = certainty.get();
        ChartStyle style = chartStyle.get();
        background.execute(() -> {
            if (mine != acceptabilityGeneration) {
                return; // a newer request is queued behind this one
            }
            Acceptability result;
            try {
                if (!ctx.equals(rowsContext)) {
                    rows.clear();
                    rowsContext = ctx;
                }
                RankAcceptability table = RankAcceptabilityModel.compute(AcceptabilityInputs.of(r, ctx, rows), r.weights(), sure);
                List<String> regions = NegotiationWords.regions(r);
                result = new Acceptability(table, NegotiationWords.acceptability(table), NegotiationWords.acceptabilityModel(table),
                        RankAcceptabilityChart.build(table, style, chartTexts),
                        regions.isEmpty() ? List.of(Messages.get("negotiation.regions.none")) : regions);
            } catch (RuntimeException e) {
                result = null;
            }
            Acceptability done = result;
            fx.execute(() -> {
                if (mine == acceptabilityGeneration) {
                    acceptability.set(done);
                }
            });
        });
    }

    /** What the Ranking tab shows about how sure the ranking is. */
    public record Acceptability(RankAcceptability table, String sentence, String model, JFreeChart chart, List<String> regions) {
    }

    /** Sentences for the selected offer's counter-offer targets; empty while there is nothing to say. */
    public ReadOnlyObjectProperty<List<String>> targetsProperty() {
        return targets.getReadOnlyProperty();
    }

    /** Call on the FX thread whenever the selected score or the ranking changes. */
    public void show(OfferScore selected, Ranking ranking) {
        long mine = ++generation;
        ScoringContext ctx = context.get();
        if (selected == null || ranking == null || ctx == null || ranking.scores().size() < 2
                || !ranking.scores().contains(selected)) {
            targets.set(List.of());
            return;
        }
        targets.set(List.of(Messages.get("negotiation.targets.working")));
        background.execute(() -> {
            if (mine != generation) {
                return; // the user has moved on; a newer request is queued behind this one
            }
            List<String> lines;
            try {
                List<String> found = new java.util.ArrayList<>(NegotiationWords.targets(CounterOfferSolver.solve(selected, ranking, ctx)));
                CompetingOffers.forOffer(selected, ranking, ctx).forEach(c -> found.add(NegotiationWords.competing(c)));
                NegotiationWords.lead(selected, ranking).ifPresent(found::add);
                lines = found;
            } catch (RuntimeException e) {
                lines = List.of();
            }
            List<String> done = lines;
            fx.execute(() -> {
                if (mine == generation) {
                    targets.set(done);
                }
            });
        });
    }

}
