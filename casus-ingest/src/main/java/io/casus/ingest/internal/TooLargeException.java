package io.casus.ingest.internal;

/** An input or record holds more bytes than the limit; {@link #size()} is what it really holds, when known. */
public final class TooLargeException extends Exception {
    private final long size;
    private final long limit;

    public TooLargeException(long size, long limit) {
        super(size + " bytes, over the limit of " + limit + " bytes (maxFileBytes)");
        this.size = size;
        this.limit = limit;
    }

    public long size() {
        return size;
    }

    public long limit() {
        return limit;
    }
}
