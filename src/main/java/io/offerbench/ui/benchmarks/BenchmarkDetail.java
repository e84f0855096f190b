package io.offerbench.ui.benchmarks;

import io.offerbench.exchange.SourceDocuments;
import io.offerbench.domain.Benchmark;
import io.offerbench.exchange.BenchmarkWording;
import io.offerbench.ui.common.Messages;

/**
 * What the detail pane says about one row, so a user can trace any figure to its source: the quote
 * in quotation marks, the document file, outlet, dates, caveat and id. The user's own rows have no
 * document and no quote, and say so rather than showing blanks.
 */
record BenchmarkDetail(String subject, String figure, String quote, String document, String outlet, String published,
        String asOfYear, String caveat, String id, String origin) {

    /** Nothing selected, in the language shown now (not the one of the first time this class was used). */
    static BenchmarkDetail none() {
        return new BenchmarkDetail(Messages.get("benchmarks.detail.none"), "", "", "", "", "", "", "", "", "");
    }

    static BenchmarkDetail of(Benchmark b) {
        if (b == null) {
            return none();
        }
        String notGiven = Messages.get("benchmarks.detail.notGiven");
        return new BenchmarkDetail(
                io.offerbench.text.BenchmarkTexts.subject(b),
                BenchmarkWording.figure(b),
                b.quote().isBlank() ? Messages.get("benchmarks.detail.noQuote") : "\u201c" + b.quote() + "\u201d",
                b.isFromDocument() ? SourceDocuments.source(b) : Messages.get("benchmarks.detail.ownRow"),
                b.outlet().isBlank() ? notGiven : b.outlet(),
                b.published().isBlank() ? notGiven : io.offerbench.text.Formats.published(b.published()),
                String.valueOf(b.asOfYear()),
                b.caveat().isBlank() ? Messages.get("benchmarks.detail.noCaveat") : io.offerbench.text.BenchmarkTexts.caveat(b),
                b.id(),
                origin(b));
    }

    static String origin(Benchmark b) {
        String origin = Messages.get(b.isFromDocument() ? "benchmarks.origin.document" : "benchmarks.origin.user");
        return b.hidden() ? Messages.get("benchmarks.origin.hidden", origin) : origin;
    }
}
