package io.offerbench.exchange;

/**
 * One thing wrong in a comparison file: where (a JSON path such as {@code offers[2].pay.base_salary},
 * empty for the file as a whole) and why. Thrown while reading and turned into a
 * {@link ComparisonFormatException} at the top, so reading stops at the first problem.
 */
final class JsonProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final String path;
    final String reason;

    JsonProblem(String path, String reason) {
        super(path.isEmpty() ? reason : path + ": " + reason);
        this.path = path;
        this.reason = reason;
    }
}
