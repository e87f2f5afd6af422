package io.casus.store;

import java.util.List;
import java.util.Objects;

/**
 * One page of a result and the size of the whole result.
 *
 * @param items  the rows of this page, in the result's order
 * @param total  how many rows the whole result has
 * @param offset the offset asked for
 * @param limit  the limit asked for
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {
    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /** Whether rows follow this page. */
    public boolean hasMore() {
        return offset + items.size() < total;
    }
}
