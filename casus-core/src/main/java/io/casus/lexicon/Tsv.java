package io.casus.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads casus' tab-separated lexicon files: UTF-8, {@code #} comments, blank lines ignored, a fixed number of
 * columns, no empty cells ({@code -} stands for none), lists inside a cell separated by {@code |}.
 */
public final class Tsv {
    /** One data line. */
    public record Row(String file, int line, List<String> cells) {
        public String get(int column) {
            return cells.get(column);
        }

        /** The cell split on {@code |}; empty for {@code -}. */
        public List<String> list(int column) {
            String c = cells.get(column);
            if (c.equals("-")) {
                return List.of();
            }
            return Arrays.stream(c.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        /** An error for this line. */
        public LexiconException error(String reason) {
            return new LexiconException(file + ":" + line + ": " + reason);
        }
    }

    private Tsv() {}

    /** Reads a resource next to {@code anchor} (a class in the same package as the file). */
    public static List<Row> resource(Class<?> anchor, String name, int columns) {
        String path = anchor.getPackageName().replace('.', '/') + "/" + name;
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            throw new LexiconException(path + ": missing resource");
        }
        return read(path, in, columns);
    }

    /** Reads a resource by its full path in the class path ({@code io/casus/cameo/cameo.tsv}). */
    public static List<Row> resource(String path, int columns) {
        InputStream in = Tsv.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new LexiconException(path + ": missing resource");
        }
        return read(path, in, columns);
    }

    /** Reads a user file. */
    public static List<Row> file(Path file, int columns) {
        try {
            return read(file.toString(), Files.newInputStream(file), columns);
        } catch (IOException e) {
            throw new LexiconException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static List<Row> read(String name, InputStream in, int columns) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<Row> rows = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new LexiconException(name + ":" + lineNo + ": expected " + columns + " tab-separated columns, found " + cells.length);
                }
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = cells[c].trim();
                    if (cells[c].isEmpty()) {
                        throw new LexiconException(name + ":" + lineNo + ": column " + (c + 1) + " is empty (use - for none)");
                    }
                }
                rows.add(new Row(name, lineNo, List.of(cells)));
            }
        } catch (CharacterCodingException e) {
            throw new LexiconException(name + ":" + (lineNo + 1) + ": not valid UTF-8", e);
        } catch (IOException e) {
            throw new LexiconException(name + ": cannot read: " + e.getMessage(), e);
        }
        return rows;
    }
}
