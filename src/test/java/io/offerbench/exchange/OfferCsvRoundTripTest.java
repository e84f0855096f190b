package io.offerbench.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.AcademicTerms;
import io.offerbench.domain.Compensation;
import io.offerbench.domain.ComputeAccess;
import io.offerbench.domain.Criteria;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.EquityGrant;
import io.offerbench.domain.EquityType;
import io.offerbench.domain.Location;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferStatus;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.PublicationPolicy;
import io.offerbench.domain.Seniority;
import io.offerbench.domain.TopicFit;
import io.offerbench.domain.VestingSchedule;
import io.offerbench.domain.VisaSupport;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfferCsvRoundTripTest {

    static Offer frontierLab() {
        return Offer.builder().id(7).company("Frontier AI Inc.").roleTitle("Member of Technical Staff")
                .type(OfferType.FRONTIER_LAB).seniority(Seniority.NEW_GRAD_PHD)
                .location(new Location("San Francisco", "USA", false)).currency(CurrencyCode.USD)
                .pay(new Compensation(new BigDecimal("310000"), null, new BigDecimal("15"), new BigDecimal("50000"), 2,
                        new BigDecimal("10000.50")))
                .equity(new EquityGrant(new BigDecimal("1200000"), EquityType.PRIVATE_EQUITY,
                        VestingSchedule.parse("5/15/40/40", 4, 12), new BigDecimal("100000")))
                .criteria(new Criteria(20, PublicationPolicy.REVIEW_BEFORE_PUBLISHING, ComputeAccess.FRONTIER_SCALE,
                        TopicFit.LLM_GENAI_CORE, 4, 3, 5, 3, 55, 25, VisaSupport.FULL))
                .status(OfferStatus.NEGOTIATING).deadline(LocalDate.of(2026, 12, 1))
                .notes("-5% if I start late; =equity is \"negotiable\", per recruiter\r\nsecond line, with comma")
                .build();
    }

    static Offer facultyOffer() {
        return Offer.builder().company("State University").roleTitle("Assistant Professor")
                .type(OfferType.ACADEMIA_FACULTY).location(new Location("Ann Arbor", "USA", false))
                .currency(CurrencyCode.USD).pay(Compensation.ofBase(new BigDecimal("135000")))
                .academic(new AcademicTerms(new BigDecimal("135000"), 2, new BigDecimal("900000"), 3, new BigDecimal("1.5")))
                .criteria(new Criteria(90, PublicationPolicy.OPEN, ComputeAccess.MODEST, TopicFit.OTHER_IN_DEMAND,
                        5, 4, 1, 5, 50, 10, VisaSupport.PARTIAL))
                .notes("@dean: start-up covers two students").build();
    }

    static Offer chinaLab() {
        return Offer.builder().company("北京智能实验室").roleTitle("研究员").type(OfferType.NON_US_LAB)
                .location(new Location("北京", "中国", true)).currency(CurrencyCode.CNY)
                .pay(new Compensation(new BigDecimal("1500000"), new BigDecimal("300000.00"), null, new BigDecimal("200000"),
                        1, null))
                .equity(new EquityGrant(new BigDecimal("800000"), EquityType.PUBLIC_RSU, VestingSchedule.even(4, 0), null))
                .status(OfferStatus.CONSIDERING).notes("'=quoted already").build();
    }

    @Test
    void exportThenImportGivesEqualOffersApartFromId() throws Exception {
        List<Offer> offers = List.of(frontierLab(), facultyOffer(), chinaLab());
        StringWriter out = new StringWriter();
        OfferCsvExporter.write(offers, out);

        CsvImportResult back = OfferCsvImporter.parse(new StringReader(out.toString()), "offers.csv");

        assertThat(back.offers()).containsExactly(offers.get(0).withId(0), offers.get(1), offers.get(2));
        assertThat(back.warnings()).isEmpty();
    }

    @Test
    void exportedFileProtectsCellsFromSpreadsheetFormulas() throws Exception {
        StringWriter out = new StringWriter();
        OfferCsvExporter.write(List.of(frontierLab(), facultyOffer(), chinaLab()), out);
        String csv = out.toString();

        assertThat(csv).startsWith("\uFEFFcompany,role,offer_type,");
        assertThat(csv).contains(",\"'-5% if I start late;").contains(",'@dean: start-up covers two students")
                .contains(",''=quoted already");
        assertThat(csv).contains(",5/15/40/40,").contains(",private_options,4,12,").contains(",15%,");
    }

    @Test
    void formulaGuardEscapesAndRestoresExactly() {
        for (String cell : List.of("=1+1", "+1", "-5", "@SUM(A1)", "\tx", "\rx", "'=x", "''@y", "plain", "'plain", "")) {
            assertThat(FormulaGuard.unescape(FormulaGuard.escape(cell))).isEqualTo(cell);
        }
        assertThat(FormulaGuard.escape("=1+1")).isEqualTo("'=1+1");
        assertThat(FormulaGuard.escape("+1")).isEqualTo("'+1");
        assertThat(FormulaGuard.escape("-5")).isEqualTo("'-5");
        assertThat(FormulaGuard.escape("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FormulaGuard.escape("'plain")).isEqualTo("'plain");
    }
}
