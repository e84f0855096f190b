package io.offerbench.exchange.report;

import io.offerbench.charts.ChartKind;
import io.offerbench.charts.ComparedOffers;
import java.util.List;

/**
 * One piece of a report, independent of the format. The sections decide what the report says as
 * blocks; the HTML and PDF renderers only decide how a block looks, so both formats always hold the
 * same facts.
 */
sealed interface Block {

    /** How a paragraph reads: plain; a quiet note; a warning; or text a person typed (line breaks kept, any direction). */
    enum Tone { PLAIN, MUTED, WARNING, USER }

    /** A heading below the section title; {@code level} 3 or 4. */
    record Heading(int level, String text) implements Block {
    }

    record Paragraph(String text, Tone tone) implements Block {
        static Paragraph plain(String text) {
            return new Paragraph(text, Tone.PLAIN);
        }

        static Paragraph muted(String text) {
            return new Paragraph(text, Tone.MUTED);
        }
    }

    /** Label–value pairs ("Location: Mountain View, United States"). */
    record Facts(List<Fact> facts) implements Block {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    record Fact(String label, String value) {
    }

    /**
     * A table; {@code numeric} columns are right-aligned. With {@code totalRow} the last row is a sum
     * and is set apart.
     */
    record Table(List<Column> columns, List<List<String>> rows, boolean totalRow) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A column's title, alignment, and its share of the width relative to the others. */
    record Column(String title, boolean numeric, float width) {
        static Column text(String title, float width) {
            return new Column(title, false, width);
        }

        static Column number(String title, float width) {
            return new Column(title, true, width);
        }
    }

    record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** A verbatim quotation from a source document. */
    record Quote(String text) implements Block {
    }

    /** A review comment: who wrote it, as what, when, and what they wrote. */
    record Comment(String byline, String body) implements Block {
    }

    /**
     * A numbered chart with its caption. The chart is built when the report is rendered, from the
     * offers it compares, so a renderer can report progress chart by chart.
     */
    record Figure(int number, ChartKind kind, String caption, ComparedOffers offers) implements Block {
        /** A stable id, also the HTML element id: "chart-pay-composition". */
        String id() {
            return "chart-" + kind.fileName();
        }
    }

    /**
     * A chart that is not one of the comparison charts (the rank-acceptability bars): built on demand
     * with the format's cleaning of offer names, at a fixed logical size.
     */
    record Drawing(String id, String caption, java.util.function.Function<java.util.function.UnaryOperator<String>,
            org.jfree.chart.JFreeChart> chart, int width, int height) implements Block {
    }
}
