package io.offerbench.charts;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Money;
import io.offerbench.scoring.MoneyFormat;
import java.math.BigDecimal;
import org.jfree.chart.axis.CategoryAxis;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/** Money on axes and in tooltips, written the way the rest of the app writes it ("$480,000", "CNY 1,540,000"). */
public final class ChartFormats {

    private ChartFormats() {
    }

    /** Tick labels for a money axis in the home currency, whole units with thousands separators. */
    public static NumberFormat moneyAxis(CurrencyCode currency) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        String prefix = "USD".equals(currency.code()) ? "$" : currency.code() + " ";
        f.setPositivePrefix(prefix);
        f.setNegativePrefix("-" + prefix);
        return f;
    }

    public static String money(double amount, CurrencyCode currency) {
        return MoneyFormat.format(new Money(BigDecimal.valueOf(amount), currency));
    }

    public static String money(Money m) {
        return MoneyFormat.format(m);
    }

    /** Money becomes a double only here, at the edge where it is plotted. */
    public static double plot(Money m) {
        return m.amount().doubleValue();
    }

    public static String points(Number n) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.US)).format(n);
    }

    /**
     * The axis naming the offers in a horizontal chart: up to two lines and a third of the width, so
     * "Northwind Research — Research Scientist" is wrapped rather than cut.
     */
    public static CategoryAxis offerAxis() {
        CategoryAxis axis = new CategoryAxis(null);
        axis.setMaximumCategoryLabelLines(2);
        axis.setMaximumCategoryLabelWidthRatio(0.3f);
        return axis;
    }
}
