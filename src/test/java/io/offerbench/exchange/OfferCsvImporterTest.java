package io.offerbench.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.EquityType;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferType;
import io.offerbench.domain.VestingSchedule;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfferCsvImporterTest {

    private static CsvImportResult read(String csv) throws Exception {
        return OfferCsvImporter.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "offers.csv");
    }

    private static List<CsvProblem> refused(String csv) {
        CsvImportException e = catchThrowableOfType(CsvImportException.class, () -> read(csv));
        assertThat(e).as("the file should have been refused").isNotNull();
        return e.errors();
    }

    @Test
    void templateImportsCleanly() throws Exception {
        Path template = Path.of("docs", "import-template.csv");
        CsvImportResult result;
        try (InputStream in = Files.newInputStream(template)) {
            result = OfferCsvImporter.parse(in, "import-template.csv");
        }
        assertThat(result.warnings()).isEmpty();
        assertThat(result.offers()).extracting(Offer::company)
                .containsExactly("Example Frontier Lab", "State University", "Example Beijing Lab");
        Offer lab = result.offers().get(0);
        assertThat(lab.pay().baseSalary()).isEqualByComparingTo("310000");
        assertThat(lab.pay().bonusPercentOfBase()).isEqualByComparingTo("15");
        assertThat(lab.pay().signOnBonus()).isEqualByComparingTo("50000");
        assertThat(lab.equity().type()).isEqualTo(EquityType.PRIVATE_EQUITY);
        assertThat(lab.equity().vesting()).isEqualTo(VestingSchedule.parse("5/15/40/40", 4, 12));
        Offer china = result.offers().get(2);
        assertThat(china.currency()).isEqualTo(CurrencyCode.CNY);
        assertThat(china.type()).isEqualTo(OfferType.NON_US_LAB);
        assertThat(china.deadline()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(china.pay().signOnYears()).isEqualTo(2);
    }

    @Test
    void minimalFileWithBomCrlfQuotesAndEmbeddedNewlines() throws Exception {
        String csv = "\uFEFFCompany,Currency,Base Salary,notes\r\n"
                + "\"Acme, Inc.\",usd,\"$185,000\",\"said \"\"yes\"\"\r\nthen left\"\r\n"
                + "\r\n"
                + "Beta,EUR,95k,\r\n";
        CsvImportResult r = read(csv);
        assertThat(r.offers()).hasSize(2);
        Offer acme = r.offers().get(0);
        assertThat(acme.company()).isEqualTo("Acme, Inc.");
        assertThat(acme.currency()).isEqualTo(CurrencyCode.USD);
        assertThat(acme.pay().baseSalary()).isEqualTo(new BigDecimal("185000"));
        assertThat(acme.notes()).isEqualTo("said \"yes\"\r\nthen left");
        assertThat(r.offers().get(1).pay().baseSalary()).isEqualTo(new BigDecimal("95000"));
    }

    @Test
    void crOnlyNewlinesAndSemicolonsAreUnderstood() throws Exception {
        assertThat(read("company,currency,base_salary\r\"A\",USD,1\rB,USD,2\r").offers()).hasSize(2);
        CsvImportResult semi = read("company;currency;base_salary;annual_bonus\n\"Acme; Paris\";EUR;95000;10%\n");
        assertThat(semi.offers()).singleElement().satisfies(o -> {
            assertThat(o.company()).isEqualTo("Acme; Paris");
            assertThat(o.pay().bonusPercentOfBase()).isEqualByComparingTo("10");
        });
    }

    @Test
    void semicolonFileIsReadButDecimalCommaAmountsAreRefusedWithAdvice() {
        List<CsvProblem> errors = refused("company;currency;base_salary\nAcme;EUR;95.000,00\n");
        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("base_salary");
            assertThat(p.message()).contains("like 95000.00");
        });
    }

    @Test
    void latin1BytesAreRefusedWithTheirLine() {
        byte[] bytes = "company,currency,base_salary\nAcme,EUR,1\nZ\u00fcrich AI,CHF,2\n".getBytes(StandardCharsets.ISO_8859_1);
        CsvImportException e = catchThrowableOfType(CsvImportException.class,
                () -> OfferCsvImporter.parse(new ByteArrayInputStream(bytes), "offers.csv"));
        assertThat(e.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("file is not UTF-8 (this line has characters in another encoding);"
                    + " save it as \"CSV UTF-8\" in your spreadsheet and import it again");
        });
    }

    @Test
    void wrongCellCountsNameLineAndCounts() {
        List<CsvProblem> errors = refused("company,currency,base_salary\nA,USD,1,extra,more\nB,USD\n");
        assertThat(errors).extracting(CsvProblem::toString).containsExactly(
                "line 2: line 2 has 5 cells, the header has 3; check for a missing or extra comma, or put cells"
                        + " containing commas in double quotes",
                "line 3: line 3 has 2 cells, the header has 3; check for a missing or extra comma, or put cells"
                        + " containing commas in double quotes");
    }

    @Test
    void emptyAndHeaderOnlyFiles() {
        assertThat(refused("")).singleElement().extracting(CsvProblem::message).asString().startsWith("the file is empty");
        assertThat(refused("\uFEFF\r\n  \n")).singleElement().extracting(CsvProblem::message).asString()
                .startsWith("the file is empty");
        assertThat(refused("company,currency,base_salary\r\n")).singleElement().extracting(CsvProblem::message)
                .asString().startsWith("no offers found");
    }

    @Test
    void headerProblems() {
        assertThat(refused("company,currency,base_salary,Company\nA,USD,1,B\n")).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo(
                        "column 'Company' appears twice (columns 1 and 4); remove or rename one of them"));
        assertThat(refused("company,base_salary\nA,1\n")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).startsWith("the header has no currency column;");
        });
    }

    @Test
    void blankRequiredCellsAndBadValuesAreAllListedAndNothingIsImported() {
        String csv = "company,currency,base_salary,offer_type,team_fit,deadline\n"
                + "Good Co,USD,150000,big_tech_research,4,2026-12-01\n"
                + " ,,,startup,9,01/02/2026\n"
                + "Other,USD,-5,,,\n";
        List<CsvProblem> errors = refused(csv);
        assertThat(errors).extracting(p -> p.line() + " " + p.column()).containsExactlyInAnyOrder(
                "3 company", "3 currency", "3 base_salary", "3 offer_type", "3 team_fit", "3 deadline", "4 base_salary");
        assertThat(errors).filteredOn(p -> "offer_type".equals(p.column())).singleElement()
                .satisfies(p -> assertThat(p.toString()).isEqualTo("line 3, column 'offer_type': offer_type must be one"
                        + " of frontier_lab, big_tech_research, ai_startup, quant_firm, academia_faculty,"
                        + " academia_postdoc, nonprofit_institute, china_lab, non_us_lab, other (or the words the window shows, such as"
                        + " 'Frontier AI lab'), not 'startup'"));
        assertThat(errors).filteredOn(p -> "team_fit".equals(p.column())).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("team_fit must be between 1 and 5, like 3, not 9"));
    }

    @Test
    void unknownColumnsAreReportedButNotFatal() throws Exception {
        CsvImportResult r = read("company,currency,base_salary,salary_note\nAcme,USD,185k,was 170k\n");
        assertThat(r.offers()).hasSize(1);
        assertThat(r.warnings()).extracting(CsvProblem::toString)
                .containsExactly("line 1, column 'salary_note': unknown column 'salary_note' ignored");
    }

    @Test
    void amountWrittenInAnotherCurrencyIsRefused() {
        assertThat(refused("company,currency,base_salary\nAcme,USD,£60k\n")).singleElement().satisfies(p ->
                assertThat(p.message()).isEqualTo("base_salary is written with '£' but the currency column says USD;"
                        + " enter the amount in USD or change the offer's currency"));
    }

    @Test
    void unclosedQuoteIsRefusedWithALine() {
        List<CsvProblem> errors = refused("company,currency,base_salary\nAcme,USD,1\n\"Broken,USD,2\n");
        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.line()).isGreaterThanOrEqualTo(3);
            assertThat(p.message()).contains("a quoted cell is not closed");
        });
    }

    @Test
    void formulaEscapedTextComesBackWithoutTheQuote() throws Exception {
        CsvImportResult r = read("company,currency,base_salary,notes\n'=Acme,USD,1,'-5% if late\n");
        assertThat(r.offers().get(0).company()).isEqualTo("=Acme");
        assertThat(r.offers().get(0).notes()).isEqualTo("-5% if late");
    }

    @Test
    void equityDefaultsAndScheduleChecks() throws Exception {
        CsvImportResult r = read("company,currency,base_salary,equity_total\nAcme,USD,1,400k\n");
        assertThat(r.offers().get(0).equity().vesting()).isEqualTo(VestingSchedule.even(4, 0));
        assertThat(r.warnings()).singleElement().extracting(CsvProblem::column).isEqualTo("equity_type");
        assertThat(refused("company,currency,base_salary,equity_total,equity_type,equity_years,equity_schedule\n"
                + "Acme,USD,1,400k,public_rsu,3,5/15/40/40\n")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("has 4 yearly shares but equity_years says 3"));
        assertThat(refused("company,currency,base_salary,equity_total,equity_type,equity_schedule\n"
                + "Acme,USD,1,400k,public_rsu,10/10/10/10\n")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("add up to 100").contains("like 5/15/40/40"));
    }
}
