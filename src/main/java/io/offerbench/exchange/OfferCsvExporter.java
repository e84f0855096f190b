package io.offerbench.exchange;

import io.offerbench.domain.AcademicTerms;
import io.offerbench.domain.Bonus;
import io.offerbench.domain.Coded;
import io.offerbench.domain.EquityGrant;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferField;
import io.offerbench.domain.VestingSchedule;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes offers as CSV in the columns {@link OfferCsvImporter} reads, so export then import gives
 * equal offers (apart from the id, which is not exported). Details a reviewer should know:
 * <ul>
 *   <li>The file starts with a UTF-8 BOM and uses CRLF line ends, which is what makes Excel open
 *       accented names correctly; the importer ignores the BOM.</li>
 *   <li>Cells that a spreadsheet would run as formulas are written with a leading quote
 *       ({@link FormulaGuard}); the importer strips exactly that quote again.</li>
 *   <li>Amounts are written plainly (185000.50, no grouping) with the scale they have; an amount with
 *       more than two decimals, which no form or import can produce, is rounded to cents.</li>
 *   <li>Empty equity and academic terms are written as empty cells rather than zeros.</li>
 * </ul>
 */
public final class OfferCsvExporter {

    private OfferCsvExporter() {
    }

    public static void write(List<Offer> offers, Writer out) throws IOException {
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build();
        CSVPrinter printer = new CSVPrinter(out, format);
        List<String> header = new ArrayList<>();
        for (OfferField f : OfferField.values()) {
            header.add(f.key());
        }
        printer.printRecord(header);
        for (Offer o : offers) {
            printer.printRecord(row(o).stream().map(FormulaGuard::escape).collect(Collectors.toList()));
        }
        printer.flush();
    }

    private static List<String> row(Offer o) {
        boolean noEquity = o.equity().equals(EquityGrant.none());
        boolean noAcademic = o.academic().equals(AcademicTerms.none());
        List<String> r = new ArrayList<>();
        for (OfferField f : OfferField.values()) {
            boolean empty = (f.section() == OfferField.Section.EQUITY && noEquity)
                    || (f.section() == OfferField.Section.ACADEMIC && noAcademic);
            r.add(empty ? "" : cell(f, f.read(o)));
        }
        return r;
    }

    /** One cell, written the way the importer reads that kind of field back. */
    private static String cell(OfferField f, Object v) {
        if (v == null) {
            return "";
        }
        return switch (f.kind()) {
            case TEXT, MULTILINE_TEXT, INTEGER, PERCENT, RATING, DATE, CURRENCY -> v.toString();
            case CODE -> ((Coded) v).code();
            case AMOUNT, DECIMAL -> plain((BigDecimal) v);
            case BONUS -> bonus((Bonus) v);
            case YES_NO -> Boolean.TRUE.equals(v) ? "yes" : "no";
            case SCHEDULE -> schedule((VestingSchedule) v);
        };
    }

    private static String bonus(Bonus bonus) {
        return bonus.percentOfBase() != null ? plain(bonus.percentOfBase()) + "%" : plain(bonus.amount());
    }

    /** "even" only when it is exactly what the importer rebuilds from "even", else the shares as written. */
    private static String schedule(VestingSchedule v) {
        if (v.equals(VestingSchedule.even(v.years(), v.cliffMonths()))) {
            return "even";
        }
        return v.yearlyPercents().stream().map(BigDecimal::toPlainString).collect(Collectors.joining("/"));
    }

    private static String plain(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal a = amount;
        if (a.scale() > 2) {
            a = a.stripTrailingZeros();
            a = a.scale() > 2 ? a.setScale(2, RoundingMode.HALF_EVEN) : a;
        }
        return (a.scale() < 0 ? a.setScale(0) : a).toPlainString();
    }

}
