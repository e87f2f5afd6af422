package io.casus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gold README's rules on small hand-made gold files whose scores are worked out by hand. */
class ScorerTest {
    @TempDir
    Path tmp;

    private List<GoldLine> gold(String... lines) throws Exception {
        Path f = tmp.resolve("g.gold.jsonl");
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return Gold.read(f);
    }

    private static Prediction p(String doc, String src, String tgt, String root, String date) {
        return new Prediction(doc, src, tgt, root, "X", date, root + "0", "evidence");
    }

    @Test
    void matchesOneToOneAndCountsFalseEventsAndIgnoresOptionals() throws Exception {
        List<GoldLine> g = gold(
                "{\"doc\":\"d\",\"kind\":\"event\",\"source\":[\"IRN\"],\"target\":[\"ISR\",\"---\"],\"root\":[\"19\",\"18\"],\"date\":[\"2024-04-13\"]}",
                "{\"doc\":\"d\",\"kind\":\"event\",\"source\":[\"USA\"],\"target\":[\"ISR\"],\"root\":[\"02\"],\"date\":null}",
                "{\"doc\":\"d\",\"kind\":\"event\",\"source\":[\"JOR\"],\"target\":[\"ISR\",\"---\"],\"root\":[\"07\"],\"date\":null}",
                "{\"doc\":\"d\",\"kind\":\"optional\",\"source\":[\"*\"],\"target\":[\"ISR\"],\"root\":[\"02\"],\"date\":null}",
                "{\"doc\":\"d\",\"kind\":\"negative\",\"source\":[\"IRN\"],\"target\":[\"*\"],\"root\":[\"19\",\"20\"],\"date\":null,\"why\":\"conditional\"}",
                "{\"doc\":\"d\",\"kind\":\"quote\",\"speaker\":\"x\"}");
        List<Prediction> preds = List.of(
                p("d", "IRN", "ISR", "19", "2024-04-13"),   // hit
                p("d", "IRN", "ISR", "19", "2024-04-13"),   // duplicate: removed before matching
                p("d", "USA", "ISR", "02", "2024-04-16"),   // hit (date not scored)
                p("d", "GBR", "ISR", "02", "2024-04-16"),   // optional: ignored
                p("d", "IRN", "---", "20", "2024-04-16"),   // negative: false positive and false event
                p("d", "USA", "RUS", "04", "2024-04-16"));  // plain false positive
        Scorer.Result r = Scorer.score(g, preds);
        assertEquals(new Score(2, 2, 3, 1), r.strict());
        assertEquals(2.0 / 4, r.strict().precision(), 1e-9);
        assertEquals(2.0 / 3, r.strict().recall(), 1e-9);
        assertEquals(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), r.strict().f1(), 1e-9);
        assertEquals(1, r.misses().size());
        assertEquals("JOR", r.misses().get(0).source().get(0));
    }

    @Test
    void datesCountOnlyInStrictScoring() throws Exception {
        List<GoldLine> g = gold(
                "{\"doc\":\"d\",\"kind\":\"event\",\"source\":[\"IRN\"],\"target\":[\"ISR\"],\"root\":[\"19\"],\"date\":[\"2024-04-13\"]}");
        Scorer.Result r = Scorer.score(g, List.of(p("d", "IRN", "ISR", "19", "2024-04-16")));
        assertEquals(new Score(0, 1, 1, 0), r.strict());
        assertEquals(new Score(1, 0, 1, 0), r.nodate());
    }

    @Test
    void maximumMatchingBeatsGreedy() throws Exception {
        // the first prediction fits both gold events, the second only the first: only a maximum matching gets 2
        List<GoldLine> g = gold(
                "{\"doc\":\"d\",\"kind\":\"event\",\"source\":[\"IRN\"],\"target\":[\"*\"],\"root\":[\"19\"],\"date\":null}",
                "{\"doc\":\"d\",\"kind\":\"event\",\"source\":[\"*\"],\"target\":[\"ISR\"],\"root\":[\"19\"],\"date\":null}");
        Scorer.Result r = Scorer.score(g, List.of(p("d", "IRN", "ISR", "19", "2024-04-13"), p("d", "IRN", "SYR", "19", "2024-04-13")));
        assertEquals(2, r.strict().truePositives());
    }

    @Test
    void ploverLinesAreScoredOnPloverTypes() throws Exception {
        List<GoldLine> g = gold(
                "{\"doc\":\"p\",\"kind\":\"event\",\"source\":[\"HUN\"],\"target\":[\"ROU\"],\"plover\":[\"AGREE\"],\"date\":null}");
        Prediction agree = new Prediction("p", "HUN", "ROU", "03", "AGREE", "2000-01-01", "030", "e");
        Prediction other = new Prediction("p", "HUN", "ROU", "03", "SUPPORT", "2000-01-01", "051", "e");
        assertEquals(1, Scorer.score(g, List.of(agree)).strict().truePositives());
        assertEquals(0, Scorer.score(g, List.of(other)).strict().truePositives());
    }

    @Test
    void goldIgoCodesMatchOnTheirFirstThreeLetters() throws Exception {
        List<GoldLine> g = gold(
                "{\"doc\":\"u\",\"kind\":\"event\",\"source\":[\"IGOUNO\"],\"target\":[\"SDN\"],\"root\":[\"02\"],\"date\":null}");
        assertEquals(1, Scorer.score(g, List.of(p("u", "IGO", "SDN", "02", "2024-01-01"))).strict().truePositives());
    }
}
