package io.offerbench.exchange.report;

import io.offerbench.text.Texts;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The report as one self-contained HTML file: inline CSS, inline SVG charts, no script, and a
 * content security policy that forbids loading anything, so opening it never touches the network.
 * Every piece of user text goes through {@link Html#escape}.
 */
final class HtmlReport {

    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private HtmlReport() {
    }

    static void write(ReportDocument doc, OutputStream out, Steps steps) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write("<!DOCTYPE html>\n<html lang=\"" + Texts.language().code() + "\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.write("<meta name=\"generator\" content=\"OfferBench\">\n");
        w.write("<title>" + Html.escape(ReportWords.text("htmlTitle", doc.title())) + "</title>\n");
        w.write("<style>\n" + css() + "</style>\n</head>\n<body>\n");
        w.write("<header class=\"report-header\">\n<h1>" + Html.escape(doc.title()) + "</h1>\n<p class=\"subtitle\">"
                + Html.escape(doc.subtitle()) + "</p>\n");
        contents(doc, w);
        w.write("</header>\n<main>\n");
        HtmlBlocks blocks = new HtmlBlocks(w, doc.figures(), steps);
        for (ReportSection s : doc.sections()) {
            w.write("<section id=\"" + Html.escape(s.id()) + "\" class=\"" + (s.newPage() ? "section new-page" : "section") + "\">\n");
            w.write("<h2>" + Html.escape(s.title()) + "</h2>\n");
            for (Block b : s.blocks()) {
                blocks.write(b);
            }
            w.write("</section>\n");
            steps.done(s.progress());
        }
        w.write("</main>\n<footer class=\"report-footer\">" + Html.escape(doc.footer()) + "</footer>\n</body>\n</html>\n");
        w.flush();
    }

    private static void contents(ReportDocument doc, Writer w) throws IOException {
        w.write("<nav class=\"contents\" aria-label=\"" + Html.escape(ReportWords.text("contents")) + "\">\n<ul>\n");
        for (ReportSection s : doc.sections()) {
            w.write("<li><a href=\"#" + Html.escape(s.id()) + "\">" + Html.escape(s.title()) + "</a></li>\n");
        }
        w.write("</ul>\n</nav>\n");
    }

    private static String css() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
