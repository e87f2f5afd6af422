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

    @Test
    void aBareVerbInADemandedClauseIsAVerb() {
        List<CoreLabel> l = tagged("Mogadishu/NNP demanded/VBD that/IN Addis/NNP Ababa/NNP scrap/NN the/DT deal/NN");
        l.get(1).setLemma("demand");
        CoreNlpAnnotator.subjunctivesAfterDemands(l);
        assertEquals("NNP VBD IN NNP NNP VB DT NN", tags(l));
    }

    @Test
    void aNounAfterANameInAClauseOfSayingOrBeforeAVerbStaysANoun() {
        List<CoreLabel> said = tagged("Kenya/NNP said/VBD that/IN Somalia/NNP border/NN posts/NNS fell/VBD");
        said.get(1).setLemma("say");
        CoreNlpAnnotator.subjunctivesAfterDemands(said);
        assertEquals("NNP VBD IN NNP NN NNS VBD", tags(said), "a clause of saying is no demand");
        List<CoreLabel> talks = tagged("Egypt/NNP demanded/VBD that/IN Sudan/NNP talks/NNS be/VB held/VBN");
        talks.get(1).setLemma("demand");
        CoreNlpAnnotator.subjunctivesAfterDemands(talks);
        assertEquals("NNP VBD IN NNP NNS VB VBN", tags(talks));
        List<CoreLabel> compound = tagged("Iraq/NNP demanded/VBD that/IN Turkey/NNP border/NN guards/NNS be/VB punished/VBN");
        compound.get(1).setLemma("demand");
        CoreNlpAnnotator.subjunctivesAfterDemands(compound);
        assertEquals("NNP VBD IN NNP NN NNS VB VBN", tags(compound), "a compound subject");
    }
}
