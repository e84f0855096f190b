package io.offerbench.charts;

import io.offerbench.scoring.ScoreComponent;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;

/** Names a score-breakdown segment inside the bar, but only when the segment is wide enough to hold it. */
final class ShortLabels implements CategoryItemLabelGenerator {

    private final ComparedOffers offers;
    private final ChartTexts texts;
    private final double minPoints;

    ShortLabels(ComparedOffers offers, ChartTexts texts, double minPoints) {
        this.offers = offers;
        this.texts = texts;
        this.minPoints = minPoints;
    }

    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
        return dataset.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
        return dataset.getColumnKey(column).toString();
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
        ScoreComponent c = offers.scores().get(column).components().get(row);
        return c.points().doubleValue() < minPoints ? null : texts.get("chart.short." + c.criterion().name());
    }
}
