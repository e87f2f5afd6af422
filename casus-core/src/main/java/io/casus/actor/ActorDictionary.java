package io.casus.actor;

import io.casus.lexicon.Gazetteer;
import io.casus.lexicon.LexiconException;
import io.casus.lexicon.Lexicons;
import io.casus.lexicon.Tsv;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Named actors and titles: the bundled data ({@code organisations.tsv}, {@code officeholders.tsv},
 * {@code titles.tsv}, the lexicon's {@code metonyms.tsv}) plus user dictionaries, which take precedence.
 *
 * <p>User dictionaries are either casus' native format, a TSV of five columns
 * {@code names  code  role  start  end} ({@code |} between names, {@code -} for none, dates {@code YYYY[-MM[-DD]]}),
 * or PETRARCH/TABARI actor and agent dictionaries ({@link PetrarchDictionary}). Immutable and thread-safe once built.
 */
public final class ActorDictionary {
    static final Pattern CODE = Pattern.compile("([A-Z]{3})+");
    private static volatile ActorDictionary bundled;

    private final Gazetteer<ActorEntry> names = new Gazetteer<>();
    private final Gazetteer<String> titles = new Gazetteer<>(true);
    /** People by surname, for a bare surname the article never gives in full. */
    private final Map<String, List<ActorEntry>> surnames = new java.util.HashMap<>();
    private final List<String> warnings = new ArrayList<>();

    private ActorDictionary() {}

    /** The bundled dictionary. */
    public static ActorDictionary bundled() {
        ActorDictionary d = bundled;
        if (d == null) {
            synchronized (ActorDictionary.class) {
                d = bundled;
                if (d == null) {
                    d = new ActorDictionary();
                    d.loadBundled();
                    bundled = d;
                }
            }
        }
        return d;
    }

    /**
     * The bundled dictionary with user files in front of it: their entries add to or override the bundled ones.
     *
     * @throws LexiconException naming the file and line of the first malformed entry
     */
    public static ActorDictionary withUserFiles(List<Path> files) {
        ActorDictionary d = new ActorDictionary();
        for (Path f : files) {
            if (NativeFormat.looksNative(f)) {
                for (Map.Entry<String, ActorEntry> e : NativeFormat.read(f).entrySet()) {
                    d.names.offer(e.getKey(), e.getValue());
                }
            } else {
                PetrarchDictionary p = PetrarchDictionary.read(f);
                p.entries().forEach((phrase, entry) -> d.offerPetrarch(phrase, entry));
                p.agents().forEach((phrase, sector) -> d.offerPetrarchTitle(phrase, sector));
                d.warnings.addAll(p.warnings());
            }
        }
        d.loadBundled();
        return d;
    }

    private void offerPetrarch(String phrase, ActorEntry entry) {
        if (shortCaps(phrase)) {
            names.offer(phrase, entry);
        } else {
            names.offerFolded(phrase, entry);
        }
    }

    private void offerPetrarchTitle(String phrase, String sector) {
        titles.offerFolded(phrase.toLowerCase(Locale.ROOT), sector);
    }

    /** Abbreviations like "UN" or "US" stay case-sensitive even from an all-capitals dictionary. */
    private static boolean shortCaps(String phrase) {
        return phrase.replaceAll("[^\\p{L}]", "").length() <= 3;
    }

    private void loadBundled() {
        for (Tsv.Row r : Tsv.resource(ActorDictionary.class, "organisations.tsv", 4)) {
            String code = code(r, 1);
            ActorEntry e = new ActorEntry(r.list(0).get(0), ActorEntry.Kind.ORGANIZATION, List.of(new DatedCode(code, null, null, null)));
            r.list(0).forEach(n -> names.offer(n, e));
        }
        for (Tsv.Row r : Tsv.resource(Lexicons.class, "metonyms.tsv", 3)) {
            String code = code(r, 1);
            names.offer(r.get(0), new ActorEntry(r.get(0), ActorEntry.Kind.PLACE, List.of(new DatedCode(code, null, null, null))));
        }
        Map<String, ActorEntry> people = new LinkedHashMap<>();
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.resource(ActorDictionary.class, "officeholders.tsv", 6)) {
            DatedCode term = term(r, 2, 3, 4, 5);
            String name = r.get(0);
            people.merge(name, new ActorEntry(name, ActorEntry.Kind.PERSON, List.of(term)), (a, b) -> a.plus(b.codes()));
            aliases.computeIfAbsent(name, k -> new ArrayList<>()).addAll(r.list(1));
        }
        people.forEach((name, e) -> {
            names.offer(name, e);
            surnames.computeIfAbsent(lastWord(name), k -> new ArrayList<>()).add(e);
            aliases.get(name).forEach(a -> names.offer(a, e));
        });
        for (Tsv.Row r : Tsv.resource(ActorDictionary.class, "titles.tsv", 4)) {
            // a title whose sector depends on the organisation ("secretary-general") gives no sector by itself
            if (!r.get(1).equals("-")) {
                if (!CODE.matcher(r.get(1)).matches()) {
                    throw r.error("sector '" + r.get(1) + "' is not groups of three capital letters");
                }
                titles.offer(r.get(0), r.get(1));
            }
        }
    }

    static String code(Tsv.Row r, int column) {
        String code = r.get(column);
        if (!CODE.matcher(code).matches()) {
            throw r.error("actor code '" + code + "' is not groups of three capital letters");
        }
        return code;
    }

    static DatedCode term(Tsv.Row r, int code, int role, int start, int end) {
        try {
            return new DatedCode(code(r, code), r.get(role).equals("-") ? null : r.get(role),
                    Dates.start(r.get(start)), Dates.end(r.get(end)));
        } catch (IllegalArgumentException e) {
            throw r.error(e.getMessage());
        }
    }

    private static String lastWord(String s) {
        String[] w = s.trim().split("\\s+");
        return w[w.length - 1];
    }

    /** Bundled people with this surname ("Blinken"). */
    public List<ActorEntry> bySurname(String surname) {
        return surnames.getOrDefault(surname, List.of());
    }

    /** Persons, organisations and places by name. */
    public Gazetteer<ActorEntry> names() {
        return names;
    }

    /** Title and role phrases (lower case: "defense minister", "supreme leader") with the sector they imply. */
    public Gazetteer<String> titles() {
        return titles;
    }

    /** Recoverable oddities met in user dictionaries ({@code file:line: reason}), for the user to see. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
