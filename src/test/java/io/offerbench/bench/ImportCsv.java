package io.offerbench.bench;

import io.offerbench.exchange.OfferCsvExporter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * The CSV file the import benchmark reads: generated offers written by OfferBench's own CSV export
 * (UTF-8 with BOM, CRLF, every column), the same shape a spreadsheet saved from the import template has.
 */
public final class ImportCsv {

    public static final int ROWS = 1000;
    public static final String NAME = "offers-1000.csv";

    private ImportCsv() {
    }

    public static byte[] bytes(int rows) throws Exception {
        StringWriter out = new StringWriter();
        OfferCsvExporter.write(OfferVariants.offers(rows), out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
