package io.casus.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tags mended before parsing, on tagged tokens built by hand (no models loaded). */
class MendedTagsTest {
    private static List<CoreLabel> tagged(String text) {
        List<CoreLabel> out = new ArrayList<>();
        for (String wt : text.split(" ")) {
            CoreLabel l = new CoreLabel();
            int slash = wt.lastIndexOf('/');
            l.setWord(wt.substring(0, slash));
            l.setTag(wt.substring(slash + 1));
            out.add(l);
        }
        return out;
    }

    private static String tags(List<CoreLabel> labels) {
        return String.join(" ", labels.stream().map(CoreLabel::tag).toList());
    }

    @Test
    void anAdjectiveHeadingAPossessedPhraseIsANoun() {
        List<CoreLabel> l = tagged("Myanmar/NNP 's/POS military/JJ carried/VBN out/RP strikes/NNS");
        CoreNlpAnnotator.nounsAfterPossessives(l);
        assertEquals("NNP POS NN VBN RP NNS", tags(l));
    }

    @Test
    void anAdjectiveBeforeItsNounStaysAnAdjective() {
        List<CoreLabel> l = tagged("China/NNP 's/POS foreign/JJ ministry/NN said/VBD");
        CoreNlpAnnotator.nounsAfterPossessives(l);
        assertEquals("NNP POS JJ NN VBD", tags(l));
        List<CoreLabel> two = tagged("Iran/NNP 's/POS new/JJ nuclear/JJ site/NN");
        CoreNlpAnnotator.nounsAfterPossessives(two);
        assertEquals("NNP POS JJ JJ NN", tags(two));
    }

    /** The tags after mending a sentence whose second word, the verb, has the given lemma. */
    private static String mendedAfter(String text, String verbLemma) {
        List<CoreLabel> l = tagged(text);
        l.get(1).setLemma(verbLemma);
        CoreNlpAnnotator.subjunctivesAfterDemands(l);
        return tags(l);
    }

    @Test
    void aBareVerbInADemandedClauseIsAVerb() {
        assertEquals("NNP VBD IN NNP NNP VB DT NN",
                mendedAfter("Mogadishu/NNP demanded/VBD that/IN Addis/NNP Ababa/NNP scrap/NN the/DT deal/NN", "demand"));
    }

    @Test
    void aNounAfterANameInAClauseOfSayingOrBeforeAVerbStaysANoun() {
        assertEquals("NNP VBD IN NNP NN NNS VBD", mendedAfter("Kenya/NNP said/VBD that/IN Somalia/NNP border/NN posts/NNS fell/VBD", "say"),
                "a clause of saying is no demand");
        assertEquals("NNP VBD IN NNP NNS VB VBN", mendedAfter("Egypt/NNP demanded/VBD that/IN Sudan/NNP talks/NNS be/VB held/VBN", "demand"));
        assertEquals("NNP VBD IN NNP NN NNS VB VBN",
                mendedAfter("Iraq/NNP demanded/VBD that/IN Turkey/NNP border/NN guards/NNS be/VB punished/VBN", "demand"), "a compound subject");
    }
}
