package io.offerbench.exchange;

/**
 * A benchmark CSV that cannot be read, with the line and column at fault so that whoever edits the
 * file can go straight to the problem. Column numbers start at 1; 0 means the whole line is at fault
 * (for example an unclosed quote, where the parser cannot tell which field it was in).
 */
public final class BenchmarkFormatException extends RuntimeException {

    private final String source;
    private final long line;
    private final int column;
    private final String columnName;

    public BenchmarkFormatException(String source, long line, int column, String columnName, String problem) {
        super(describe(source, line, column, columnName, problem));
        this.source = source;
        this.line = line;
        this.column = column;
        this.columnName = columnName == null ? "" : columnName;
    }

    private static String describe(String source, long line, int column, String columnName, String problem) {
        StringBuilder where = new StringBuilder(source).append(", line ").append(line);
        if (column > 0) {
            where.append(", column ").append(column);
            if (columnName != null && !columnName.isBlank()) {
                where.append(" (").append(columnName).append(')');
            }
        }
        return where.append(": ").append(problem).toString();
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
