package io.casus.event;

import io.casus.lexicon.Tsv;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The verb frames, by trigger lemma, in lexicon order (more specific frames first). Read from {@code frames.tsv}
 * and, in front of it, user files of the same format ({@code --verbs}): five tab-separated columns
 * {@code trigger  source  target  code  example}. Every line is validated; a bad one fails with file and line.
 */
public final class FrameLexicon {
    private static final String FRAMES = "io/casus/cameo/frames.tsv";
    private static volatile FrameLexicon standard;

    private final Map<String, List<Frame>> verbs = new HashMap<>();
    private final Map<String, List<Frame>> nouns = new HashMap<>();
    private int size;
    private int leftOut;

    private FrameLexicon() {}

    public static FrameLexicon standard() {
        FrameLexicon f = standard;
        if (f == null) {
            synchronized (FrameLexicon.class) {
                f = standard;
                if (f == null) {
                    f = new FrameLexicon();
                    f.addAll(Tsv.resource(FRAMES, 5), Codebook.standard());
                    standard = f;
                }
            }
        }
        return f;
    }

    /**
     * The bundled frames with the user's in front, so theirs are tried first. A file is casus' five-column TSV, or a
     * PETRARCH verb dictionary ({@link PetrarchVerbs}).
     */
    public static FrameLexicon withUserFiles(List<Path> files) {
        FrameLexicon f = onlyFiles(files);
        f.addAll(Tsv.resource(FRAMES, 5), Codebook.standard());
        return f;
    }

    /** Only the frames of these files, without the bundled ones (to test or replace the lexicon). */
    public static FrameLexicon onlyFiles(List<Path> files) {
        FrameLexicon f = new FrameLexicon();
        for (Path p : files) {
            if (PetrarchVerbs.looksLike(p)) {
                PetrarchVerbs.Result r = PetrarchVerbs.read(p, Codebook.standard());
                r.frames().forEach(f::add);
                f.leftOut += r.patternsLeftOut();
            } else {
                f.addAll(Tsv.file(p, 5), Codebook.standard());
            }
        }
        return f;
    }

    private void add(Frame frame) {
        (frame.nominal() ? nouns : verbs).computeIfAbsent(frame.lemma(), k -> new ArrayList<>()).add(frame);
        size++;
    }

    /** Patterns of imported PETRARCH dictionaries that could not be expressed as frames. */
    public int patternsLeftOut() {
        return leftOut;
    }

    private void addAll(List<Tsv.Row> rows, Codebook codebook) {
        for (Tsv.Row r : rows) {
            add(parse(r, codebook));
        }
    }

    static Frame parse(Tsv.Row r, Codebook codebook) {
        String trigger = r.get(0).toLowerCase(Locale.ROOT);
        String lemma;
        String particle = null;
        String noun = null;
        boolean nominal = trigger.startsWith("n:");
        if (nominal) {
            lemma = trigger.substring(2).trim();
            if (lemma.isEmpty() || lemma.contains(" ")) {
                throw r.error("nominal trigger '" + r.get(0) + "' must be n:NOUN");
            }
        } else {
            String[] w = trigger.split("\\s+");
            lemma = w[0];
            for (int i = 1; i < w.length; i++) {
                if (w[i].startsWith("+")) {
                    if (noun != null || w[i].length() < 2) {
                        throw r.error("trigger '" + r.get(0) + "': one +NOUN at most");
                    }
                    noun = w[i].substring(1);
                    if (noun.startsWith(":") || noun.endsWith(":") || noun.indexOf(':') != noun.lastIndexOf(':')) {
                        throw r.error("trigger '" + r.get(0) + "': +NOUN or +PREPOSITION:NOUN expected");
                    }
                } else if (particle == null) {
                    particle = w[i];
                } else {
                    throw r.error("trigger '" + r.get(0) + "': LEMMA [PARTICLE] [+NOUN] expected");
                }
            }
        }
        List<String> sources = roles(r, 1, Frame.SOURCE_ROLES);
        List<String> targets = roles(r, 2, Frame.TARGET_ROLES);
        String code = r.get(3);
        if (!code.equals(Frame.NO_EVENT) && codebook.get(code) == null) {
            throw r.error("unknown CAMEO code '" + code + "'");
        }
        return new Frame(lemma, particle, noun, nominal, sources, targets, code, fileName(r.file()) + ":" + r.line());
    }

    private static List<String> roles(Tsv.Row r, int column, List<String> allowed) {
        if (r.get(column).equals("-")) {
            return List.of();
        }
        List<String> out = Arrays.stream(r.get(column).split(",")).map(String::trim).toList();
        for (String role : out) {
            if (!allowed.contains(role)) {
                throw r.error("unknown role '" + role + "'; allowed: " + String.join(", ", allowed) + " or -");
            }
        }
        return out;
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    public List<Frame> verbFrames(String lemma) {
        return verbs.getOrDefault(lemma, List.of());
    }

    public List<Frame> nounFrames(String lemma) {
        return nouns.getOrDefault(lemma, List.of());
    }

    public int size() {
        return size;
    }

}
