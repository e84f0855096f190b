package io.offerbench.exchange.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** Writes one {@link Block} as HTML; figures are drawn here, one progress step each. */
final class HtmlBlocks {

    private final Writer w;
    private final int charts;
    private final Steps steps;

    HtmlBlocks(Writer w, int charts, Steps steps) {
        this.w = w;
        this.charts = charts;
        this.steps = steps;
    }

    void write(Block block) throws IOException {
        // Java 17: no pattern matching for switch yet, so an instanceof chain over the sealed types.
        if (block instanceof Block.Heading h) {
            w.write("<h" + h.level() + ">" + Html.escape(h.text()) + "</h" + h.level() + ">\n");
        } else if (block instanceof Block.Paragraph p) {
            paragraph(p);
        } else if (block instanceof Block.Facts f) {
            facts(f);
        } else if (block instanceof Block.Table t) {
            table(t);
        } else if (block instanceof Block.Bullets b) {
            w.write("<ul>\n");
            for (String item : b.items()) {
                w.write("<li>" + Html.escape(item) + "</li>\n");
            }
            w.write("</ul>\n");
        } else if (block instanceof Block.Quote q) {
            w.write("<blockquote class=\"quote\">\u201c" + Html.escape(q.text()) + "\u201d</blockquote>\n");
        } else if (block instanceof Block.Comment c) {
            w.write("<div class=\"comment\">\n<p class=\"byline\">" + Html.escape(c.byline())
                    + "</p>\n<p class=\"user\" dir=\"auto\">" + Html.escape(c.body()) + "</p>\n</div>\n");
        } else if (block instanceof Block.Figure f) {
            figure(f);
        } else if (block instanceof Block.Drawing d) {
            w.write("<figure id=\"" + d.id() + "\" class=\"chart\">\n");
            w.write(SvgFigure.svg(d.chart().apply(Html::clean), d.id(), new java.awt.Dimension(d.width(), d.height()), d.caption()));
            w.write("\n<figcaption>" + Html.escape(d.caption()) + "</figcaption>\n</figure>\n");
        } else {
            throw new IllegalArgumentException("No HTML for " + block.getClass().getSimpleName());
        }
    }

    private void paragraph(Block.Paragraph p) throws IOException {
        switch (p.tone()) {
            case PLAIN -> w.write("<p>" + Html.escape(p.text()) + "</p>\n");
            case MUTED -> w.write("<p class=\"muted\">" + Html.escape(p.text()) + "</p>\n");
            case WARNING -> w.write("<p class=\"warning\">" + Html.escape(p.text()) + "</p>\n");
            case USER -> w.write("<p class=\"user\" dir=\"auto\">" + Html.escape(p.text()) + "</p>\n");
        }
    }

    private void facts(Block.Facts f) throws IOException {
        w.write("<dl class=\"facts\">\n");
        for (Block.Fact fact : f.facts()) {
            w.write("<dt>" + Html.escape(fact.label()) + "</dt><dd>" + Html.lines(fact.value()) + "</dd>\n");
        }
        w.write("</dl>\n");
    }

    private void table(Block.Table t) throws IOException {
        // The same relative column widths as the PDF, so a long explanation never squeezes the criterion to a letter a line.
        double sum = t.columns().stream().mapToDouble(Block.Column::width).sum();
        w.write("<table>\n<colgroup>");
        for (Block.Column c : t.columns()) {
            w.write(String.format(Locale.ROOT, "<col style=\"width:%.1f%%\">", 100 * c.width() / sum));
        }
        w.write("</colgroup>\n<thead><tr>");
        for (Block.Column c : t.columns()) {
            w.write("<th" + (c.numeric() ? " class=\"num\"" : "") + ">" + Html.escape(c.title()) + "</th>");
        }
        w.write("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < t.rows().size(); r++) {
            boolean total = t.totalRow() && r == t.rows().size() - 1;
            w.write(total ? "<tr class=\"total\">" : "<tr>");
            for (int i = 0; i < t.columns().size(); i++) {
                w.write("<td" + (t.columns().get(i).numeric() ? " class=\"num\"" : "") + ">" + Html.escape(t.rows().get(r).get(i)) + "</td>");
            }
            w.write("</tr>\n");
        }
        w.write("</tbody>\n</table>\n");
    }

    private void figure(Block.Figure f) throws IOException {
        w.write("<figure id=\"" + f.id() + "\" class=\"chart\" data-chart=\"" + f.kind().fileName() + "\">\n");
        w.write(SvgFigure.svg(f));
        w.write("\n<figcaption>" + Html.escape(f.caption()) + "</figcaption>\n</figure>\n");
        steps.done(Steps.chart(f, charts));
    }
}
