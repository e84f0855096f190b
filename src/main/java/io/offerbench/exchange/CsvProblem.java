package io.offerbench.exchange;

import io.offerbench.text.Message;

/**
 * One thing wrong with (or worth knowing about) a CSV file: the line it is on (1 is the header),
 * the column name when one cell is at fault (else null), and what to do about it, as a fact the text
 * layer words in the language chosen when it is shown.
 */
public record CsvProblem(int line, String column, Message what) {

    /** A problem some other part already put in the user's words. */
    public CsvProblem(int line, String column, String message) {
        this(line, column, Message.worded(message));
    }

    /** What is wrong and what would work, without where. */
    public String message() {
        return what.text();
    }

    /** "line 3, column 'base_salary': …" / "第 3 行，“base_salary”列：…". */
    @Override
    public String toString() {
        return column == null ? Message.of("import.csv.at.line", line, what).text()
                : Message.of("import.csv.at.cell", line, column, what).text();
    }
}
