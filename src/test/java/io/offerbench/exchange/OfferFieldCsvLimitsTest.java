package io.offerbench.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferField;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CSV file takes its columns and limits from {@link OfferField}: the header is every field's key
 * in order, a whole-number cell at a field's bounds is accepted and one past them refused under that
 * column, and notes as long as the editor allows survive import.
 */
class OfferFieldCsvLimitsTest {

    private static final List<OfferField> WHOLE_NUMBERS = Arrays.stream(OfferField.values())
            .filter(f -> f.kind() == OfferField.Kind.INTEGER || f.kind() == OfferField.Kind.RATING).toList();

    @Test
    void headerIsEveryFieldInOrder() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        OfferCsvExporter.write(List.of(), out);
        String header = out.toString().replace("\uFEFF", "").strip();
        assertThat(header.split(",")).containsExactly(Arrays.stream(OfferField.values()).map(OfferField::key).toArray(String[]::new));
    }

    @Test
    void wholeNumbersAreCheckedAgainstTheFieldsBounds() throws Exception {
        assertThat(WHOLE_NUMBERS).hasSizeGreaterThan(8);
        for (OfferField f : WHOLE_NUMBERS) {
            assertThat(read(f, String.valueOf(f.max()))).as(f.key() + " at its high bound").isNotNull();
            assertThat(read(f, String.valueOf(f.min()))).as(f.key() + " at its low bound").isNotNull();
            CsvImportException refused = catchThrowableOfType(() -> read(f, String.valueOf(f.max() + 1)), CsvImportException.class);
            assertThat(refused).as(f.key() + " past its high bound").isNotNull();
            assertThat(refused.errors()).extracting(CsvProblem::column).containsExactly(f.key());
        }
    }

    @Test
    void notesAsLongAsTheEditorTakesAreImported() throws Exception {
        String notes = "n".repeat(OfferField.NOTES.max());
        assertThat(read(OfferField.NOTES, notes).notes()).hasSize(OfferField.NOTES.max());
        CsvImportException refused = catchThrowableOfType(() -> read(OfferField.NOTES, notes + "n"), CsvImportException.class);
        assertThat(refused.errors()).extracting(CsvProblem::column).containsExactly("notes");
    }

    private static Offer read(OfferField field, String value) throws Exception {
        // A cliff can be as long as the schedule (12 months a year): give it the longest schedule; guaranteed
        // summer months can be as many as the summer months: give it the most.
        String longest = field == OfferField.EQUITY_CLIFF_MONTHS ? "," + OfferField.EQUITY_YEARS.key()
                : field == OfferField.GUARANTEED_SUMMER_MONTHS ? "," + OfferField.SUMMER_MONTHS.key() : "";
        String years = longest.isEmpty() ? "" : "," + (field == OfferField.EQUITY_CLIFF_MONTHS ? OfferField.EQUITY_YEARS.max()
                : OfferField.SUMMER_MONTHS.max());
        String csv = "company,currency,base_salary," + field.key() + longest + "\nAcme,USD,150000," + value + years + "\n";
        return OfferCsvImporter.parse(new StringReader(csv), "offers.csv").offers().get(0);
    }
}
