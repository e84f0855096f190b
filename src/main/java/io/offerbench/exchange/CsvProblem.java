package io.offerbench.exchange;

/**
 * One thing wrong with (or worth knowing about) a CSV file: the line it is on (1 is the header),
 * the column name when one cell is at fault (else null), and what to do about it.
 */
public record CsvProblem(int line, String column, String message) {

    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", column '" + column + "'") + ": " + message;
    }
}
