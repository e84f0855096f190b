package io.offerbench.exchange;

import io.offerbench.domain.AcademicTerms;
import io.offerbench.domain.Coded;
import io.offerbench.domain.Compensation;
import io.offerbench.domain.Criteria;
import io.offerbench.domain.EquityGrant;
import io.offerbench.domain.Offer;
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
        for (OfferCsvColumn c : OfferCsvColumn.values()) {
            header.add(c.header());
        }
        printer.printRecord(header);
        for (Offer o : offers) {
            printer.printRecord(row(o).stream().map(FormulaGuard::escape).collect(Collectors.toList()));
        }
        printer.flush();
    }

    private static List<String> row(Offer o) {
        Compensation pay = o.pay();
        EquityGrant eq = o.equity();
        boolean noEquity = eq.equals(EquityGrant.none());
        AcademicTerms ac = o.academic();
        boolean noAcademic = ac.equals(AcademicTerms.none());
        Criteria cr = o.criteria();
        List<String> r = new ArrayList<>();
        for (OfferCsvColumn c : OfferCsvColumn.values()) {
            r.add(switch (c) {
                case COMPANY -> o.company();
                case ROLE -> o.roleTitle();
                case OFFER_TYPE -> code(o.type());
                case SENIORITY -> code(o.seniority());
                case CITY -> o.location().city();
                case COUNTRY -> o.location().country();
                case REMOTE -> o.location().remote() ? "yes" : "no";
                case CURRENCY -> o.currency().code();
                case BASE_SALARY -> plain(pay.baseSalary());
                case ANNUAL_BONUS -> pay.bonusPercentOfBase() != null ? plain(pay.bonusPercentOfBase()) + "%"
                        : plain(pay.bonusAmount());
                case SIGN_ON_BONUS -> plain(pay.signOnBonus());
                case SIGN_ON_YEARS -> String.valueOf(pay.signOnYears());
                case RELOCATION -> plain(pay.relocation());
                case EQUITY_TOTAL -> noEquity ? "" : plain(eq.grantValue());
                case EQUITY_TYPE -> noEquity ? "" : code(eq.type());
                case EQUITY_YEARS -> noEquity ? "" : String.valueOf(eq.vesting().years());
                case EQUITY_CLIFF_MONTHS -> noEquity ? "" : String.valueOf(eq.vesting().cliffMonths());
                case EQUITY_SCHEDULE -> noEquity ? "" : schedule(eq.vesting());
                case EQUITY_REFRESHER -> noEquity ? "" : plain(eq.annualRefresher());
                case NINE_MONTH_SALARY -> noAcademic ? "" : plain(ac.nineMonthSalary());
                case SUMMER_MONTHS -> noAcademic ? "" : String.valueOf(ac.summerMonths());
                case STARTUP_PACKAGE -> noAcademic ? "" : plain(ac.startupPackage());
                case STARTUP_YEARS -> noAcademic ? "" : String.valueOf(ac.startupYears());
                case TEACHING_COURSES_PER_YEAR -> noAcademic ? "" : plain(ac.teachingCoursesPerYear());
                case RESEARCH_FREEDOM -> number(cr.researchFreedomPercent());
                case PUBLICATION_POLICY -> code(cr.publicationPolicy());
                case COMPUTE_ACCESS -> code(cr.computeAccess());
                case TOPIC_FIT -> code(cr.topicFit());
                case TEAM_FIT -> number(cr.teamFit());
                case ROLE_CLARITY -> number(cr.roleClarity());
                case PRODUCT_CLOSENESS -> number(cr.productCloseness());
                case STABILITY -> number(cr.stability());
                case HOURS_PER_WEEK -> number(cr.hoursPerWeek());
                case COMMUTE_MINUTES -> number(cr.commuteMinutes());
                case VISA_SUPPORT -> code(cr.visaSupport());
                case STATUS -> code(o.status());
                case DEADLINE -> o.deadline() == null ? "" : o.deadline().toString();
                case NOTES -> o.notes();
            });
        }
        return r;
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

    private static String number(Integer i) {
        return i == null ? "" : i.toString();
    }

    private static String code(Coded c) {
        return c == null ? "" : c.code();
    }
}
