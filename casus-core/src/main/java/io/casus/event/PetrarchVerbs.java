package io.casus.event;

import io.casus.lexicon.LexiconException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH/TABARI verb dictionary ({@code CAMEO.2.0.txt}) into casus frames, as far as its patterns map
 * onto dependency roles: each verb block {@code --- NAME [code] ---} gives its member verbs that code with the
 * subject as source and the object (or nothing) as target; a pattern {@code - * NOUN [code]} gives a light-verb frame
 * ({@code verb +noun}); a pattern {@code - * (PREP ...) [code]} gives a frame whose target follows the preposition.
 * Synset macros ({@code &NAME}), discontinuous patterns and source/target markers inside noun phrases are left out:
 * the import is an approximation for comparing lexicons, and says how many patterns it could not use.
 */
public final class PetrarchVerbs {
    private static final Pattern BLOCK = Pattern.compile("^---\\s+(\\S.*?)\\s+\\[([^\\]]*)\\]\\s+---");
    private static final Pattern PATTERN = Pattern.compile("^-\\s+(.*?)\\s*\\[([0-9:]+|---)\\]");
    private static final Pattern WORD = Pattern.compile("[A-Z][A-Z_-]*");

    /** The frames read and how many patterns could not be used. */
    public record Result(List<Frame> frames, int patternsLeftOut) {}

    private PetrarchVerbs() {}

    /** Whether a file looks like a PETRARCH verb dictionary (it has verb blocks). */
    public static boolean looksLike(Path f) {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (BLOCK.matcher(line).find()) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    public static Result read(Path file, Codebook codebook) {
        List<Frame> out = new ArrayList<>();
        int leftOut = 0;
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE);
        List<String> verbs = new ArrayList<>();
        String blockCode = null;
        boolean inPatterns = false;
        int no = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            String line;
            while ((line = r.readLine()) != null) {
                no++;
                String origin = file.getFileName() + ":" + no;
                int hash = line.indexOf('#');
                String body = (hash >= 0 ? line.substring(0, hash) : line).trim();
                Matcher block = BLOCK.matcher(body);
                if (block.find()) {
                    inPatterns = true;
                    verbs = new ArrayList<>();
                    String c = block.group(2).trim();
                    blockCode = c.equals("---") ? null : code(c);
                    continue;
                }
                if (!inPatterns || body.isEmpty()) {
                    continue;
                }
                Matcher p = PATTERN.matcher(body);
                if (p.find()) {
                    String c = p.group(2).equals("---") ? null : code(p.group(2));
                    Frame f = c == null || codebook.get(c) == null ? null : pattern(verbs.isEmpty() ? null : verbs.get(0), p.group(1), c, origin);
                    if (f == null) {
                        leftOut++;
                    } else {
                        for (String v : verbs) {
                            out.add(new Frame(v, f.particle(), f.objectNoun(), false, f.sources(), f.targets(), c, origin));
                        }
                    }
                    continue;
                }
                if (body.startsWith("+") || body.startsWith("&") || body.startsWith("-")) {
                    continue;
                }
                String verb = body.split("[\\s{]", 2)[0].toLowerCase(Locale.ROOT).replace('_', ' ').trim();
                if (!verb.isEmpty() && !verb.contains(" ")) {
                    verbs.add(verb);
                    if (blockCode != null && codebook.get(blockCode) != null) {
                        out.add(new Frame(verb, null, null, false, List.of("subj"), List.of("obj"), blockCode, origin));
                        out.add(new Frame(verb, null, null, false, List.of("subj"), List.of(), blockCode, origin));
                    }
                }
            }
        } catch (IOException e) {
            throw new LexiconException(file + ": cannot read: " + e.getMessage(), e);
        }
        // more specific patterns first, as in casus' own lexicon
        out.sort((a, b) -> Boolean.compare(a.objectNoun() == null && a.targets().isEmpty(), b.objectNoun() == null && b.targets().isEmpty()));
        return new Result(out, leftOut);
    }

    /** "042:043" gives the code for the source's side, the first. */
    private static String code(String c) {
        int colon = c.indexOf(':');
        return colon < 0 ? c : c.substring(0, colon);
    }

    /** A frame for {@code * NOUN} or {@code * (PREP ...)}, or null when the pattern needs more than roles can say. */
    private static Frame pattern(String verb, String p, String code, String origin) {
        if (verb == null) {
            return null;
        }
        String rest = p.replace("$", "").replace("+", "").trim();
        if (!rest.startsWith("*")) {
            return null;
        }
        rest = rest.substring(1).trim();
        Matcher paren = Pattern.compile("^\\((\\w+)").matcher(rest);
        if (paren.find()) {
            String prep = paren.group(1).toLowerCase(Locale.ROOT);
            return Frame.TARGET_ROLES.contains(prep)
                    ? new Frame(verb, null, null, false, List.of("subj"), List.of(prep), code, origin) : null;
        }
        if (WORD.matcher(rest).matches()) {
            String noun = rest.toLowerCase(Locale.ROOT).replace('_', ' ');
            if (noun.contains(" ")) {
                return null;
            }
            return new Frame(verb, null, noun.endsWith("s") && noun.length() > 3 ? noun.substring(0, noun.length() - 1) : noun,
                    false, List.of("subj"), List.of(), code, origin);
        }
        return null;
    }
}
