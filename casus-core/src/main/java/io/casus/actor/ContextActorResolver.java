package io.casus.actor;

import io.casus.lexicon.Country;
import io.casus.lexicon.Gazetteer;
import io.casus.lexicon.Lexicons;
import io.casus.lexicon.Outlet;
import io.casus.model.Actor;
import io.casus.model.Actor.Basis;
import io.casus.model.AnnotatedArticle;
import io.casus.model.DependencyTree;
import io.casus.model.Mention;
import io.casus.model.MentionType;
import io.casus.model.Sentence;
import io.casus.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves actors from the text first and the dictionaries second, in two passes over the article.
 *
 * <p>Pass one resolves names: outlets, countries, demonyms, organisations, places that stand for governments,
 * and people (a dated office on the article's date; else a title in their noun phrase, "Israel Defense Minister
 * Yoav Gallant"; else an earlier mention with the same surname). Pass two resolves nominal actors ("a U.S.
 * official", "Iran's supreme leader", "the Biden administration", "the secretary") from the names inside them, an
 * earlier person whose role the noun names, or the article's main country. Thread-safe.
 */
public final class ContextActorResolver implements ActorResolver {
    private static final double DICTIONARY = 0.95;
    private static final double TITLE = 0.85;
    private static final double DEMONYM = 0.9;
    private static final double CAPITAL = 0.8;
    private static final double COREFERENCE = 0.85;
    private static final double CONTEXT = 0.5;
    private static final Set<String> ACTING = Set.of("nsubj", "nsubj:pass", "obl:agent", "nmod:agent", "nmod:poss", "obj", "iobj");
    private static final Set<String> LOCAL = Set.of("local", "regional", "provincial", "municipal", "district", "county", "city");
    private static final Set<String> PARTY_CASES = Set.of("of", "with", "against", "on", "to", "from", "by");
    private static final Set<String> GENERIC_PERSONS = Set.of("officer", "officers", "official", "officials", "spokesman",
            "spokeswoman", "spokesperson", "chief", "chiefs", "member", "members", "source", "sources", "leader", "leaders", "adviser",
            "advisers", "advisor", "advisors");
    /** Aircraft heads, and the words that make one civil. */
    private static final Set<String> CRAFT = Set.of("jet", "jets", "aircraft", "plane", "planes", "helicopter", "helicopters");
    private static final Set<String> CIVIL = Set.of("passenger", "commercial", "civilian", "civil", "cargo", "private",
            "charter", "airline", "airliner");
    /** Sectors of armed groups a later "the militants" can stand for. */
    private static final Set<String> ARMED_GROUPS = Set.of("REB", "INS", "UAF", "SEP");
    /** Heads of bodies every state has, so that a name made of them alone is the state's: "the Interior Ministry". */
    private static final Set<String> GENERIC_BODIES = Set.of("ministry", "court", "police", "army", "navy", "parliament",
            "assembly", "cabinet", "government", "senate", "military", "prosecutor", "prosecutors");
    /** Nouns by which a text refers back to a country it has named ("the country had asked the IMF"). */
    public static final Set<String> THE_COUNTRY = Set.of("country", "nation", "kingdom");
    /** Nouns by which a text refers back to an international body it has named ("the bloc said"). */
    public static final Set<String> THE_BLOC = Set.of("bloc", "alliance", "organisation", "organization", "grouping", "watchdog",
            "agency");
    private static final Set<String> GROUP_HEADS = Set.of("administration", "government", "regime", "cabinet", "camp", "team");

    private final Lexicons lexicons;
    private final ActorDictionary dictionary;

    public ContextActorResolver(Lexicons lexicons, ActorDictionary dictionary) {
        this.lexicons = lexicons;
        this.dictionary = dictionary;
    }

    @Override
    public List<Mention> resolve(AnnotatedArticle article, List<Mention> mentions, LocalDate date) {
        Map<Integer, DependencyTree> trees = new HashMap<>();
        for (Sentence s : article.sentences()) {
            trees.put(s.index(), DependencyTree.of(s));
        }
        Mention[] out = mentions.toArray(new Mention[0]);
        surnamesNotDemonyms(out, trees);
        String main = mainCountry(out);
        Map<String, Actor> bySurname = new LinkedHashMap<>();
        List<Actor> people = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            Mention m = out[i];
            if (m.type() != MentionType.NOMINAL && m.type() != MentionType.PRONOUN) {
                Actor a = name(m, trees.get(m.sentence()), date, bySurname, main);
                out[i] = m.withActor(a);
                if (a != null && m.type() == MentionType.PERSON) {
                    bySurname.putIfAbsent(lastWord(m.text()), a);
                    people.add(a);
                } else if (m.type() == MentionType.PERSON && m.text().indexOf(' ') > 0) {
                    // a person named in full but unknown: "Johnson" later is this one, not a namesake in office
                    bySurname.putIfAbsent(lastWord(m.text()), null);
                }
            }
        }
        for (int i = 0; i < out.length; i++) {
            // "Brussels" acting where the text names the EU is the EU, whose seat it is, not Belgium's government
            Mention m = out[i];
            Actor eu = m.actor() != null && m.actor().basis() == Basis.CAPITAL && m.text().equals("Brussels") ? Arrays.stream(out)
                    .filter(p -> p.actor() != null && p.actor().code().startsWith("IGOEU")).map(Mention::actor).findFirst().orElse(null) : null;
            if (eu != null) {
                out[i] = m.withActor(eu.via(Basis.CAPITAL, CAPITAL));
            }
        }
        // with the names resolved, the people and bodies named count towards the main country too ("Obama was
        // pressured by Congress to help Iran" is about the US)
        main = mainCountry(out);
        // right to left, so that "the leader of the rebel group" finds the group resolved
        for (int i = out.length - 1; i >= 0; i--) {
            Mention m = out[i];
            if (m.type() == MentionType.NOMINAL) {
                out[i] = m.withActor(nominal(m, trees.get(m.sentence()), out, people, main));
            }
        }
        for (int i = 0; i < out.length; i++) {
            Mention m = out[i];
            if (m.type() == MentionType.PERSON && m.actor() == null) {
                out[i] = m.withActor(affiliation(m, trees.get(m.sentence()), out));
            } else if (m.type() == MentionType.ORGANIZATION && m.actor() == null) {
                // a body no dictionary knows, named by its country and kind: "the Latvian Constitutional Court"
                // (placed by the article's country only when its name is a generic body: "the Interior Ministry")
                Actor a = nominal(m, trees.get(m.sentence()), out, people, main);
                DependencyTree t = trees.get(m.sentence());
                boolean generic = GENERIC_BODIES.contains(lastWord(m.text()).toLowerCase(Locale.ROOT))
                        && t.parsed() && t.children(m.head(), "nmod:poss").isEmpty(); // (not "Brazil's Supreme Court")
                out[i] = m.withActor(a == null || a.basis() == Basis.CONTEXT && a.confidence() <= CONTEXT && !generic ? namedFor(m, out) : a);
            }
        }
        for (int i = 0; i < out.length; i++) {
            Mention m = out[i];
            Actor same = m.type() != MentionType.NOMINAL || m.actor() != null && m.actor().basis() != Basis.CONTEXT ? null
                    : sameHead(m, trees.get(m.sentence()), out);
            if (same != null) {
                out[i] = m.withActor(same);
            }
        }
        // "he" is the last person named, if named within the previous two sentences (placed by any means: "Japan's
        // foreign minister, Taro Sato, criticised China. He said ...")
        Mention lastPerson = null;
        for (int i = 0; i < out.length; i++) {
            Mention m = out[i];
            DependencyTree t = trees.get(m.sentence());
            if (m.type() == MentionType.PERSON && m.actor() == null && t.parsed() && t.relation(m.head()).equals("appos")) {
                // "Japan's foreign minister, Taro Sato": the person is what the title before names
                Mention titled = mentionAt(out, m.sentence(), t.governor(m.head()));
                if (titled != null && titled.type() == MentionType.NOMINAL && titled.actor() != null) {
                    out[i] = m = m.withActor(titled.actor().via(Basis.TITLE, titled.actor().confidence()));
                }
            }
            if (m.type() == MentionType.PRONOUN && lastPerson != null && m.sentence() - lastPerson.sentence() <= 2) {
                out[i] = m.withActor(lastPerson.actor().via(Basis.COREFERENCE, 0.6));
            } else if (m.type() == MentionType.PERSON && m.actor() != null) {
                lastPerson = m;
            }
        }
        return List.of(out);
    }

    /**
     * "Mark Cuban ... Cuban said": a demonym standing alone as a noun where a person of that surname is named is the
     * person, not their country.
     */
    private static void surnamesNotDemonyms(Mention[] ms, Map<Integer, DependencyTree> trees) {
        Set<String> surnames = new java.util.HashSet<>();
        for (Mention m : ms) {
            if (m.type() == MentionType.PERSON && m.text().indexOf(' ') > 0) {
                surnames.add(lastWord(m.text()));
            }
        }
        for (int i = 0; i < ms.length; i++) {
            Mention m = ms[i];
            DependencyTree t = trees.get(m.sentence());
            if (m.type() == MentionType.NATIONALITY && surnames.contains(m.text()) && t != null && t.parsed()
                    && !Set.of("amod", "compound", "det").contains(t.relation(m.head()))) {
                ms[i] = new Mention(m.sentence(), m.tokenBegin(), m.tokenEnd(), m.head(), m.begin(), m.end(), m.text(),
                        MentionType.PERSON, null);
            }
        }
    }

    // ---- names ----

    private Actor name(Mention m, DependencyTree t, LocalDate date, Map<String, Actor> bySurname, String main) {
        String text = stripThe(m.text());
        switch (m.type()) {
            case OUTLET: {
                Outlet o = lexicons.outlets().get(text);
                return o == null ? null : Actor.of(o.country() + "MED", o.name(), "news outlet", Basis.DICTIONARY, DICTIONARY);
            }
            case COUNTRY: {
                Country c = lexicons.countryNames().get(text);
                return c == null ? null : Actor.of(c.code(), c.name(), null, Basis.DICTIONARY, DICTIONARY);
            }
            case NATIONALITY: {
                Country c = lexicons.adjectives().get(text);
                return c == null ? null : Actor.of(c.code(), c.name(), null, Basis.DEMONYM, DEMONYM);
            }
            case PERSON:
                return person(m, t, date, bySurname, main);
            case ORGANIZATION:
            case LOCATION:
            case MISC: {
                Actor known = fromEntry(dictionary.names().get(text), text, date);
                if (known != null) {
                    return known;
                }
                Country c = lexicons.countryNames().get(text);
                if (c != null) {
                    return Actor.of(c.code(), c.name(), null, Basis.DICTIONARY, DICTIONARY);
                }
                Country capital = capitalOf(text);
                if (capital != null && acting(t, m)) {
                    return Actor.of(capital.code() + "GOV", capital.name() + " (" + text + ")", "government", Basis.CAPITAL, CAPITAL);
                }
                if (m.type() == MentionType.ORGANIZATION && title(m, t, date) != null) {
                    // a titled name the tagger took for an organisation: "Vice-President Moody Awori"
                    return person(m, t, date, bySurname, main);
                }
                return null;
            }
            default:
                return null;
        }
    }

    private Actor fromEntry(ActorEntry e, String text, LocalDate date) {
        if (e == null) {
            return null;
        }
        ActorEntry.Dated d = e.on(date);
        if (d == null) {
            // known only from offices held later: still of that country, not yet its government
            DatedCode first = e.codes().stream().filter(c -> c.from() != null)
                    .min(java.util.Comparator.comparing(DatedCode::from)).orElse(null);
            return first == null ? null : Actor.of(first.code().substring(0, 3) + "ELI", e.name(),
                    first.role() == null ? null : "later " + first.role(), Basis.DICTIONARY, 0.5);
        }
        Basis basis = e.kind() == ActorEntry.Kind.PLACE ? Basis.CAPITAL : Basis.DICTIONARY;
        if (d.former()) {
            // out of office: an elite of the same country, no longer its government
            String role = d.code().role() == null ? "former office holder" : "former " + d.code().role();
            return Actor.of(d.code().code().substring(0, 3) + "ELI", e.name(), role, Basis.DICTIONARY, 0.8);
        }
        return Actor.of(d.code().code(), e.name(), d.code().role(), basis, basis == Basis.CAPITAL ? CAPITAL : DICTIONARY);
    }

    private Actor person(Mention m, DependencyTree t, LocalDate date, Map<String, Actor> bySurname, String main) {
        Actor known = fromEntry(dictionary.names().get(m.text()), m.text(), date);
        Title title = title(m, t, date);
        Actor titled = title != null && title.country != null
                ? Actor.of(title.body != null ? title.body : title.country + title.sector, m.text(), title.role, Basis.TITLE, TITLE) : null;
        // the text's own title outranks the dictionary when the dictionary has the person out of office that day
        boolean outOfOffice = known != null && known.sector().contains("ELI");
        if (known != null && (titled == null || titled.country().equals(known.country()) && !outOfOffice)) {
            return known;
        }
        if (titled != null) {
            return titled;
        }
        Actor earlier = bySurname.get(lastWord(m.text()));
        if (earlier != null) {
            return earlier.via(Basis.COREFERENCE, COREFERENCE);
        }
        if (bySurname.containsKey(lastWord(m.text())) && m.text().indexOf(' ') < 0) {
            return null;
        }
        List<ActorEntry> namesakes = dictionary.bySurname(lastWord(m.text()));
        if (m.text().indexOf(' ') < 0) {
            // a bare surname the article never gives in full: only a single office holder in office that day will do
            List<Actor> current = new ArrayList<>();
            for (ActorEntry e : namesakes) {
                ActorEntry.Dated d = e.on(date);
                if (d != null && !d.former()) {
                    current.add(Actor.of(d.code().code(), e.name(), d.code().role(), Basis.DICTIONARY, 0.7));
                }
            }
            if (current.size() == 1) {
                return current.get(0);
            }
        }
        if (title == null) {
            return null;
        }
        // a title without a country ("President Bush"): the country every namesake in the dictionary shares, else
        // the article's main country
        Set<String> countries = new java.util.HashSet<>();
        namesakes.forEach(e -> e.codes().forEach(c -> countries.add(c.code().substring(0, 3))));
        if (countries.size() == 1) {
            return Actor.of(countries.iterator().next() + title.sector, m.text(), title.role, Basis.TITLE, 0.6);
        }
        String reported = reportedCountry(m, t);
        if (reported != null) {
            return Actor.of(reported + title.sector, m.text(), title.role, Basis.CONTEXT, CONTEXT);
        }
        return main == null ? null : Actor.of(main + title.sector, m.text(), title.role, Basis.CONTEXT, CONTEXT);
    }

    /**
     * "Australia will provide Fiji with budget support, Prime Minister Grant Ellison announced": a titled person of no
     * stated country who reports what a country does speaks for that country. The country the reported clause's subject
     * names, or null.
     */
    private String reportedCountry(Mention m, DependencyTree t) {
        int v = t.governor(m.head());
        if (v < 0 || !t.relation(m.head()).equals("nsubj") || !lexicons.isReportingVerb(t.token(v).lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        List<Integer> clauses = new ArrayList<>();
        t.children(v).stream().filter(c -> Set.of("ccomp", "parataxis").contains(t.relation(c))).forEach(clauses::add);
        if (t.governor(v) >= 0 && Set.of("advcl", "parataxis", "dep").contains(t.relation(v))) {
            clauses.add(t.governor(v)); // (the reporter hung under the clause it reports)
        }
        for (int c : clauses) {
            for (int subj : t.children(c, "nsubj")) {
                Country country = lexicons.countryNames().get(stripThe(t.sentence().textOf(t.subtreeBegin(subj), t.subtreeEnd(subj))));
                if (country != null) {
                    return country.code();
                }
            }
        }
        return null;
    }

    /** A title found around a name: its sector, the title words, and the country named with it (or null). */
    private record Title(String sector, String role, String country, String body) {
        Title(String sector, String role, String country) {
            this(sector, role, country, null);
        }
    }

    /**
     * A title and a country in the person's own noun phrase: the words before the name ("Iranian President",
     * "Israel Defense Minister") or an apposition ("Lloyd Austin, the U.S. defense secretary").
     */
    private Title title(Mention m, DependencyTree t, LocalDate date) {
        if (t == null) {
            return null;
        }
        int head = m.head();
        List<int[]> spans = new ArrayList<>();
        int left = m.tokenBegin();
        if (t.parsed()) {
            for (int c : t.children(head)) {
                if (c < m.tokenBegin() && Set.of("compound", "amod", "nmod:poss", "det", "flat").contains(t.relation(c))) {
                    left = Math.min(left, t.subtreeBegin(c));
                }
            }
            for (int c : t.children(head, "appos")) {
                // only the apposition's own noun phrase up to its head: "a top Iranian Quds Force general", not the
                // places in what follows it ("in charge of operations in Lebanon and Syria")
                spans.add(new int[] {t.subtreeBegin(c), c + 1});
            }
        } else {
            while (left > 0 && t.token(left - 1).isProperNoun() || left > 0 && t.token(left - 1).pos().equals("JJ")) {
                left--;
            }
        }
        if (left < m.tokenBegin()) {
            spans.add(0, new int[] {left, m.tokenBegin()});
        }
        Title found = null;
        for (int[] span : spans) {
            String sector = null;
            String role = null;
            String country = null;
            Sentence s = t.sentence();
            for (Gazetteer.Hit<String> h : dictionary.titles().find(sub(s, span))) {
                sector = h.value();
                role = h.text();
            }
            // the country word nearest the title wins: "Israel Defense Minister", "a top Iranian Quds Force general"
            for (Gazetteer.Hit<Country> h : lexicons.countryNames().find(sub(s, span))) {
                country = h.value().code();
            }
            for (Gazetteer.Hit<Country> h : lexicons.adjectives().find(sub(s, span))) {
                country = h.value().code();
            }
            if (country == null) {
                country = placeIn(t, span[0], span[1]); // "Texas Sen. Ted Cruz", "a Kabul police chief"
            }
            String body = null;
            for (Gazetteer.Hit<ActorEntry> h : dictionary.names().find(sub(s, span))) {
                // "Arab League Secretary General Chadli Klibi", "Hamas spokesman X": the body the title serves
                ActorEntry.Dated d = h.value().kind() == ActorEntry.Kind.ORGANIZATION ? h.value().on(date) : null;
                body = d == null ? body : d.code().code();
            }
            if (sector != null && body != null) {
                return new Title(sector, role, body.substring(0, 3), body);
            }
            if (sector != null && country != null) {
                return new Title(sector, role, country);
            }
            if (sector != null && found == null) {
                found = new Title(sector, role, null);
            }
        }
        if (found != null && t.parsed()) {
            // "Sen. Dianne Feinstein of California", "Representative Dan Kildee, a Michigan Democrat"
            for (int c : t.children(head)) {
                boolean of = t.baseRelation(c).equals("nmod") && t.children(c, "case").stream()
                        .anyMatch(k -> Set.of("of", "from").contains(t.token(k).text().toLowerCase(Locale.ROOT)));
                String place = of ? placeIn(t, t.subtreeBegin(c), c + 1) : null;
                if (place != null) {
                    return new Title(found.sector, found.role, place);
                }
            }
        }
        return found;
    }

    /** The country of a country or known place named by words of the span (longest first), or null. */
    private String placeIn(DependencyTree t, int from, int to) {
        for (int n = 3; n >= 1; n--) {
            for (int i = from; i + n <= to; i++) {
                String place = lexicons.countryOfPlace(t.sentence().textOf(i, i + n));
                if (place != null) {
                    return place;
                }
            }
        }
        return null;
    }

    /** The tokens of a span as a sentence of their own, for lexicon lookups. */
    private static Sentence sub(Sentence s, int[] span) {
        List<Token> toks = new ArrayList<>();
        for (int i = span[0]; i < span[1]; i++) {
            Token k = s.tokens().get(i);
            toks.add(new Token(toks.size(), k.text(), k.lemma(), k.pos(), k.ner(), k.begin(), k.end()));
        }
        int b = toks.isEmpty() ? s.begin() : toks.get(0).begin();
        int e = toks.isEmpty() ? s.begin() : toks.get(toks.size() - 1).end();
        return new Sentence(s.index(), b, e, s.text().substring(b - s.begin(), e - s.begin()), toks, List.of());
    }

    private Country capitalOf(String text) {
        for (String code : lexicons.countryCodes()) {
            Country c = lexicons.country(code);
            if (c.capitals().contains(text)) {
                return c;
            }
        }
        return null;
    }

    private static boolean acting(DependencyTree t, Mention m) {
        if (t == null || !t.parsed()) {
            return false;
        }
        int h = m.head();
        while (t.relation(h).equals("conj") && t.governor(h) >= 0) {
            h = t.governor(h); // "Seoul and Tokyo condemned": the second as the first
        }
        int g = t.governor(h);
        // or the party of an act named by a noun: "criticism of Stockholm", "talks with Pyongyang", "pressure on Tehran",
        // "a request from Kyiv", "the expulsion of two diplomats by Moscow"
        boolean party = g >= 0 && (t.token(g).pos().equals("NN") || t.token(g).pos().equals("NNS")) && t.baseRelation(h).equals("nmod")
                && t.children(h, "case").stream().anyMatch(c -> PARTY_CASES.contains(t.token(c).text().toLowerCase(Locale.ROOT)));
        // or the agent of a passive verb: "were ordered to leave by the ministry in Moscow", "was condemned by Kyiv"
        boolean agent = t.baseRelation(h).equals("obl") && t.children(h, "case").stream()
                .anyMatch(c -> t.token(c).text().equalsIgnoreCase("by"));
        return ACTING.contains(t.relation(h)) || party || agent;
    }

    // ---- nominal actors ----

    private Actor nominal(Mention m, DependencyTree t, Mention[] resolved, List<Actor> people, String main) {
        Sentence s = t.sentence();
        String sector = null;
        String role = null;
        for (Gazetteer.Hit<String> h : dictionary.titles().find(sub(s, new int[] {m.tokenBegin(), m.tokenEnd()}))) {
            if (h.tokenEnd() + m.tokenBegin() == m.tokenEnd()) {
                sector = h.value();
                role = h.text();
            }
        }
        String headWord = t.token(m.head()).text().toLowerCase(Locale.ROOT);
        if (sector == null) {
            sector = lexicons.actorNounSector(headWord);
            role = headWord;
        }
        if (GENERIC_PERSONS.contains(headWord) && t.parsed()) {
            // "a police officer", "a military official": the body named before a generic head decides
            for (int c : t.children(m.head())) {
                String w = t.token(c).text().toLowerCase(Locale.ROOT);
                String body = t.relation(c).equals("compound") || t.relation(c).equals("amod") ? lexicons.actorNounSector(w) : null;
                if (body != null) {
                    sector = body;
                    role = w + " " + headWord;
                }
            }
        }
        for (int i = m.tokenBegin(); sector == null && i < m.tokenEnd(); i++) {
            // "opposition groups": the actor noun modifying the head gives the sector
            String w = t.token(i).text().toLowerCase(Locale.ROOT);
            sector = i == m.head() ? null : lexicons.actorNounSector(w);
            role = w;
        }
        if (sector != null && t.parsed() && t.children(m.head(), "amod").stream()
                .anyMatch(a -> Set.of("unidentified", "unknown", "masked").contains(t.token(a).text().toLowerCase(Locale.ROOT)))) {
            sector = "UAF"; // "unidentified gunmen": armed men of no known side, as ICEWS and PETRARCH code them
        }
        if (sector == null && THE_COUNTRY.contains(headWord) && definite(t, m)) {
            // "Egypt's finance minister said the country had asked the IMF": the country named just before, if any
            String named = lastCountry(m, t, resolved);
            return named == null ? null : Actor.of(named, m.text(), null, Basis.COREFERENCE, COREFERENCE);
        }
        if (sector == null && THE_BLOC.contains(headWord) && definite(t, m)) {
            // "The European Union condemned Belarus ... The bloc said": the international body named just before, if any
            Actor body = lastBody(m, resolved);
            return body == null ? null : body.via(Basis.COREFERENCE, COREFERENCE);
        }
        if (sector == null && sameHead(m, t, resolved) != null) {
            return sameHead(m, t, resolved); // (named before: "the agency's director" takes it from the name)
        }
        if (sector == null) {
            // "the group" after "Hamas said": the armed group named just before, if any
            Actor named = headWord.equals("group") && definite(t, m) ? lastArmedGroup(m, resolved) : null;
            return named == null ? null : named.via(Basis.COREFERENCE, COREFERENCE);
        }
        // "a passenger jet", "a Ryanair plane": an airliner is a company's, not an air force's
        boolean airliner = sector.equals("MIL") && CRAFT.contains(headWord) && t.parsed() && t.children(m.head()).stream()
                .anyMatch(c -> (t.relation(c).equals("amod") || t.relation(c).equals("compound"))
                    && (CIVIL.contains(t.token(c).text().toLowerCase(Locale.ROOT)) || t.token(c).isProperNoun()
                        && (mentionAt(resolved, m.sentence(), c) == null || mentionAt(resolved, m.sentence(), c).type() == MentionType.ORGANIZATION)));
        if (airliner) {
            sector = "BUS";
            role = headWord;
        }
        // a name inside the phrase gives the country: "U.S." in "a U.S. official", "Biden" in "the Biden administration"
        // (before the head, or in an "of" phrase: not "a guerrilla stronghold on the Thai border")
        List<Integer> ofPhrases = t.parsed() ? locatives(t, m.head(), Set.of("of")) : List.of();
        for (Mention inner : resolved) {
            boolean placed = inner.tokenEnd() <= m.head() + 1 || !t.parsed()
                    || ofPhrases.stream().anyMatch(o -> inner.tokenBegin() >= t.subtreeBegin(o) && inner.tokenBegin() <= o);
            if (inner != m && inner.sentence() == m.sentence() && inner.tokenBegin() >= m.tokenBegin() && placed
                    && !merelyLinked(t, inner)
                    && inner.tokenEnd() <= m.tokenEnd() && inner.actor() != null && inner.type() != MentionType.NOMINAL) {
                String country = inner.actor().country();
                // "the Biden administration" is Biden's government; "IRGC officials" are the IRGC's
                boolean ofOrganisation = inner.type() == MentionType.ORGANIZATION || GROUP_HEADS.contains(headWord);
                String code = ofOrganisation && !inner.actor().sector().isEmpty() ? inner.actor().code() : country + sector;
                Basis basis = inner.type() == MentionType.NATIONALITY ? Basis.DEMONYM : Basis.TITLE;
                return Actor.of(code, m.text(), role, basis, TITLE);
            }
        }
        Actor owner = t.parsed() ? itsOwner(m, t, resolved) : null;
        if (owner != null) {
            // "China held drills around Taiwan, days after its president visited": Taiwan's president
            return Actor.of(owner.sector().isEmpty() || GROUP_HEADS.contains(headWord) ? owner.country() + sector : owner.code(),
                    m.text(), role, Basis.COREFERENCE, 0.6);
        }
        Actor body = bodyOf(m, t, resolved);
        if (body != null) {
            // "exiled leaders of Egypt's Muslim Brotherhood", "members of the IRGC": the body's own code
            return Actor.of(body.sector().isEmpty() ? body.country() + sector : body.code(), m.text(), role, Basis.TITLE, TITLE);
        }
        String place = placeOf(m, t, resolved);
        if (place != null) {
            return Actor.of(place + sector, m.text(), role, Basis.CONTEXT, 0.7);
        }
        for (int c : t.parsed() ? t.children(m.head(), "appos") : List.<Integer>of()) {
            // "the emir, Sheikh Hamad bin Khalifa": the person the apposition names
            for (Mention p : resolved) {
                if (p != m && p.sentence() == m.sentence() && p.type() == MentionType.PERSON && p.actor() != null
                        && p.tokenBegin() >= t.subtreeBegin(c) && p.tokenBegin() <= c) {
                    return p.actor().via(Basis.COREFERENCE, COREFERENCE);
                }
            }
        }
        boolean definite = t.token(m.tokenBegin()).text().equalsIgnoreCase("the") && m.tokenEnd() - m.tokenBegin() == 2;
        if (definite) {
            // "the secretary" after "Secretary of State Antony Blinken"
            for (int i = people.size() - 1; i >= 0; i--) {
                Actor p = people.get(i);
                if (p.role() != null && p.role().toLowerCase(Locale.ROOT).contains(headWord)) {
                    return p.via(Basis.COREFERENCE, COREFERENCE);
                }
            }
        }

        if (t.parsed() && t.children(m.head(), "amod").stream().anyMatch(a -> LOCAL.contains(t.token(a).lemma().toLowerCase(Locale.ROOT)))) {
            // "regional officials said" in a sentence about Kherson: officials of that place
            for (Mention p : resolved) {
                String country = p == null || p.sentence() != m.sentence() || p.type() != MentionType.LOCATION ? null : countryOfPlace(p);
                if (country != null) {
                    return Actor.of(country + sector, m.text(), role, Basis.CONTEXT, CONTEXT);
                }
            }
        }
        if (airliner) {
            return null; // whose airline the text does not say
        }
        if (sector.equals("REB") && t.parsed()) {
            // "the militant group" after "Islamic State": the armed group the article has just named
            Actor named = definite(t, m) ? lastArmedGroup(m, resolved) : null;
            if (named != null) {
                return named.via(Basis.COREFERENCE, COREFERENCE);
            }
        }
        if (main == null) {
            return null;
        }
        return Actor.of(main + sector, m.text(), role, Basis.CONTEXT, CONTEXT);
    }

    /**
     * Who "its" stands for in "its president", "its forces": as the clause's subject, the state or body named last
     * before it in the sentence; elsewhere, the clause's own subject ("Armenia recalled its ambassador"). Null when
     * neither is a name ("their" is left alone: too often the nearest plural thing).
     */
    private static Actor itsOwner(Mention m, DependencyTree t, Mention[] all) {
        boolean its = t.children(m.head(), "nmod:poss").stream().anyMatch(p -> t.token(p).text().equalsIgnoreCase("its"));
        if (!its) {
            return null;
        }
        String rel = t.relation(m.head());
        int says = t.governor(m.head());
        if ((rel.equals("nsubj") || rel.equals("nsubj:pass")) && says >= 0 && t.relation(says).equals("ccomp") && t.governor(says) >= 0) {
            // "the U.S. military said its forces had shot down two drones": the sayer's own
            for (Mention p : subjects(t, t.governor(says), m.sentence(), all)) {
                if (p.actor() == null) {
                    return null; // (a sayer resolved later, right to left: the coder takes the sayer's then)
                }
                if (p.actor().basis() != Basis.CONTEXT) {
                    return p.actor().sector().isEmpty() ? p.actor() : Actor.of(p.actor().country(), p.actor().name(), null,
                            p.actor().basis(), p.actor().confidence());
                }
            }
        }
        if (rel.equals("nsubj") && says >= 0) {
            // "Lithuania delivered vehicles to Ukraine, its defence minister said": the speaker is of the one it reports on
            List<Integer> told = new ArrayList<>();
            t.children(says, "ccomp").stream().filter(c -> c < m.tokenBegin()).forEach(told::add);
            if (t.relation(says).equals("parataxis") && t.governor(says) < m.tokenBegin()) {
                told.add(t.governor(says));
            }
            for (int c : told) {
                for (Mention p : subjects(t, c, m.sentence(), all)) {
                    if (named(p)) {
                        return p.actor();
                    }
                }
            }
        }
        if (rel.equals("nsubj") || rel.equals("nsubj:pass")) {
            Mention last = null;
            for (Mention p : all) {
                // (a name heading its own phrase: not "UN" in "a report by UN experts that its troops")
                if (p.sentence() == m.sentence() && p.tokenEnd() <= m.tokenBegin() && named(p)
                        && !Set.of("compound", "amod").contains(t.relation(p.head()))) {
                    last = p;
                }
            }
            return last == null ? null : last.actor();
        }
        int verb = t.governingVerb(m.head());
        if (verb >= 0 && t.relation(verb).equals("acl:relcl") && t.children(verb, "nsubj").stream()
                .allMatch(w -> t.token(w).pos().startsWith("W"))) {
            // "fired rockets in response to an Israeli strike that killed one of its commanders": the strike owns no
            // commanders; the clause the strike is told in names the owner
            verb = t.governingVerb(t.governor(verb));
        }
        for (Mention p : verb < 0 ? List.<Mention>of() : subjects(t, verb, m.sentence(), all)) {
            if (named(p)) {
                return p.actor();
            }
        }
        return null;
    }

    /** The mentions headed by the subjects of a verb. */
    private static List<Mention> subjects(DependencyTree t, int verb, int sentence, Mention[] all) {
        List<Mention> out = new ArrayList<>();
        for (int sub : t.children(verb, "nsubj")) {
            Mention p = mentionAt(all, sentence, sub);
            if (p != null && p.head() == sub) {
                out.add(p);
            }
        }
        return out;
    }

    /** A state or body the text names (not a person, a people or another nominal). */
    private static boolean named(Mention p) {
        return p.actor() != null && (p.type() == MentionType.COUNTRY || p.type() == MentionType.ORGANIZATION
                || p.type() == MentionType.LOCATION && p.actor().basis() != Basis.CONTEXT);
    }

    private static boolean definite(DependencyTree t, Mention m) {
        return t.token(m.tokenBegin()).text().equalsIgnoreCase("the") && t.children(m.head(), "nummod").isEmpty();
    }

    /** The country named last before the mention (by name, demonym or capital), in its sentence or the one before, or null. */
    private String lastCountry(Mention m, DependencyTree t, Mention[] all) {
        // (not the doer of the act the country undergoes: "a New Zealand plane flew supplies to the kingdom")
        int verb = t.parsed() && !t.relation(m.head()).startsWith("nsubj") ? t.governingVerb(m.head()) : -1;
        List<Integer> doers = verb < 0 ? List.of() : t.children(verb, "nsubj");
        Mention last = lastBefore(m, all, 1, p -> p.type() != MentionType.NOMINAL && p.type() != MentionType.PERSON
                && p.type() != MentionType.ORGANIZATION && countryOfPlace(p) != null
                && !(p.sentence() == m.sentence() && doers.stream().anyMatch(d -> t.dominates(d, p.head()))));
        return last == null ? null : countryOfPlace(last);
    }

    /** The international body (IGO) named last before the mention, in its sentence or the two before it, or null. */
    private static Actor lastBody(Mention m, Mention[] all) {
        Mention last = lastBefore(m, all, 2, p -> p.type() != MentionType.NOMINAL && p.actor() != null
                && p.actor().country().equals("IGO"));
        return last == null ? null : last.actor();
    }

    /** The armed group a dictionary named last before the mention, in its sentence or the two before it, or null. */
    private static Actor lastArmedGroup(Mention m, Mention[] all) {
        // (the tagger takes many a group for a person: "Al-Shabaab", "Boko Haram")
        Mention last = lastBefore(m, all, 2, p -> p.type() != MentionType.NOMINAL && p.actor() != null
                && p.actor().basis() == Basis.DICTIONARY
                && (p.actor().country().equals("IMG") || p.actor().sector().stream().anyMatch(ARMED_GROUPS::contains)));
        return last == null ? null : last.actor();
    }

    /**
     * "the Atomic Energy Organization of Iran", "the Nigerian Union of Teachers": a body no dictionary knows and no
     * word of which gives a sector is of the country its name holds; else null.
     */
    private static Actor namedFor(Mention m, Mention[] all) {
        for (Mention p : all) {
            if (p != m && p.sentence() == m.sentence() && p.tokenBegin() >= m.tokenBegin() && p.tokenEnd() <= m.tokenEnd()
                    && p.actor() != null && (p.type() == MentionType.COUNTRY || p.type() == MentionType.NATIONALITY)) {
                return Actor.of(p.actor().country(), m.text(), null, Basis.DEMONYM, TITLE);
            }
        }
        return null;
    }

    /**
     * "a Chinese coast guard ship ... The ship", "the International Atomic Energy Agency ... the agency": a bare
     * definite noun is the party last named with that head word, by other means than the context, in its sentence or
     * the two before; else null.
     */
    private static Actor sameHead(Mention m, DependencyTree t, Mention[] all) {
        if (t == null || !t.parsed() || m.tokenEnd() - m.tokenBegin() != 2 || !definite(t, m) || t.children(m.head()).stream()
                .anyMatch(c -> c != m.tokenBegin() && !t.relation(c).equals("case"))) {
            return null; // (not "the government of Costa Rica", "the judge, Gonzalo Curiel")
        }
        String head = t.token(m.head()).text();
        Mention last = lastBefore(m, all, 2, p -> p.actor() != null && p.actor().basis() != Basis.CONTEXT
                && p.tokenEnd() - p.tokenBegin() > 1 && lastWord(p.text()).equalsIgnoreCase(head));
        return last == null ? null : last.actor().via(Basis.COREFERENCE, COREFERENCE);
    }

    /** The last mention of the kind before the mention, in its sentence or the given number of sentences before it. */
    private static Mention lastBefore(Mention m, Mention[] all, int sentences, java.util.function.Predicate<Mention> kind) {
        Mention last = null;
        for (Mention p : all) {
            boolean before = p.sentence() < m.sentence() && m.sentence() - p.sentence() <= sentences
                    || p.sentence() == m.sentence() && p.tokenEnd() <= m.tokenBegin();
            if (before && p != m && kind.test(p)) {
                last = p;
            }
        }
        return last;
    }


    /** "the Al Qaeda-linked group", "Iranian-backed militias": a party named only as the ally of another is not it. */
    private static boolean merelyLinked(DependencyTree t, Mention inner) {
        int e = inner.tokenEnd();
        return e + 1 < t.size() && t.token(e).text().equals("-") && t.token(e + 1).pos().equals("VBN")
                && !OWNING.contains(t.token(e + 1).lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * A person with no title known: the body or country an apposition places them in ("Kenzo Oshima, the United
     * Nations relief coordinator", "Ahmed Saleh, a Yemeni doctor"), or null.
     */
    private Actor affiliation(Mention m, DependencyTree t, Mention[] all) {
        if (t == null || !t.parsed()) {
            return null;
        }
        for (int c : t.children(m.head(), "appos")) {
            int from = t.subtreeBegin(c);
            for (Mention inner : all) {
                if (inner == m || inner.sentence() != m.sentence() || inner.actor() == null || inner.tokenBegin() < from
                        || inner.tokenEnd() > c + 1 || inner.type() == MentionType.PERSON || inner.type() == MentionType.PRONOUN) {
                    continue;
                }
                Actor a = inner.actor();
                if (inner.type() == MentionType.ORGANIZATION && !a.sector().isEmpty() || a.country().equals("IGO")) {
                    return Actor.of(a.code(), m.text(), null, Basis.TITLE, 0.7);
                }
                String sector = lexicons.actorNounSector(t.token(c).text().toLowerCase(Locale.ROOT));
                return Actor.of(a.country() + (sector == null ? "" : sector), m.text(), null, Basis.TITLE, 0.7);
            }
        }
        return null;
    }

    /**
     * The organisation or group an "of" or "at" phrase makes the nominal part of: "leaders of the Muslim Brotherhood",
     * "the leader of the rebel group", "judges at the International Criminal Court", or null.
     */
    private static Actor bodyOf(Mention m, DependencyTree t, Mention[] all) {
        if (!t.parsed()) {
            return null;
        }
        for (int c : locatives(t, m.head(), Set.of("of", "at"))) {
            Mention body = mentionAt(all, m.sentence(), c);
            boolean party = body != null && body.actor() != null
                    && (body.type() == MentionType.ORGANIZATION || body.type() == MentionType.NOMINAL && !body.actor().sector().isEmpty());
            if (party && body != m) {
                return body.actor();
            }
        }
        return null;
    }

    /**
     * The country of a place the phrase itself is in or from: "demonstrators in Baghdad", "residents of Gaza", "the
     * mayor of the West Bank city of Nablus" (a place word's own place, or the name compounded with it).
     */
    private String placeOf(Mention m, DependencyTree t, Mention[] all) {
        if (!t.parsed()) {
            return null;
        }
        for (int c : locatives(t, m.head(), Set.of("in", "from", "of"))) {
            List<Integer> spots = new ArrayList<>(List.of(c));
            spots.addAll(locatives(t, c, Set.of("of")));
            spots.addAll(t.children(c, "compound"));
            spots.addAll(t.children(c, "amod")); // "officials of the Iranian government"
            for (int spot : spots) {
                Mention p = mentionAt(all, m.sentence(), spot);
                String country = p == null || p == m ? null : countryOfPlace(p);
                if (country != null) {
                    return country;
                }
            }
        }
        return null;
    }

    /** Participles by which a party owns what it names: "the Saudi-led coalition", "a British-flagged tanker". */
    private static final Set<String> OWNING = Set.of("lead", "led", "flag", "register", "base", "run", "own", "control");

    private static List<Integer> locatives(DependencyTree t, int head, Set<String> prepositions) {
        List<Integer> out = new ArrayList<>();
        for (int c : t.children(head)) {
            if (t.baseRelation(c).equals("nmod") && t.children(c, "case").stream()
                    .anyMatch(k -> prepositions.contains(t.token(k).text().toLowerCase(Locale.ROOT)))) {
                out.add(c);
            }
        }
        return out;
    }

    /** The narrowest mention covering the token: "Iranian", not "the Iranian government". */
    private static Mention mentionAt(Mention[] all, int sentence, int token) {
        Mention best = null;
        for (Mention p : all) {
            if (p.sentence() == sentence && p.tokenBegin() <= token && token < p.tokenEnd()
                    && (best == null || p.tokenEnd() - p.tokenBegin() < best.tokenEnd() - best.tokenBegin())) {
                best = p;
            }
        }
        return best;
    }

    /** The country a country name, a capital or a known place names, or null. */
    private String countryOfPlace(Mention p) {
        if (p.type() == MentionType.NATIONALITY) {
            Country d = lexicons.adjectives().get(p.text());
            return d == null ? null : d.code();
        }
        if (p.type() == MentionType.LOCATION || p.type() == MentionType.COUNTRY) {
            return lexicons.countryOfPlace(p.text());
        }
        Country c = lexicons.countryNames().get(stripThe(p.text()));
        return c == null ? null : c.code();
    }

    /** The country the article is most about: the most named, by country name, demonym or capital. */
    private String mainCountry(Mention[] ms) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : ms) {
            String country = switch (m.type()) {
                case COUNTRY, LOCATION -> countryOfPlace(m);
                case NATIONALITY -> {
                    Country c = lexicons.adjectives().get(m.text());
                    yield c == null ? null : c.code();
                }
                case PERSON, ORGANIZATION -> m.actor() == null || m.actor().basis() == Basis.CONTEXT
                        || lexicons.country(m.actor().country()) == null ? null : m.actor().country();
                default -> null;
            };
            if (country != null) {
                counts.merge(country, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static String stripThe(String s) {
        return s.startsWith("the ") || s.startsWith("The ") ? s.substring(4) : s;
    }

    private static String lastWord(String s) {
        String[] w = s.trim().split("\\s+");
        return w[w.length - 1];
    }
}
