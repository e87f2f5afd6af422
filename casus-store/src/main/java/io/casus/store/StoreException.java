package io.casus.store;

/**
 * The store could not do what was asked for a reason outside the caller's input: the database file is not a
 * database, is locked by another process, the disk is full. The message names the file or article concerned;
 * the cause is chained.
 */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
