package io.casus.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Something to read articles from.
 *
 * @param name   how to name it in messages and article origins (a path, or "-" for standard input)
 * @param opener opens a fresh stream over its bytes; may be called more than once for files
 */
public record Input(String name, Opener opener) {
    /** Opens an input's bytes. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public Input {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opener, "opener");
    }

    public static Input of(Path path) {
        return new Input(path.toString(), () -> Files.newInputStream(path));
    }

    public static Input of(String name, byte[] bytes) {
        return new Input(name, () -> new java.io.ByteArrayInputStream(bytes));
    }

    /** The file name without directories and without its (possibly double, as in {@code .warc.gz}) extension. */
    public String baseName() {
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        for (String ext : new String[] {".warc.gz", ".jsonl.gz", ".tar.gz"}) {
            if (n.toLowerCase(java.util.Locale.ROOT).endsWith(ext)) {
                return n.substring(0, n.length() - ext.length());
            }
        }
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
