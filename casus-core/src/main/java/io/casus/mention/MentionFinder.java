package io.casus.mention;

import io.casus.actor.ActorDictionary;
import io.casus.actor.ActorEntry;
import io.casus.actor.ContextActorResolver;
import io.casus.lexicon.Gazetteer;
import io.casus.lexicon.Lexicons;
import io.casus.model.AnnotatedArticle;
import io.casus.model.DependencyTree;
import io.casus.model.EntityMention;
import io.casus.model.Mention;
import io.casus.model.MentionType;
import io.casus.model.Sentence;
import io.casus.model.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the mentions of possible actors in an annotated article.
 *
 * <p>NER types are not trusted alone (CoreNLP tags "Israel Defense" as an organisation and misses "Axios"): a name
 * in the country, demonym or outlet lexicon gets that type whatever NER said, and lexicon phrases NER missed are
 * added. Nominal actors are noun phrases headed by an actor noun, spanning the head's left modifiers in the parse.
 * Mentions may nest ("Iranian" inside "Iranian Quds Force"). Thread-safe.
 */
public final class MentionFinder {
    private static final Set<String> LEFT_MODIFIERS = Set.of("det", "amod", "compound", "nmod:poss", "nummod", "det:predet");

    private final Lexicons lexicons;
    private final ActorDictionary dictionary;

    public MentionFinder(Lexicons lexicons, ActorDictionary dictionary) {
        this.lexicons = lexicons;
        this.dictionary = dictionary;
    }

