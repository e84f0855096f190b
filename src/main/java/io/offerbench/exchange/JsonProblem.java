package io.offerbench.exchange;

import io.offerbench.text.Message;

/**
 * One thing wrong in a comparison file: where (a JSON path such as {@code offers[2].pay.base_salary},
 * empty for the file as a whole) and why, as a fact the text layer words. Thrown while reading and
 * turned into a {@link ComparisonFormatException} at the top, so reading stops at the first problem.
 */
final class JsonProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final String path;
    final transient Message reason;

    JsonProblem(String path, Message reason) {
        super(path, null, false, false);
        this.path = path;
        this.reason = reason;
    }

    /** A reason some other part already put in the user's words. */
    JsonProblem(String path, String reason) {
        this(path, Message.worded(reason));
    }

    @Override
    public String getMessage() {
        return path.isEmpty() ? reason.text() : Message.of("import.comparison.at", path, reason).text();
    }
}
