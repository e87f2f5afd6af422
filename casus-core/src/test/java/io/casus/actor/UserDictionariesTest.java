package io.casus.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.casus.lexicon.LexiconException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserDictionariesTest {
    @TempDir
    Path tmp;

    private Path write(String name, String text) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void nativeEntriesAddAndOverride() throws Exception {
        Path f = write("mine.tsv", "# my actors\n"
                + "Amina Okafor|A. Okafor\tNGAGOV\tForeign Minister\t2023-06\t-\n"
                + "Antony Blinken\tUSAELI\tformer diplomat\t-\t-\n");
        ActorDictionary d = ActorDictionary.withUserFiles(List.of(f));
        assertEquals("NGAGOV", d.names().get("A. Okafor").on(LocalDate.of(2024, 1, 1)).code().code());
        assertEquals("USAELI", d.names().get("Antony Blinken").on(LocalDate.of(2024, 4, 16)).code().code(), "user entries win");
        assertEquals("IRNMIL", d.names().get("IRGC").on(LocalDate.of(2024, 1, 1)).code().code(), "bundled entries remain");
    }

    @Test
    void nativeBadLinesFailWithFileAndLine() throws Exception {
        Path bad = write("bad.tsv", "Amina Okafor\tNGAGOV\tminister\t2023-06\t-\nJohn Doe\tusa\t-\t-\t-\n");
        LexiconException e = assertThrows(LexiconException.class, () -> ActorDictionary.withUserFiles(List.of(bad)));
        assertTrue(e.getMessage().contains("bad.tsv:2") && e.getMessage().contains("usa"), e.getMessage());
        Path dates = write("dates.tsv", "Amina Okafor\tNGAGOV\tminister\t2023-13\t-\n");
        e = assertThrows(LexiconException.class, () -> ActorDictionary.withUserFiles(List.of(dates)));
        assertTrue(e.getMessage().contains("dates.tsv:1") && e.getMessage().contains("2023-13"), e.getMessage());
        Path order = write("order.tsv", "Amina Okafor\tNGAGOV\tminister\t2024\t2023\n");
        e = assertThrows(LexiconException.class, () -> ActorDictionary.withUserFiles(List.of(order)));
        assertTrue(e.getMessage().contains("order.tsv:1"), e.getMessage());
    }

    @Test
    void petrarchActorsWithDateRestrictionsAndAgents() throws Exception {
        Path f = write("test.actors.txt", "# a TABARI file\n"
                + "KOFI_ANNAN_\n+K._ANNAN_\n\t[IGOUNO 970101-061231]\n\t[GHAELI >20070101]\n"
                + "U.N._\nUNITED_NATIONS_ [IGOUNO]\n"
                + "RUTO_\n\t[KENGOV 2004017-20061201]\n\t[KENGOV >220913]\n"
                + "!PERSON! = MAN, WOMAN\nPOLICE!PERSON! [~COP]\n");
        PetrarchDictionary p = PetrarchDictionary.read(f);
        ActorEntry annan = p.entries().get("KOFI ANNAN");
        assertEquals("IGOUNO", annan.on(LocalDate.of(2000, 1, 1)).code().code());
        assertEquals("GHAELI", annan.on(LocalDate.of(2010, 1, 1)).code().code());
        assertEquals(annan, p.entries().get("K. ANNAN"));
        assertEquals("IGOUNO", p.entries().get("U.N.").on(LocalDate.of(2010, 1, 1)).code().code(), "names without codes share the next block");
        assertEquals("KENGOV", p.entries().get("RUTO").on(LocalDate.of(2023, 1, 1)).code().code());
        assertEquals(1, p.warnings().size(), "the unreadable date is reported, not fatal: " + p.warnings());
        assertTrue(p.warnings().get(0).startsWith(f + ":9:"), p.warnings().get(0));
        assertEquals("COP", p.agents().get("policeman"));
        assertEquals("COP", p.agents().get("policewoman"));
    }

    @Test
    void petrarchStructuralErrorsFail() throws Exception {
        Path f = write("broken.txt", "+ALIAS_FIRST\n");
        LexiconException e = assertThrows(LexiconException.class, () -> PetrarchDictionary.read(f));
        assertTrue(e.getMessage().contains("broken.txt:1"), e.getMessage());
        Path g = write("bracket.txt", "NAME_ [USAGOV\n");
        assertTrue(PetrarchDictionary.read(g).warnings().get(0).startsWith(g + ":1: unclosed"));
        Path h = write("code.txt", "NAME_ [usa]\nOTHER_ [USAGOV]\n");
        PetrarchDictionary p = PetrarchDictionary.read(h);
        assertTrue(p.warnings().get(0).contains("code.txt:1") && p.warnings().get(0).contains("usa"), p.warnings().toString());
        assertEquals(1, p.entries().size());
    }

    @Test
    void thePublishedPhoenixDictionariesLoad() {
        Path dir = Path.of("../../shared/reference/petrarch").toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(dir), "../shared is absent");
        ActorDictionary d = ActorDictionary.withUserFiles(List.of(dir.resolve("Phoenix.Countries.actors.txt"),
                dir.resolve("Phoenix.International.actors.txt"), dir.resolve("Phoenix.MilNonState.actors.txt"),
                dir.resolve("Phoenix.agents.txt")));
        assertEquals("IGOUNO", d.names().get("Kofi Annan").on(LocalDate.of(2000, 1, 1)).code().code());
        assertTrue(d.titles().get("cabinet minister") != null);
    }
}