    /** All mentions, ordered by start offset (longer first on ties). */
    public List<Mention> find(AnnotatedArticle article) {
        List<Mention> out = new ArrayList<>();
        List<EntityMention> entities = article.entities();
        Set<String> heads = new java.util.HashSet<>(); // the last words of the mentions of the sentences before
        Set<String> surnames = new java.util.HashSet<>(); // of the people named in full before
        for (Sentence s : article.sentences()) {
            out.forEach(m -> heads.add(lastWord(m.text())));
            out.stream().filter(m -> m.type() == MentionType.PERSON && m.text().trim().indexOf(' ') > 0)
                    .forEach(m -> surnames.add(m.text().substring(m.text().lastIndexOf(' ') + 1)));
            List<EntityMention> here = entities.stream().filter(e -> e.sentence() == s.index()).toList();
            boolean[] inName = new boolean[s.tokens().size()];
            for (EntityMention e : here) {
                if (titleFragment(s, e)) {
                    continue;
                }
                out.add(new Mention(s.index(), e.tokenBegin(), e.tokenEnd(), e.tokenEnd() - 1, e.begin(), e.end(),
                        e.text(), typeOf(e)));
                if (!e.nerTag().equals("LOCATION") && !e.nerTag().equals("MISC")) {
                    for (int i = e.tokenBegin(); i < e.tokenEnd(); i++) {
                        inName[i] = true;
                    }
                }
            }
            qualifyPlaces(s, out);
            // a lexicon phrase inside another one is not a mention of its own ("Saudi" in "Saudi Arabia")
            boolean[] inPhrase = new boolean[s.tokens().size()];
            for (EntityMention e : here) {
                if (lexicons.placeCountry(e.text()) != null) {
                    for (int i = e.tokenBegin(); i < e.tokenEnd(); i++) {
                        inPhrase[i] = true; // "Niger" in "the Niger Delta" is no country of its own
                    }
                }
            }
            addLexiconHits(s, lexicons.outlets(), MentionType.OUTLET, inPhrase, out);
            addLexiconHits(s, lexicons.countryNames(), MentionType.COUNTRY, inPhrase, out);
            addLexiconHits(s, lexicons.adjectives(), MentionType.NATIONALITY, inPhrase, out);
            // places the recogniser missed ("in the Sagaing region"); not inside a name it found
            boolean[] named = inPhrase.clone();
            for (EntityMention e : here) {
                for (int i = e.tokenBegin(); i < e.tokenEnd(); i++) {
                    named[i] = true;
                }
            }
            addLexiconHits(s, lexicons.placeNames(), MentionType.LOCATION, named, out);
            addNames(s, out);
            addSurnames(s, named, surnames, out);
            addPronouns(s, out);
            addNominals(s, inName, heads, out);
        }
        out.sort(Comparator.comparingInt(Mention::begin).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
        return dedupe(out);
    }

    /**
     * "Derry, N.H.", "Paris, Texas", "Aleppo, Syria": a place followed after a comma by the region or country it lies
     * in is one mention, placed by its qualifier. A list of places ("Aleppo, Homs and Hama", "Iran, Iraq") is not.
     */
    private void qualifyPlaces(Sentence s, List<Mention> out) {
        for (int i = out.size() - 1; i >= 0; i--) {
            Mention a = out.get(i);
            if (a.sentence() != s.index() || a.type() != MentionType.LOCATION || lexicons.isRegion(a.text())
                    || a.tokenEnd() >= s.tokens().size() || !s.tokens().get(a.tokenEnd()).text().equals(",")) {
                continue;
            }
            for (int j = 0; j < out.size(); j++) {
                Mention b = out.get(j);
                if (b.sentence() == s.index() && b.tokenBegin() == a.tokenEnd() + 1 && qualifier(b)) {
                    out.set(i, new Mention(s.index(), a.tokenBegin(), b.tokenEnd(), a.head(), a.begin(), b.end(),
                            s.text().substring(a.begin() - s.begin(), b.end() - s.begin()), MentionType.LOCATION));
                    out.remove(j);
                    break;
                }
            }
        }
    }

    private boolean qualifier(Mention b) {
        return (b.type() == MentionType.LOCATION || b.type() == MentionType.COUNTRY)
                && (lexicons.isRegion(b.text()) || lexicons.countryNames().get(b.text()) != null);
    }

    private MentionType typeOf(EntityMention e) {
        String text = e.text().startsWith("the ") ? e.text().substring(4) : e.text();
        if (lexicons.outlets().get(text) != null) {
            return MentionType.OUTLET;
        }
        if (lexicons.countryNames().get(text) != null) {
            return MentionType.COUNTRY;
        }
        if (lexicons.adjectives().get(text) != null) {
            return MentionType.NATIONALITY;
        }
        return switch (e.nerTag()) {
            case "PERSON" -> MentionType.PERSON;
            case "ORGANIZATION" -> MentionType.ORGANIZATION;
            case "COUNTRY" -> MentionType.COUNTRY;
            case "NATIONALITY" -> MentionType.NATIONALITY;
            case "LOCATION", "CITY", "STATE_OR_PROVINCE" -> MentionType.LOCATION;
            default -> MentionType.MISC;
        };
    }

    private static <T> void addLexiconHits(Sentence s, Gazetteer<T> g, MentionType type, boolean[] inPhrase,
                                           List<Mention> out) {
        for (Gazetteer.Hit<T> h : g.find(s)) {
            if (inPhrase[h.tokenBegin()] || inPhrase[h.tokenEnd() - 1]) {
                continue;
            }
            for (int i = h.tokenBegin(); i < h.tokenEnd(); i++) {
                inPhrase[i] = true;
            }
            Token first = s.tokens().get(h.tokenBegin());
            Token last = s.tokens().get(h.tokenEnd() - 1);
            out.add(new Mention(s.index(), h.tokenBegin(), h.tokenEnd(), h.tokenEnd() - 1, first.begin(), last.end(),
                    h.text(), type));
        }
    }

    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her");

    /** Personal pronouns, which the actor resolver links to the person named before them. */
    private static void addPronouns(Sentence s, List<Mention> out) {
        for (Token t : s.tokens()) {
            if (t.pos().equals("PRP") && PERSONAL_PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT))) {
                out.add(new Mention(s.index(), t.index(), t.index() + 1, t.index(), t.begin(), t.end(), t.text(), MentionType.PRONOUN));
            }
        }
    }

    /**
     * "Tonga's Prime Minister Sione Fifita asked ... Fifita, who held talks": the recogniser often misses an unusual
     * surname on its own; a proper noun outside every name that is the surname of a person named in full before is
     * that person again.
     */
    private static void addSurnames(Sentence s, boolean[] named, Set<String> surnames, List<Mention> out) {
        DependencyTree tree = DependencyTree.of(s);
        for (Token t : s.tokens()) {
            // (the person, not a noun the name qualifies: "Trump rallies")
            if (!named[t.index()] && t.pos().equals("NNP") && t.ner().equals("O") && surnames.contains(t.text()) && tree.parsed()
                    && Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "conj", "appos").contains(tree.relation(t.index()))) {
                out.add(new Mention(s.index(), t.index(), t.index() + 1, t.index(), t.begin(), t.end(), t.text(), MentionType.PERSON));
            }
        }
    }

    /** Dictionary names NER missed or mistyped ("Houthis", "the Kremlin", "Quds Force"). */
    private void addNames(Sentence s, List<Mention> out) {
        for (Gazetteer.Hit<ActorEntry> h : dictionary.names().find(s)) {
            MentionType type = h.value().kind() == ActorEntry.Kind.PERSON ? MentionType.PERSON : MentionType.ORGANIZATION;
            Token first = s.tokens().get(h.tokenBegin());
            Token last = s.tokens().get(h.tokenEnd() - 1);
            out.add(new Mention(s.index(), h.tokenBegin(), h.tokenEnd(), h.tokenEnd() - 1, first.begin(), last.end(), h.text(), type));
        }
    }

    /**
     * NER often takes the start of a title for an organisation ("Israel Defense" in "Israel Defense Minister Yoav
     * Gallant"): an organisation whose last word begins a title that runs on past it is no mention of its own.
     */
    private boolean titleFragment(Sentence s, EntityMention e) {
        if (!e.nerTag().equals("ORGANIZATION")) {
            return false;
        }
        int n = s.tokens().size();
        for (int start = Math.max(0, e.tokenBegin() - 3); start < e.tokenEnd(); start++) {
            for (int end = Math.max(start + 1, e.tokenBegin() + 1); end <= Math.min(n, e.tokenEnd() + 3); end++) {
                boolean straddles = start < e.tokenBegin() || end > e.tokenEnd();
                if (straddles && dictionary.titles().get(s.textOf(start, end)) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Prepositions of a reason or topic hung on a bare noun, which do not make it another thing: "the bloc for its
     * interference". */
    private static final Set<String> REASONS = Set.of("for", "over");

    /**
     * "the group", "for the country", "condemned the bloc for interference": a noun after "the" with nothing else of its
     * own but a preposition, or a phrase of reason.
     */
    private static boolean theBare(Sentence s, DependencyTree t, int h) {
        return h > 0 && t.parsed() && s.tokens().get(h - 1).text().equalsIgnoreCase("the")
                && t.children(h).stream().allMatch(c -> c == h - 1 || t.relation(c).equals("case") || t.relation(c).equals("nmod")
                    && t.children(c, "case").stream().anyMatch(k -> REASONS.contains(s.tokens().get(k).text().toLowerCase(Locale.ROOT))
                        || accused(s, t, h) && s.tokens().get(k).text().equalsIgnoreCase("of"))
                    || t.relation(c).equals("nmod") && TIMES.contains(s.tokens().get(c).lemma().toLowerCase(Locale.ROOT)));
    }

    /** Words of time the parser may hang on a noun before them: "flew supplies to the kingdom on Sunday". */
    private static final Set<String> TIMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "morning", "evening", "night", "day", "week", "weekend", "month", "year", "january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december");

    /** Whether the noun is what a verb of accusing accuses ("accused the watchdog of bias": the charge hung on it). */
    private static boolean accused(Sentence s, DependencyTree t, int h) {
        int g = t.governor(h);
        return g >= 0 && t.relation(h).equals("obj") && Set.of("accuse", "suspect", "blame").contains(
                s.tokens().get(g).lemma().toLowerCase(Locale.ROOT));
    }

    private static String lastWord(String text) {
        String[] w = text.trim().split("\\s+");
        return w[w.length - 1].toLowerCase(Locale.ROOT);
    }

    private void addNominals(Sentence s, boolean[] inName, Set<String> heads, List<Mention> out) {
        DependencyTree t = DependencyTree.of(s);
        for (Token tok : s.tokens()) {
            int h = tok.index();
            String word = tok.text().toLowerCase(Locale.ROOT);
            boolean partyAdjective = tok.pos().equals("JJ") && t.parsed() && t.relation(h).equals("amod") && t.governor(h) >= 0
                    && lexicons.isPartyNoun(s.tokens().get(t.governor(h)).text().toLowerCase(Locale.ROOT));
            // a capitalised title with no name is a nominal too ("The US Secretary of State said")
            boolean common = tok.pos().equals("NN") || tok.pos().equals("NNS") || partyAdjective
                    || tok.pos().startsWith("NNP") && tok.ner().equals("O");
            // "the group" alone may be an armed group named just before ("Hamas said ... the group"): the resolver decides
            boolean bare = theBare(s, t, h);
            boolean theGroup = word.equals("group") && tok.pos().equals("NN") && bare; // (also "a spokesman for the group")
            // and "the country" may be the country named just before ("Egypt's minister said the country had asked"),
            // "the bloc" the international body
            boolean theCountry = (ContextActorResolver.THE_COUNTRY.contains(word) || ContextActorResolver.THE_BLOC.contains(word))
                    && tok.pos().equals("NN") && bare;
            // and "the ship", "the agency" may be the party named before with that head ("a Chinese coast guard ship")
            boolean again = heads.contains(word) && (tok.pos().equals("NN") || tok.pos().equals("NNS")) && bare;
            if (inName[h] || !common || lexicons.actorNounSector(word) == null && dictionary.titles().get(word) == null && !theGroup
                    && !theCountry && !again) {
                continue;
            }
            // a compound modifier is part of a bigger noun phrase ("government forces"): take that phrase's head,
            // which names the actor even when it is no actor noun itself ("opposition groups", "rebel positions"); so
            // does an adjective of a party noun ("the militant group", "a separatist movement")
            if (t.parsed() && (t.relation(h).equals("compound") || partyAdjective)) {
                int g = t.governor(h);
                Token head = g < 0 ? null : s.tokens().get(g);
                if (head != null && !inName[g] && (head.pos().equals("NN") || head.pos().equals("NNS"))
                        && lexicons.actorNounSector(head.text().toLowerCase(Locale.ROOT)) == null
                        && dictionary.titles().get(head.text().toLowerCase(Locale.ROOT)) == null) {
                    int begin = leftEdge(t, g);
                    Token first = s.tokens().get(begin);
                    out.add(new Mention(s.index(), begin, g + 1, g, first.begin(), head.end(), s.textOf(begin, g + 1), MentionType.NOMINAL));
                }
                continue;
            }
            int begin = t.parsed() ? leftEdge(t, h) : leftEdgeByPos(s, h);
            while (begin < h && s.tokens().get(begin).pos().equals("POS")) {
                begin++;
            }
            Token first = s.tokens().get(begin);
            int end = titleEnd(s, t, h);
            out.add(new Mention(s.index(), begin, end, h, first.begin(), s.tokens().get(end - 1).end(), s.textOf(begin, end),
                    MentionType.NOMINAL));
        }
    }

    /** One past a title that runs on in an of-phrase ("secretary of state", "minister of defence"), else past the head. */
    private int titleEnd(Sentence s, DependencyTree t, int head) {
        if (t.parsed()) {
            for (int c : t.children(head, "nmod")) {
                int end = t.subtreeEnd(c);
                if (c > head && dictionary.titles().get(s.textOf(head, end).toLowerCase(Locale.ROOT)) != null) {
                    return end;
                }
            }
        }
        return head + 1;
    }

    /** The first token of the head's left modifiers (determiners, adjectives, compounds, possessors). */
    private static int leftEdge(DependencyTree t, int head) {
        int begin = head;
        for (int c : t.children(head)) {
            if (c < head && LEFT_MODIFIERS.contains(t.relation(c)) || c < head && t.baseRelation(c).equals("compound")) {
                begin = Math.min(begin, t.subtreeBegin(c));
            }
        }
        return begin;
    }

    private static int leftEdgeByPos(Sentence s, int head) {
        int begin = head;
        while (begin > 0 && Set.of("DT", "JJ", "NNP", "NN", "CD", "POS", "PRP$", "NNPS").contains(s.tokens().get(begin - 1).pos())) {
            begin--;
        }
        return begin;
    }

    /** The same span found twice (by NER and a lexicon) is kept once, with the first type found. */
    private static List<Mention> dedupe(List<Mention> sorted) {
        List<Mention> out = new ArrayList<>(sorted.size());
        for (Mention m : sorted) {
            Mention prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.begin() == m.begin() && prev.end() == m.end()) {
                continue;
            }
            out.add(m);
        }
        return out;
    }
}
