package io.offerbench.exchange;

import java.util.List;

/**
 * A CSV file refused as a whole: nothing of it may be saved. Lists every error found (up to a
 * limit), each with its line and, where one cell is at fault, its column.
 */
public class CsvImportException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 30;

    private final String fileName;
    private final transient List<CsvProblem> errors;

    public CsvImportException(String fileName, List<CsvProblem> errors) {
        super(summary(fileName, errors));
        this.fileName = fileName;
        this.errors = List.copyOf(errors);
    }

    public String fileName() {
        return fileName;
    }

    public List<CsvProblem> errors() {
        return errors;
    }

    private static String summary(String fileName, List<CsvProblem> errors) {
        StringBuilder sb = new StringBuilder(fileName + " was not imported (nothing was saved): ");
        sb.append(errors.size() == 1 ? "1 problem" : errors.size() + " problems");
        for (int i = 0; i < Math.min(SHOWN, errors.size()); i++) {
            sb.append('\n').append(errors.get(i));
        }
        if (errors.size() > SHOWN) {
            sb.append("\n… and ").append(errors.size() - SHOWN).append(" more");
        }
        return sb.toString();
    }
}
