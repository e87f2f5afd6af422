package io.casus.store;

/**
 * Which slice of a result to return.
 *
 * @param offset rows to skip, from 0
 * @param limit  rows to return, 1 to {@link #MAX_LIMIT}
 */
public record PageRequest(int offset, int limit) {
    public static final int MAX_LIMIT = 10_000;
    public static final PageRequest FIRST = new PageRequest(0, 50);

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("page offset must be >= 0, got " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("page limit must be in 1.." + MAX_LIMIT + ", got " + limit);
        }
    }

    public static PageRequest of(int offset, int limit) {
        return new PageRequest(offset, limit);
    }
}
