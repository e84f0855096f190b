package io.offerbench.exchange;

/**
 * A comparison file refused as a whole, nothing of it saved: not JSON, not an OfferBench file, a
 * format version this program cannot read, or a field that is wrong. Names the JSON path of the
 * field at fault (empty when the whole file is) and the reason, in one line.
 */
public class ComparisonFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final String path;
    private final String reason;

    public ComparisonFormatException(String fileName, String path, String reason) {
        super(fileName + " was not imported (nothing was saved): " + (path.isEmpty() ? "" : path + ": ") + reason);
        this.fileName = fileName;
        this.path = path;
        this.reason = reason;
    }

    public String fileName() {
        return fileName;
    }

    /** Where in the file, such as {@code offers[2].pay.base_salary}; empty for the whole file. */
    public String path() {
        return path;
    }

    public String reason() {
        return reason;
    }
}
