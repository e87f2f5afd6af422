package io.casus.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchVerbsTest {
    @TempDir
    Path tmp;

    @Test
    void blocksPatternsAndWhatIsLeftOut() throws Exception {
        Path f = tmp.resolve("verbs.txt");
        Files.writeString(f, String.join("\n",
                "&AUXVERB1_", "+WAS", "",
                "####### VERB PATTERNS #######", "",
                "---  ACCUSE   [112]  ---", "ACCUSE", "CHARGE {CHARGES CHARGED}",
                "- * (OF CRIMES)                 [1121]   # ACCUSE",
                "- $ * &WEAPON +                 [112]    # macro: left out", "",
                "---  RUSH   [---]  ---", "RUSH", "- * AID   [070]  # RUSH", ""), StandardCharsets.UTF_8);
        assertTrue(PetrarchVerbs.looksLike(f));
        PetrarchVerbs.Result r = PetrarchVerbs.read(f, Codebook.standard());
        assertEquals(1, r.patternsLeftOut());
        FrameLexicon lex = FrameLexicon.onlyFiles(List.of(f));
        List<Frame> accuse = lex.verbFrames("accuse");
        assertTrue(accuse.stream().anyMatch(x -> x.code().equals("1121") && x.targets().equals(List.of("of"))), accuse.toString());
        assertTrue(accuse.stream().anyMatch(x -> x.code().equals("112") && x.targets().equals(List.of("obj"))));
        assertTrue(lex.verbFrames("charge").stream().anyMatch(x -> x.code().equals("112")));
        assertEquals("aid", lex.verbFrames("rush").get(0).objectNoun());
        assertEquals("070", lex.verbFrames("rush").get(0).code());
    }

    @Test
    void thePublishedPetrarchVerbDictionaryLoads() {
        Path f = Path.of("../../shared/reference/petrarch/CAMEO.2.0.txt").toAbsolutePath().normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(f), "../shared is absent");
        FrameLexicon lex = FrameLexicon.onlyFiles(List.of(f));
        assertTrue(lex.size() > 1000, "frames: " + lex.size());
        assertTrue(!lex.verbFrames("demand").isEmpty());
    }
}
