package io.offerbench.exchange;

import io.offerbench.text.Message;
import java.util.List;

/**
 * A CSV file refused as a whole: nothing of it may be saved. Lists every error found (up to a
 * limit), each with its line and, where one cell is at fault, its column; the message is worded in
 * the language chosen when it is read.
 */
public class CsvImportException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 30;

    private final String fileName;
    private final transient List<CsvProblem> errors;

    public CsvImportException(String fileName, List<CsvProblem> errors) {
        super(fileName);
        this.fileName = fileName;
        this.errors = List.copyOf(errors);
    }

    public String fileName() {
        return fileName;
    }

    public List<CsvProblem> errors() {
        return errors;
    }

    /** "offers.csv was not imported (nothing was saved): 2 problems", then one line per problem. */
    @Override
    public String getMessage() {
        StringBuilder sb = new StringBuilder(Message.of("import.csv.refused", fileName, errors.size()).text());
        for (int i = 0; i < Math.min(SHOWN, errors.size()); i++) {
            sb.append('\n').append(errors.get(i));
        }
        if (errors.size() > SHOWN) {
            sb.append('\n').append(Message.of("import.csv.more", errors.size() - SHOWN).text());
        }
        return sb.toString();
    }
}
