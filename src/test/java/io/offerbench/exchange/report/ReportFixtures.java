package io.offerbench.exchange.report;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.offerbench.domain.Offer;
import io.offerbench.store.Database;
import io.offerbench.domain.ReviewComment;
import io.offerbench.testing.SampleDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The sample offers with a comment from each side, and ways to read back what a report file shows. */
final class ReportFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T10:00:00Z"), ZoneOffset.UTC);
    static final String ADVISOR_COMMENT = "Ask for more base; the equity is illiquid.";
    static final String STUDENT_COMMENT = "Agreed, I will ask the recruiter on Monday.";

    private ReportFixtures() {
    }

    /** The five sample offers (each with notes), an advisor's and a student's comment on the first one saved. */
    static Path sampleWithComments(Path dir) throws Exception {
        Path file = dir.resolve("sample.db");
        List<Offer> offers = SampleDatabase.create(file);
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            long id = offers.get(0).id();
            db.comments().add(new ReviewComment(0, id, "Prof. Ada", io.offerbench.domain.ReviewRole.ADVISOR, ADVISOR_COMMENT, Instant.parse("2026-01-15T09:30:00Z")));
            db.comments().add(new ReviewComment(0, id, "Sam", io.offerbench.domain.ReviewRole.STUDENT, STUDENT_COMMENT, Instant.parse("2026-01-16T18:00:00Z")));
        }
        return file;
    }

    static ReportContent content(Path dbFile) throws Exception {
        return content(dbFile, CLOCK);
    }

    static ReportContent content(Path dbFile, Clock clock) throws Exception {
        try (Database db = Database.open(dbFile, Clock.systemDefaultZone())) {
            return ReportContent.gather(db, Optional.empty(), clock);
        }
    }

    static String html(ReportContent content, Path file) throws Exception {
        ReportWriter.write(content, file, ReportFormat.HTML, ReportProgress.NONE);
        return Files.readString(file);
    }

    /** Every page's text, pages in order, as the PDF's own text layer gives it. */
    static List<String> pdfPages(Path pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                pages.add(extractor.getTextFromPage(p));
            }
            return pages;
        } finally {
            reader.close();
        }
    }

    /** All the text with line breaks and runs of spaces as single spaces, so wrapped cells read as one line. */
    static String pdfText(Path pdf) throws Exception {
        return oneLine(String.join(" ", pdfPages(pdf)));
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    /** Form XObjects (templates) placed on the pages: the report draws each chart as one. */
    static int formXObjects(Path pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            int forms = 0;
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                PdfDictionary resources = reader.getPageN(p).getAsDict(PdfName.RESOURCES);
                PdfDictionary xobjects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
                if (xobjects == null) {
                    continue;
                }
                for (PdfName key : xobjects.getKeys()) {
                    PdfObject o = PdfReader.getPdfObject(xobjects.get(key));
                    if (o instanceof PdfDictionary d && PdfName.FORM.equals(d.getAsName(PdfName.SUBTYPE))) {
                        forms++;
                    }
                }
            }
            return forms;
        } finally {
            reader.close();
        }
    }
}
