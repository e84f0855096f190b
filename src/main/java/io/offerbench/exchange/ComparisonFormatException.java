package io.offerbench.exchange;

import io.offerbench.text.Message;

/**
 * A comparison file refused as a whole, nothing of it saved: not JSON, not an OfferBench file, a
 * format version this program cannot read, or a field that is wrong. Names the JSON path of the
 * field at fault (empty when the whole file is) and the reason, in one line, worded in the language
 * chosen when it is read.
 */
public class ComparisonFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final String path;
    private final transient Message reason;

    public ComparisonFormatException(String fileName, String path, Message reason) {
        super(fileName);
        this.fileName = fileName;
        this.path = path;
        this.reason = reason;
    }

    /** A reason some other part already put in the user's words. */
    public ComparisonFormatException(String fileName, String path, String reason) {
        this(fileName, path, Message.worded(reason));
    }

    /** "alice.offerbench.json was not imported (nothing was saved): offers[0].pay.base_salary: …". */
    @Override
    public String getMessage() {
        return Message.of("import.comparison.refused", fileName, where()).text();
    }

    /** The path and the reason: "offers[0].pay.base_salary: must be more than zero, not 0", or only the reason. */
    public String where() {
        return path.isEmpty() ? reason.text() : Message.of("import.comparison.at", path, reason).text();
    }

    public String fileName() {
        return fileName;
    }

    /** Where in the file, such as {@code offers[2].pay.base_salary}; empty for the whole file. */
    public String path() {
        return path;
    }

    /** Why, in the user's language. */
    public String reason() {
        return reason.text();
    }
}
