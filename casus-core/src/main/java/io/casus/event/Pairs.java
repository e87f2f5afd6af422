package io.casus.event;

import io.casus.model.Actor;
import io.casus.model.CodedArticle;
import io.casus.model.DependencyTree;
import io.casus.model.Mention;
import io.casus.model.MentionType;
import io.casus.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Phrases standing for two parties named before them: "the two leaders", "both sides", a bare "the two", and "their
 * ministers" after two parties named together.
 */
final class Pairs {
    private Pairs() {}

    /** Nouns that "the two" or "both" make a pair of parties: "the two leaders", "both sides", "the two countries". */
    private static final Set<String> PAIR_NOUNS = Set.of("side", "leader", "country", "nation", "government", "minister",
            "president", "neighbour", "neighbor", "capital", "delegation", "party", "foe", "rival", "ally", "state");

    /**
     * The sentence's mentions, with "the two leaders", "both sides" or a bare "the two" standing for the last two
     * parties of different countries named before them (in the sentence or the one before): one mention each, sharing
     * the phrase's span.
     */
    static List<Mention> withPairs(CodedArticle article, DependencyTree t, List<Mention> mentions) {
        List<Mention> out = null;
        for (int h = 0; h < t.size(); h++) {
            Token tok = t.token(h);
            String w = tok.text().toLowerCase(Locale.ROOT);
            boolean two = t.children(h).stream().anyMatch(c -> t.token(c).text().equalsIgnoreCase("two")
                    && t.relation(c).equals("nummod")) || t.children(h).stream().anyMatch(c -> Set.of("both", "each").contains(
                    t.token(c).text().toLowerCase(Locale.ROOT)) && Set.of("det", "cc:preconj").contains(t.relation(c)));
            boolean bare = (w.equals("two") || w.equals("both")) && t.baseRelation(h).equals("nsubj");
            // "Kenya and Somalia ... talks between their defence ministers": "their" for two parties named together
            boolean their = t.children(h, "nmod:poss").stream().anyMatch(c -> t.token(c).text().equalsIgnoreCase("their"));
            if (!bare && !((two || their) && tok.isNoun() && PAIR_NOUNS.contains(tok.lemma().toLowerCase(Locale.ROOT)))) {
                continue;
            }
            int begin = t.subtreeBegin(h);
            int sentence = t.sentence().index();
            // ("Rubio urged both leaders": the one acting on the pair is not of it; but "X spoke with Y and the two agreed")
            List<Integer> doers = new ArrayList<>();
            // (the verb whose object the phrase hangs from, however deep: "Sudan, which hosted talks between the two sides")
            int top = h;
            while (t.governor(top) >= 0 && t.token(t.governor(top)).isNoun() && t.baseRelation(top).equals("nmod")) {
                top = t.governor(top);
            }
            // ("spoke with the leaders of both countries": the partner's verb too, not "moved troops after a clash between ...")
            int verb = top != h && (t.relation(top).equals("obj") || t.baseRelation(top).equals("obl") && t.children(top, "case").stream()
                    .anyMatch(c -> Set.of("with", "to").contains(t.token(c).text().toLowerCase(Locale.ROOT)))) ? t.governor(top) : t.governor(h);
            if (verb >= 0 && !t.baseRelation(h).equals("nsubj")) {
                doers.addAll(t.children(verb, "nsubj"));
                if (doers.isEmpty() && t.relation(verb).equals("conj") && t.governor(verb) >= 0) {
                    doers.addAll(t.children(t.governor(verb), "nsubj")); // a coordinated verb's shared subject
                }
                if (t.relation(verb).equals("acl:relcl") && doers.stream().anyMatch(d -> t.token(d).pos().startsWith("W"))) {
                    doers.add(t.governor(verb)); // the antecedent of "which" or "who"
                }
            }
            List<Mention> before = article.mentions().stream().filter(m -> m.actor() != null && m.type() != MentionType.OUTLET
                    && m.type() != MentionType.PRONOUN && m.actor().basis() != Actor.Basis.CONTEXT
                    && (m.sentence() == sentence && m.tokenEnd() <= begin
                        && doers.stream().noneMatch(d -> d == m.head() || t.dominates(d, m.head())) || m.sentence() == sentence - 1))
                    .toList();
            // the last two named together, else the last two named: "Algeria and Morocco agreed ... in talks hosted by Saudi
            // Arabia ... the two North African rivals"
            List<Actor> parties = two || bare ? lastJoined(article, before) : new ArrayList<>();
            for (int i = before.size() - 1; i >= 0 && parties.size() < 2; i--) {
                Actor a = before.get(i).actor();
                if (parties.stream().noneMatch(p -> p.country().equals(a.country()))) {
                    parties.add(0, a);
                }
            }
            if (parties.size() < 2 || their && !two && !joined(t, before, parties)) {
                continue;
            }
            out = out == null ? new ArrayList<>(mentions) : out;
            Token first = t.token(begin);
            for (Actor a : parties) {
                out.add(new Mention(sentence, begin, h + 1, h, first.begin(), tok.end(), t.sentence().textOf(begin, h + 1),
                        MentionType.NOMINAL, a.via(Actor.Basis.COREFERENCE, 0.6)));
            }
        }
        return out == null ? mentions : out;
    }

    /** The parties of different countries of the last pair of mentions joined by "and" ("Algeria and Morocco"), or none. */
    private static List<Actor> lastJoined(CodedArticle article, List<Mention> before) {
        java.util.Map<Integer, DependencyTree> trees = new java.util.HashMap<>(); // (each sentence's tree built once)
        for (int i = before.size() - 1; i > 0; i--) {
            Mention b = before.get(i);
            DependencyTree t = trees.computeIfAbsent(b.sentence(), n -> DependencyTree.of(article.annotated().sentences().get(n)));
            for (int j = i - 1; j >= 0; j--) {
                Mention a = before.get(j);
                if (a.sentence() == b.sentence() && t.governor(b.head()) == a.head() && t.relation(b.head()).equals("conj")
                        && !a.actor().country().equals(b.actor().country())) {
                    return new ArrayList<>(List.of(a.actor(), b.actor()));
                }
            }
        }
        return new ArrayList<>();
    }

    /** Whether the two parties are named together in the sentence ("Kenya and Somalia"), as "their" needs. */
    private static boolean joined(DependencyTree t, List<Mention> before, List<Actor> parties) {
        for (Mention a : before) {
            for (Mention b : before) {
                if (a.sentence() == t.sentence().index() && b.sentence() == a.sentence() && a.actor() == parties.get(0)
                        && b.actor() == parties.get(1) && (t.governor(b.head()) == a.head() && t.relation(b.head()).equals("conj")
                            || t.governor(a.head()) == b.head() && t.relation(a.head()).equals("conj"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The mentions of a pair headed by the token ("the two leaders"), or none. */
    static List<Mention> pairAt(int h, List<Mention> mentions) {
        List<Mention> pair = mentions.stream().filter(x -> x.head() == h && x.type() == MentionType.NOMINAL && x.actor() != null
                && x.actor().basis() == Actor.Basis.COREFERENCE && x.tokenEnd() == h + 1).toList();
        return pair.stream().map(x -> x.actor().country()).distinct().count() > 1 ? pair : List.of();
    }
}
