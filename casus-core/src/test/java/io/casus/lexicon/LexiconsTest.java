package io.casus.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconsTest {
    @TempDir
    Path tmp;

    @Test
    void bundledLexiconsLoadAndAnswer() {
        Lexicons l = Lexicons.standard();
        assertTrue(l.countryCodes().size() >= 249);
        assertEquals("USA", l.countryNames().get("U.S.").code());
        assertEquals("IRN", l.adjectives().get("Iranian").code());
        assertEquals("SAU", l.countryNames().get("Saudi Arabia").code());
        assertNotNull(l.outlets().get("IRNA"));
        assertNotNull(l.outlets().get("Axios"));
        assertNull(l.countryNames().get("turkey"), "lower-case words are not names");
        assertNull(l.countryNames().get("us"), "abbreviations match only in capitals");
        assertTrue(l.isSpeechVerb("say"));
        assertTrue(l.isAnonymousHead("official"));
        assertEquals("COP", l.actorNounSector("police"));
        assertEquals("SYR", l.placeCountry("Aleppo"));
        assertEquals("USA", l.placeCountry("Alaska"));
        assertEquals("PSE", l.placeCountry("East Jerusalem"));
        assertNull(l.placeCountry("Tripoli"), "a name of places in two countries is left out");
        assertNull(l.placeCountry("aleppo"), "places match as written");
    }

    @Test
    void badFilesFailWithFileLineAndReason() throws Exception {
        Path f = tmp.resolve("bad.tsv");
        Files.writeString(f, "# comment\nok\tvalue\nbroken line without tab\n", StandardCharsets.UTF_8);
        LexiconException e = assertThrows(LexiconException.class, () -> Tsv.file(f, 2));
        assertTrue(e.getMessage().startsWith(f + ":3: expected 2"), e.getMessage());

        Files.writeString(f, "a\t\n", StandardCharsets.UTF_8);
        e = assertThrows(LexiconException.class, () -> Tsv.file(f, 2));
        assertTrue(e.getMessage().contains(":1: column 2 is empty"), e.getMessage());

        Files.write(f, new byte[] {'a', '\t', (byte) 0xff, '\n'});
        e = assertThrows(LexiconException.class, () -> Tsv.file(f, 2));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());

        e = assertThrows(LexiconException.class, () -> Tsv.file(tmp.resolve("missing.tsv"), 2));
        assertTrue(e.getMessage().contains("missing.tsv"), e.getMessage());
    }

    @Test
    void gazetteerRejectsAPhraseWithTwoMeaningsAndPrefersTheLongestMatch() {
        Gazetteer<String> g = new Gazetteer<>();
        g.add("Guinea", "GIN");
        g.add("Guinea-Bissau", "GNB");
        g.add("Papua New Guinea", "PNG");
        assertThrows(IllegalArgumentException.class, () -> g.add("Guinea", "GNQ"));
        var s = io.casus.testing.Parses.sentence("Papua/NNP New/NNP Guinea/NNP and/CC Guinea/NNP");
        var hits = g.find(s);
        assertEquals(2, hits.size());
        assertEquals("PNG", hits.get(0).value());
        assertEquals("GIN", hits.get(1).value());
    }

    @Test
    void aPlaceNamedWithItsKindOrQuarterIsStillThePlace() {
        Lexicons l = Lexicons.standard();
        assertEquals("PAK", l.countryOfPlace("Balochistan province"));
        assertEquals("MMR", l.countryOfPlace("Sagaing region"));
        assertEquals("UKR", l.countryOfPlace("Eastern Ukraine"));
        assertEquals("PRK", l.countryOfPlace("North Korea"), "a name that is a country keeps its own meaning");
        assertEquals("GBR", l.countryOfPlace("Northern Ireland"));
        assertEquals(null, l.countryOfPlace("Western Europe"));
    }
}
