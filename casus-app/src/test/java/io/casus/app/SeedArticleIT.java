package io.casus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The founding example, {@code ../shared/seed}, checked against its gold file: article metadata, resolved dates and
 * every quote's speaker. Skips when {@code ../shared} is absent.
 */
class SeedArticleIT {
    private static JsonNode coded;
    private static List<JsonNode> gold;

    @BeforeAll
    static void codeSeed() throws Exception {
        Path shared = Cli.shared();
        assumeTrue(shared != null, "../shared is absent");
        Cli.Result r = Cli.run("code", shared.resolve("seed/000_660aa0207cf8ca2e.txt").toString());
        assertEquals(0, r.exit(), r.err());
        coded = r.lines().get(0);
        gold = new ArrayList<>();
        ObjectMapper m = new ObjectMapper();
        for (String l : Files.readAllLines(shared.resolve("gold/seed/000_660aa0207cf8ca2e.gold.jsonl"))) {
            gold.add(m.readTree(l));
        }
    }

    private static JsonNode goldArticle() {
        return gold.stream().filter(g -> g.get("kind").asText().equals("article")).findFirst().orElseThrow();
    }

    @Test
    void articleMetadataAndCleanBody() {
        JsonNode a = coded.get("article");
        JsonNode g = goldArticle();
        assertEquals("000_660aa0207cf8ca2e", a.get("id").asText());
        assertEquals(g.get("title").asText(), a.get("title").asText());
        assertEquals(g.get("published").asText(), a.get("published").asText(), "EDT in April is -04:00");
        assertEquals(g.get("author").asText(), a.get("author").asText());
        assertEquals(g.get("tags"), a.get("tags"));
        String text = a.get("text").asText();
        assertTrue(text.startsWith(g.get("body_starts").asText()), text.substring(0, 80));
        assertTrue(text.endsWith(g.get("body_ends").asText()), text.substring(text.length() - 80));
        for (JsonNode ex : g.get("body_excludes")) {
            assertFalse(text.contains(ex.asText()), ex.asText());
        }
    }

    private String timeValue(String text) {
        for (JsonNode t : coded.get("times")) {
            if (t.get("text").asText().equals(text)) {
                return t.get("value").asText();
            }
        }
        return null;
    }

    @Test
    void datesAreResolvedAgainstThePublicationDate() {
        assertEquals("2024-04-13", timeValue("Saturday"));
        assertEquals("2024-04-01", timeValue("April 1"));
        assertEquals("2024-04-14", timeValue("Sunday"));
        assertEquals("2024-04-16", timeValue("Tuesday"));
    }

    @Test
    void everyGoldQuoteIsFoundWithItsSpeaker() {
        List<JsonNode> direct = new ArrayList<>();
        coded.get("quotes").forEach(q -> {
            if (q.get("direct").asBoolean()) {
                direct.add(q);
            }
        });
        for (JsonNode g : gold) {
            if (!g.get("kind").asText().equals("quote")) {
                continue;
            }
            JsonNode q = direct.stream().filter(d -> d.get("text").asText().startsWith(g.get("text_start").asText()))
                    .findFirst().orElse(null);
            assertNotNull(q, "quote starting " + g.get("text_start"));
            JsonNode sp = q.get("speaker");
            assertFalse(sp.isNull(), "speaker of " + g.get("text_start"));
            assertEquals(g.get("speaker_head").asText(), sp.get("head").asText(), "speaker of " + g.get("text_start"));
            assertEquals(g.get("anonymous").asBoolean(), q.get("anonymous").asBoolean(), "anonymous: " + g.get("text_start"));
            if (!g.get("anonymous").asBoolean()) {
                assertEquals(g.get("speaker").asText(), sp.get("name").asText());
            }
            assertEquals(g.get("via").isNull() ? null : g.get("via").asText(), q.get("via").isNull() ? null : q.get("via").asText(),
                    "via of " + g.get("text_start"));
        }
    }

    private String actorCode(String mention) {
        for (JsonNode m : coded.get("mentions")) {
            if (m.get("text").asText().equals(mention) && !m.get("actor").isNull()) {
                return m.get("actor").get("code").asText();
            }
        }
        return null;
    }

    @Test
    void actorsResolveToDatedCameoCodes() {
        String[][] expected = {
            {"Antony Blinken", "USAGOV"}, {"Blinken", "USAGOV"}, {"the Biden administration", "USAGOV"},
            {"a U.S. official", "USAGOV"}, {"Ayatollah Ali Khamenei", "IRNGOV"}, {"Ebrahim Raisi", "IRNGOV"},
            {"Vladimir Putin", "RUSGOV"}, {"Mohammad Reza Zahedi", "IRNMIL"}, {"IRGC", "IRNMIL"}, {"Quds Force", "IRNMIL"},
            {"IRNA", "IRNMED"}, {"Axios", "USAMED"}, {"Jordan", "JOR"}, {"Saudi Arabia", "SAU"},
        };
        for (String[] e : expected) {
            assertEquals(e[1], actorCode(e[0]), e[0]);
        }
        assertTrue(actorCode("Yoav Gallant").startsWith("ISRGOV") || actorCode("Yoav Gallant").startsWith("ISRMIL"));
        assertTrue(List.of("USAGOV", "USAMIL", "USAGOVMIL").contains(actorCode("Lloyd Austin")), actorCode("Lloyd Austin"));
        JsonNode official = null;
        for (JsonNode q : coded.get("quotes")) {
            if (q.get("direct").asBoolean() && q.get("text").asText().startsWith("We think")) {
                official = q;
            }
        }
        assertNotNull(official);
        assertEquals("USAGOV", official.get("speaker").get("actor").get("code").asText(), "the anonymous speaker's actor");
        assertTrue(official.get("anonymous").asBoolean());
    }

    @Test
    void indirectAttributionsAreFoundToo() {
        List<String> speakers = new ArrayList<>();
        coded.get("quotes").forEach(q -> {
            if (!q.get("direct").asBoolean() && !q.get("speaker").isNull()) {
                speakers.add(q.get("speaker").get("text").asText());
            }
        });
        assertTrue(speakers.stream().anyMatch(s -> s.contains("three people")), speakers.toString());
        assertTrue(speakers.stream().anyMatch(s -> s.contains("Gallant")), speakers.toString());
    }
}
