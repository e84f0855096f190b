package io.offerbench.exchange;

import io.offerbench.text.Message;

/**
 * A benchmark CSV that cannot be read, with the line and column at fault so that whoever edits the
 * file can go straight to the problem. Column numbers start at 1; 0 means the whole line is at fault
 * (for example an unclosed quote, where the parser cannot tell which field it was in). The message is
 * worded in the language chosen when it is read.
 */
public final class BenchmarkFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final int column;
    private final String columnName;
    private final transient Message problem;

    public BenchmarkFormatException(String source, long line, int column, String columnName, Message problem) {
        super(source);
        this.source = source;
        this.line = line;
        this.column = column;
        this.columnName = columnName == null ? "" : columnName;
        this.problem = problem;
    }

    /** "benchmarks.csv, line 3, column 9 (low): …" / "benchmarks.csv 第 3 行第 9 列（low）：…". */
    @Override
    public String getMessage() {
        if (column <= 0) {
            return Message.of("import.benchmarks.at.line", source, line, problem).text();
        }
        return columnName.isBlank() ? Message.of("import.benchmarks.at.column", source, line, column, problem).text()
                : Message.of("import.benchmarks.at.named", source, line, column, columnName, problem).text();
    }

    /** What is wrong and what would work, without where. */
    public Message problem() {
        return problem;
    }

    /** Name of the file or resource that was being read. */
    public String source() {
        return source;
    }

    /** 1-based line number in the file where the faulty record starts. */
    public long line() {
        return line;
    }

    /** 1-based column (field) number, or 0 when the fault cannot be pinned to one field. */
    public int column() {
        return column;
    }

    /** Header name of the faulty column, empty when unknown. */
    public String columnName() {
        return columnName;
    }
}
