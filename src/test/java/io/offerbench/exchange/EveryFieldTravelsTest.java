package io.offerbench.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.EveryFieldOffer;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferField;
import io.offerbench.store.Database;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An offer with a value in every {@link OfferField} comes back equal from each road an offer takes: the database
 * (close and reopen), a CSV export and import, and a comparison file written and read. A field that one of them
 * forgets fails here by name, so adding a field is only the record, the migration, the constant and the editor's row
 * (docs/architecture.md, "Adding an offer field"); the roads themselves go over {@code OfferField} and need no edit.
 */
class EveryFieldTravelsTest {

    @TempDir
    Path dir;

    private final Offer offer = EveryFieldOffer.offer(0);

    @Test
    void theDatabaseKeepsEveryField() throws Exception {
        Path file = dir.resolve("every-field.db");
        long id;
        try (Database db = SharingFixtures.open(file)) {
            id = db.offers().save(offer).id();
        }
        try (Database db = SharingFixtures.open(file)) {
            assertSameFields(db.offers().find(id).orElseThrow(), offer);
        }
    }

    @Test
    void aCsvExportAndImportKeepsEveryField() throws Exception {
        StringWriter out = new StringWriter();
        OfferCsvExporter.write(List.of(offer), out);

        CsvImportResult back = OfferCsvImporter.parse(new StringReader(out.toString()), "every-field.csv");

        assertThat(back.warnings()).isEmpty();
        assertThat(back.offers()).hasSize(1);
        assertSameFields(back.offers().get(0), offer);
    }

    @Test
    void aComparisonFileKeepsEveryField() throws Exception {
        Comparison written;
        try (Database db = SharingFixtures.open(dir.resolve("student.db"))) {
            db.offers().save(offer);
            written = ComparisonSnapshot.of(db);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ComparisonJson.write(written, SharingFixtures.EXPORTED_AT, "OfferBench test", bytes);

        Comparison read = ComparisonJson.read(new ByteArrayInputStream(bytes.toByteArray()), "every-field.offerbench.json");

        assertThat(read.offers()).hasSize(1);
        assertSameFields(read.offers().get(0).offer(), offer);
    }

    /** Field by field first, so a failure names the field; then the whole record, which also compares scales. */
    private static void assertSameFields(Offer back, Offer sent) {
        for (OfferField f : OfferField.values()) {
            assertThat(f.read(back)).as("%s (%s)", f, f.key()).isEqualTo(f.read(sent));
        }
        assertThat(back.withId(0)).isEqualTo(sent.withId(0));
    }
}
