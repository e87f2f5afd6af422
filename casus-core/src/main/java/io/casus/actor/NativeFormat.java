package io.casus.actor;

import io.casus.lexicon.LexiconException;
import io.casus.lexicon.Tsv;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * casus' own actor dictionary format: TSV with five columns {@code names  code  role  start  end}; several rows for one
 * name give it several dated codes.
 */
final class NativeFormat {
    static final int COLUMNS = 5;

    private NativeFormat() {}

    /** Whether the file's first entry line has the native five tab-separated columns. */
    static boolean looksNative(Path f) {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    return line.split("\t", -1).length == COLUMNS;
                }
            }
            return false;
        } catch (IOException e) {
            throw new LexiconException(f + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Every phrase with its entry. */
    static Map<String, ActorEntry> read(Path f) {
        Map<String, ActorEntry> byName = new LinkedHashMap<>();
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.file(f, COLUMNS)) {
            List<String> names = r.list(0);
            if (names.isEmpty()) {
                throw r.error("no name");
            }
            DatedCode term = ActorDictionary.term(r, 1, 2, 3, 4);
            String name = names.get(0);
            ActorEntry.Kind kind = term.role() != null || term.from() != null ? ActorEntry.Kind.PERSON : ActorEntry.Kind.ORGANIZATION;
            byName.merge(name, new ActorEntry(name, kind, List.of(term)), (a, b) -> a.plus(b.codes()));
            phrases.put(name, names);
        }
        Map<String, ActorEntry> out = new LinkedHashMap<>();
        phrases.forEach((name, list) -> list.forEach(p -> out.putIfAbsent(p, byName.get(name))));
        return out;
    }
}
