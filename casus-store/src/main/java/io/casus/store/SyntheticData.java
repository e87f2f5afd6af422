package io.casus.store;

import io.casus.lexicon.Tsv;
import io.casus.model.Actor;
import io.casus.model.AnnotatedArticle;
import io.casus.model.Article;
import io.casus.model.CodedArticle;
import io.casus.model.Event;
import io.casus.model.Mention;
import io.casus.model.MentionType;
import io.casus.model.Published;
import io.casus.model.Quote;
import io.casus.model.Sentence;
import io.casus.model.Speaker;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

/**
 * Synthetic coded articles for load tests and benchmarks ({@code casus bench --api}): a news feed of about fifty
 * articles a day from 2023 on, across twenty countries whose pairs follow a Zipf law (a few dyads dominate, as in
 * real news), each pair's hostility drifting over months so escalation scores move. About a third of the articles
 * re-report an earlier article's main event, so clusters gather several reports. Codes, Goldstein scores, quad
 * classes and PLOVER types come from the CAMEO codebook. Deterministic: the same seed gives the same articles, so a
 * second fill of the same store changes nothing.
 */
public final class SyntheticData {
    private static final LocalDate START = LocalDate.of(2023, 1, 2);
    private static final int ARTICLES_PER_DAY = 50;
    private static final int BATCH = 100;
    private static final String[][] COUNTRIES = {
        {"USA", "the United States"}, {"CHN", "China"}, {"RUS", "Russia"}, {"UKR", "Ukraine"}, {"ISR", "Israel"},
        {"IRN", "Iran"}, {"PSE", "Palestine"}, {"LBN", "Lebanon"}, {"SYR", "Syria"}, {"TUR", "Turkey"},
        {"IND", "India"}, {"PAK", "Pakistan"}, {"PRK", "North Korea"}, {"KOR", "South Korea"}, {"JPN", "Japan"},
        {"PHL", "the Philippines"}, {"SDN", "Sudan"}, {"ETH", "Ethiopia"}, {"VEN", "Venezuela"}, {"GBR", "Britain"},
    };
    private static final String[] SECTORS = {"", "", "GOV", "MIL", "GOV", "COP", "REB"};
    private static final String[] OUTLETS = {"Casus Wire", "Meridian Daily", "Continental Review", "Atlas Daily",
        "Equator Times", "Andes Herald", "Pacific Ledger", "Gulf Observer", "Sahel Courier", "Baltic Post",
        "Harbour Gazette", "Northern Star"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    /** CAMEO codes by quad class (index 1-4), from the codebook. */
    private static final List<List<String[]>> CODES = codes();

    private SyntheticData() {}

    /**
     * What a fill did.
     *
     * @param articles articles put
     * @param events   events put
     * @param elapsed  wall time of the puts
     */
    public record Result(int articles, int events, Duration elapsed) {
        public double articlesPerSecond() {
            return articles / Math.max(1e-9, elapsed.toNanos() / 1e9);
        }

        public double eventsPerSecond() {
            return events / Math.max(1e-9, elapsed.toNanos() / 1e9);
        }
    }

    /**
     * Puts synthetic articles until at least {@code events} events are stored, in batches of {@value #BATCH}.
     *
     * @param seed the same seed gives the same articles
     */
    public static Result fill(EventStore store, int events, long seed) {
        Objects.requireNonNull(store, "store");
        if (events < 0) {
            throw new IllegalArgumentException("events must be >= 0, got " + events);
        }
        long start = System.nanoTime();
        int articles = 0;
        int put = 0;
        List<CodedArticle> batch = new ArrayList<>(BATCH);
        while (put < events) {
            CodedArticle a = article(seed, articles++, 0);
            put += a.events().size();
            batch.add(a);
            if (batch.size() == BATCH) {
                store.putAll(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            store.putAll(batch);
        }
        return new Result(articles, put, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * The synthetic article number {@code index}; a higher {@code version} changes its text (and so its hash) but
     * not its events, as a corrected report would.
     */
    public static CodedArticle article(long seed, int index, int version) {
        Random r = new Random(mix(seed, index, 1));
        LocalDate day = START.plusDays(index / ARTICLES_PER_DAY);
        String id = "synthetic-" + Long.toHexString(seed) + "-" + index;
        Doc doc = new Doc(id);
        List<Spec> specs = new ArrayList<>();
        int main = index > 0 && r.nextDouble() < 0.35 ? index - 1 - r.nextInt(Math.min(index, 40)) : index;
        specs.add(primary(seed, main));
        int more = r.nextInt(5);
        for (int i = 0; i < more; i++) {
            specs.add(spec(r, pair(r), day.minusDays(r.nextInt(3))));
        }
        Spec lead = specs.get(0);
        doc.title = lead.src[1] + " and " + lead.tgt[1] + ": " + lead.name + (version > 0 ? " (updated)" : "");
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            String when = WEEKDAYS[s.date.getDayOfWeek().getValue() - 1];
            String sentence = cap(s.srcText) + " moved to " + s.name + " against " + s.tgtText + " on " + when
                    + ", officials said.";
            doc.sentence(sentence, i % 2 == 0);
            Event.Modality m = r.nextDouble() < 0.05 ? Event.Modality.NEGATED
                    : r.nextDouble() < 0.03 ? Event.Modality.HYPOTHETICAL : Event.Modality.ASSERTED;
            doc.event(s, m, r.nextDouble() * 0.4 + 0.6);
        }
        doc.sentence("\"We will not accept this,\" said " + lead.tgt[1] + "'s foreign ministry spokesperson.", true);
        doc.quote("We will not accept this", lead.tgt[1] + "'s foreign ministry spokesperson", lead.tgt[0] + "GOV");
        if (version > 0) {
            doc.sentence("This story was updated " + version + " time" + (version > 1 ? "s" : "") + ".", true);
        }
        return doc.build(day, OUTLETS[r.nextInt(OUTLETS.length)]);
    }

    /** The main event of article {@code index}, which later articles may report again. */
    private static Spec primary(long seed, int index) {
        Random r = new Random(mix(seed, index, 2));
        return spec(r, pair(r), START.plusDays(index / ARTICLES_PER_DAY).minusDays(r.nextInt(2)));
    }

    private static Spec spec(Random r, int[] pair, LocalDate date) {
        // hostility drifts with a period of about four months, differently for each pair
        double phase = (date.toEpochDay() - START.toEpochDay()) / 20.0 + pair[0] * 1.7 + pair[1] * 0.9;
        double hostility = 0.35 + 0.25 * Math.sin(phase) + 0.2 * ((pair[0] + pair[1]) % 3) / 2.0;
        int quad = r.nextDouble() < hostility ? (r.nextBoolean() ? 4 : 3) : (r.nextDouble() < 0.7 ? 1 : 2);
        List<String[]> pool = CODES.get(quad);
        String[] code = pool.get(r.nextInt(pool.size()));
        String[] src = COUNTRIES[pair[0]];
        String[] tgt = COUNTRIES[pair[1]];
        String srcSector = SECTORS[r.nextInt(SECTORS.length)];
        String tgtSector = SECTORS[r.nextInt(SECTORS.length)];
        return new Spec(src, tgt, src[0] + srcSector, tgt[0] + tgtSector, words(src[1], srcSector),
                words(tgt[1], tgtSector), code[0], code[1], code[2], Double.parseDouble(code[3]),
                Integer.parseInt(code[4]), code[5], date);
    }

    /** A pair of distinct countries, Zipf-distributed over the pair list. */
    private static int[] pair(Random r) {
        int n = COUNTRIES.length;
        int pairs = n * (n - 1);
        double u = r.nextDouble();
        int k = (int) Math.min(pairs - 1, Math.floor(Math.pow(pairs + 1.0, u)) - 1);
        int a = k % n;
        int b = (a + 1 + k / n) % n;
        return b == a ? new int[] {a, (a + 1) % n} : new int[] {a, b};
    }

    private static String words(String country, String sector) {
        String bare = country.startsWith("the ") ? country.substring(4) : country;
        return switch (sector) {
            case "GOV" -> bare + "'s government";
            case "MIL" -> bare + "'s armed forces";
            case "COP" -> bare + "'s police";
            case "REB" -> "rebels in " + bare;
            default -> country;
        };
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static long mix(long seed, int index, int salt) {
        long h = seed * 0x9E3779B97F4A7C15L + index * 0xC2B2AE3D27D4EB4FL + salt;
        h ^= h >>> 31;
        return h * 0xBF58476D1CE4E5B9L;
    }

    private static List<List<String[]>> codes() {
        List<List<String[]>> out = new ArrayList<>();
        for (int q = 0; q <= 4; q++) {
            out.add(new ArrayList<>());
        }
        for (Tsv.Row r : Tsv.resource("io/casus/cameo/cameo.tsv", 6)) {
            if (r.get(0).length() >= 3) {
                out.get(Integer.parseInt(r.get(4))).add(new String[] {r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5)});
            }
        }
        return out;
    }

    /** One event to write: who, what, when. */
    private record Spec(String[] src, String[] tgt, String srcCode, String tgtCode, String srcText, String tgtText,
                        String code, String root, String name, double goldstein, int quad, String plover,
                        LocalDate date) {}

    /** An article being written, keeping every offset right. */
    private static final class Doc {
        final String id;
        String title;
        final StringBuilder text = new StringBuilder();
        final List<Sentence> sentences = new ArrayList<>();
        final List<Mention> mentions = new ArrayList<>();
        final List<Quote> quotes = new ArrayList<>();
        final List<Event> events = new ArrayList<>();

        Doc(String id) {
            this.id = id;
        }

        void sentence(String s, boolean newParagraph) {
            if (text.length() > 0) {
                text.append(newParagraph ? "\n\n" : " ");
            }
            int begin = text.length();
            text.append(s);
            sentences.add(new Sentence(sentences.size(), begin, text.length(), s, List.of(), List.of()));
        }

        void event(Spec s, Event.Modality modality, double confidence) {
            Sentence sent = sentences.get(sentences.size() - 1);
            Event.EventActor src = party(sent, 0, s.srcCode(), s.srcText(), s.src()[1]);
            Event.EventActor tgt = party(sent, sent.text().indexOf(" against "), s.tgtCode(), s.tgtText(), s.tgt()[1]);
            int t = sent.text().indexOf("moved to");
            events.add(new Event(id + "-" + sent.index() + "-" + events.size(), sent.index(), sent.begin(), sent.end(),
                    sent.text(), new Event.Trigger("moved", sent.begin() + t, sent.begin() + t + 5), src, tgt, s.code(),
                    s.root(), s.goldstein(), s.quad(), s.plover(), s.date().toString(), "day", "text", null, modality,
                    null, Math.round(confidence * 100) / 100.0, "synthetic " + s.code()));
        }

        private Event.EventActor party(Sentence sent, int from, String code, String words, String name) {
            int at = sent.text().toLowerCase(Locale.ROOT).indexOf(words.toLowerCase(Locale.ROOT), from);
            int begin = sent.begin() + at;
            int end = begin + words.length();
            Actor a = Actor.of(code, name, null, Actor.Basis.DICTIONARY, 0.9);
            mentions.add(new Mention(sent.index(), 0, 1, 0, begin, end, sent.text().substring(at, at + words.length()),
                    code.length() > 3 ? MentionType.NOMINAL : MentionType.COUNTRY, a));
            return new Event.EventActor(a, sent.text().substring(at, at + words.length()), begin, end);
        }

        void quote(String words, String speaker, String code) {
            Sentence s = sentences.get(sentences.size() - 1);
            int q = s.text().indexOf(words);
            int sp = s.text().indexOf(speaker);
            Actor a = Actor.of(code, speaker, "spokesperson", Actor.Basis.TITLE, 0.8);
            quotes.add(new Quote(s.index(), s.begin() + q, s.begin() + q + words.length(), words, true,
                    new Speaker(speaker, s.begin() + sp, s.begin() + sp + speaker.length(), "spokesperson", speaker, a),
                    "said", null, false));
        }

        CodedArticle build(LocalDate day, String outlet) {
            mentions.sort(java.util.Comparator.comparingInt(Mention::begin));
            Article a = new Article(id, title, Published.ofDate(day), outlet, null, List.of("synthetic"),
                    "https://synthetic.example/" + id, text.toString(), "synthetic:" + id, List.of());
            return new CodedArticle(new AnnotatedArticle(a, sentences, List.of(), "synthetic", List.of()), mentions,
                    List.of(), quotes, events, List.of());
        }
    }
}
