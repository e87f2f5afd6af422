package io.casus.store.duckdb;

import io.casus.store.SyntheticData;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * The victim of {@link KillIT}: opens a store and writes to it until killed, mixing new articles, new versions of
 * earlier ones, batches and deletes. Prints one line per finished write so the test knows it is under way.
 * Arguments: data directory, seed, first article index.
 */
public final class PutLoop {
    private PutLoop() {}

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        int first = Integer.parseInt(args[2]);
        Random r = new Random(seed ^ first);
        try (DuckDbEventStore store = DuckDbEventStore.open(dir)) {
            System.out.println("opened " + store.reconciliation());
            for (int i = first; ; i++) {
                int choice = r.nextInt(10);
                if (choice < 5 || i == 0) {
                    store.put(SyntheticData.article(seed, i, 0));
                } else if (choice < 8) {
                    store.put(SyntheticData.article(seed, r.nextInt(i), 1 + r.nextInt(3)));
                } else if (choice < 9) {
                    store.putAll(List.of(SyntheticData.article(seed, i, 2), SyntheticData.article(seed, r.nextInt(i), 4),
                            SyntheticData.article(seed, i + 1_000_000, 0)));
                } else {
                    store.delete("synthetic-" + Long.toHexString(seed) + "-" + r.nextInt(i));
                }
                System.out.println("wrote " + i);
                System.out.flush();
            }
        }
    }
}
