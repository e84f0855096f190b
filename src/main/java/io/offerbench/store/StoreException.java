package io.offerbench.store;

/**
 * A database operation failed after the database was opened. The message is written for the user:
 * what went wrong and what they can do. The transaction it happened in has been rolled back.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
