package io.casus.actor;

import io.casus.lexicon.LexiconException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH/TABARI actor and agent dictionaries.
 *
 * <p>Actors: an entry line {@code NAME_WORDS_ [CODE]}, alias lines {@code +OTHER_NAME_}, and code lines (indented)
 * {@code [CODE]}, {@code [CODE 040101-050831]}, {@code [CODE >20090120]}, {@code [CODE <20090120]}; consecutive entry
 * lines without codes share the next code block. Agents: {@code PHRASE [~GOV]}, with macros
 * {@code !PERSON! = MAN, WOMAN} expanded. Underscores are spaces; {@code #} starts a comment; {@code {...}} is ignored.
 *
 * <p>Structural errors (an alias or code line before any entry) fail with file and line. An unclosed bracket, a
 * malformed code or a date restriction that cannot be read (the real Phoenix files have a few, like
 * {@code 2004017} or {@code NGOHINDEN211DEV}) drops that one code with a warning, so a published dictionary
 * still loads. TABARI's null code {@code [---]} marks a name as no actor.
 */
public final class PetrarchDictionary {
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern MACRO = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.+)$");

    private final Map<String, ActorEntry> entries = new LinkedHashMap<>();
    private final Map<String, String> agents = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    private PetrarchDictionary() {}

    public Map<String, ActorEntry> entries() {
        return entries;
    }

    /** Agent phrases (lower case) with their sector codes ("GOV"). */
    public Map<String, String> agents() {
        return agents;
    }

    public List<String> warnings() {
        return warnings;
    }

    public static PetrarchDictionary read(Path file) {
        PetrarchDictionary d = new PetrarchDictionary();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            d.parse(file.toString(), r);
        } catch (IOException e) {
            throw new LexiconException(file + ": cannot read: " + e.getMessage(), e);
        }
        return d;
    }

    private void parse(String file, BufferedReader r) throws IOException {
        Map<String, List<String>> macros = new LinkedHashMap<>();
        List<String> group = new ArrayList<>();
        List<DatedCode> codes = new ArrayList<>();
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            String where = file + ":" + no;
            int hash = line.indexOf('#');
            String body = (hash >= 0 ? line.substring(0, hash) : line).replaceAll("\\{[^}]*\\}", "");
            if (body.isBlank()) {
                continue;
            }
            String t = body.trim();
            Matcher macro = MACRO.matcher(t);
            if (macro.matches()) {
                List<String> alts = new ArrayList<>();
                for (String a : macro.group(2).split(",")) {
                    alts.add(a.trim());
                }
                macros.put(macro.group(1), alts);
                continue;
            }
            if (t.startsWith("[")) {
                if (group.isEmpty()) {
                    throw new LexiconException(where + ": a code line before any entry");
                }
                parseCodes(where, t, codes);
                continue;
            }
            if (t.startsWith("+")) {
                if (group.isEmpty()) {
                    throw new LexiconException(where + ": an alias (+) before any entry");
                }
                group.add(phrase(t.substring(1)));
                continue;
            }
            // a new entry line: the previous group ends if it has codes; a group without codes joins this one
            if (!codes.isEmpty()) {
                flush(group, codes);
                group = new ArrayList<>();
                codes = new ArrayList<>();
            }
            int bracket = t.indexOf('[');
            String name = bracket < 0 ? t : t.substring(0, bracket);
            if (t.indexOf(']') < bracket || bracket >= 0 && t.indexOf(']') < 0) {
                warnings.add(where + ": unclosed [; line left out");
                continue;
            }
            List<DatedCode> inline = new ArrayList<>();
            if (bracket >= 0) {
                parseCodes(where, t.substring(bracket), inline);
            }
            boolean agent = !inline.isEmpty() && inline.get(0).code().startsWith("~");
            if (agent) {
                for (String p : expand(name.trim(), macros)) {
                    agents.putIfAbsent(phrase(p).toLowerCase(java.util.Locale.ROOT), inline.get(0).code().substring(1));
                }
                continue;
            }
            if (bracket >= 0 && inline.isEmpty()) {
                // its only code was unreadable (warned above): the name neither stands alone nor joins the next
                continue;
            }
            group.add(phrase(name));
            codes.addAll(inline);
        }
        if (!codes.isEmpty()) {
            flush(group, codes);
        } else if (!group.isEmpty()) {
            warnings.add(file + ":" + no + ": entry " + group.get(0) + " has no code; left out");
        }
    }

    private void flush(List<String> group, List<DatedCode> codes) {
        ActorEntry e = new ActorEntry(group.get(0), kindOf(codes), codes);
        for (String p : group) {
            if (!p.isEmpty()) {
                entries.putIfAbsent(p, e);
            }
        }
    }

    private static ActorEntry.Kind kindOf(List<DatedCode> codes) {
        return codes.stream().anyMatch(c -> !c.undated()) ? ActorEntry.Kind.PERSON : ActorEntry.Kind.ORGANIZATION;
    }

    private void parseCodes(String where, String text, List<DatedCode> out) {
        Matcher m = BRACKET.matcher(text);
        boolean any = false;
        while (m.find()) {
            any = true;
            String[] parts = m.group(1).trim().split("\\s+");
            String code = parts[0];
            if (code.equals("---")) {
                // TABARI's null code: the name is known not to be an actor; an entry without codes is left out
                any = true;
                continue;
            }
            boolean agent = code.startsWith("~");
            if (!ActorDictionary.CODE.matcher(agent ? code.substring(1) : code).matches()) {
                warnings.add(where + ": malformed code '" + code + "' left out");
                continue;
            }
            if (!agent && code.length() == 3 && io.casus.lexicon.Lexicons.standard().isSector(code)) {
                // a role without a country ([ELI] after a person's offices) cannot stand alone as an actor code
                warnings.add(where + ": code [" + code + "] is a role without a country; left out");
                continue;
            }
            if (parts.length == 1) {
                out.add(new DatedCode(code, null, null, null));
                continue;
            }
            try {
                out.add(restricted(code, parts[1]));
            } catch (IllegalArgumentException e) {
                warnings.add(where + ": " + e.getMessage() + "; code " + code + " left out");
            }
        }
        if (!any) {
            throw new LexiconException(where + ": expected [CODE] or [CODE dates]");
        }
    }

    private static DatedCode restricted(String code, String dates) {
        if (dates.startsWith(">")) {
            return new DatedCode(code, null, date(dates.substring(1)), null);
        }
        if (dates.startsWith("<")) {
            return new DatedCode(code, null, null, date(dates.substring(1)));
        }
        int dash = dates.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("date restriction '" + dates + "' is not >D, <D or D-D");
        }
        return new DatedCode(code, null, date(dates.substring(0, dash)), date(dates.substring(dash + 1)));
    }

    /** {@code YYMMDD} (years up to 30 are 20YY) or {@code YYYYMMDD}. */
    static LocalDate date(String s) {
        try {
            if (s.matches("\\d{6}")) {
                int yy = Integer.parseInt(s.substring(0, 2));
                return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4)));
            }
            if (s.matches("\\d{8}")) {
                return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6)));
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("date '" + s + "' does not exist");
        }
        throw new IllegalArgumentException("date '" + s + "' is not YYMMDD or YYYYMMDD");
    }

    private static String phrase(String raw) {
        return raw.trim().replace('_', ' ').trim().replaceAll("\\s+", " ");
    }

    private static List<String> expand(String name, Map<String, List<String>> macros) {
        List<String> out = new ArrayList<>(List.of(name));
        for (Map.Entry<String, List<String>> m : macros.entrySet()) {
            List<String> next = new ArrayList<>();
            for (String s : out) {
                if (s.contains(m.getKey())) {
                    for (String alt : m.getValue()) {
                        next.add(s.replace(m.getKey(), alt));
                    }
                } else {
                    next.add(s);
                }
            }
            out = next;
        }
        return out;
    }

}
