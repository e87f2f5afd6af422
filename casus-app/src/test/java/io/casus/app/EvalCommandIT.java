package io.casus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code casus eval} end to end on short articles and gold lines written for it, with real CoreNLP. */
class EvalCommandIT {
    @TempDir
    Path tmp;

    @Test
    void scoresAssertedEventsAndCountsFalseEvents() throws Exception {
        Path input = tmp.resolve("in.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\":\"a\",\"published\":\"2023-03-08\",\"text\":\"Russian forces attacked Ukrainian troops near Bakhmut on Monday.\"}",
                "{\"id\":\"b\",\"published\":\"2023-03-08\",\"text\":\"Serbia could attack Kosovo if talks fail.\"}",
                "{\"id\":\"c\",\"published\":\"2023-03-08\",\"text\":\"Japan and South Korea signed an agreement in Tokyo.\"}") + "\n",
                StandardCharsets.UTF_8);
        Path gold = tmp.resolve("g.gold.jsonl");
        Files.writeString(gold, String.join("\n",
                "{\"doc\":\"a\",\"kind\":\"event\",\"source\":[\"RUS\"],\"target\":[\"UKR\"],\"root\":[\"19\"],\"date\":[\"2023-03-06\"]}",
                "{\"doc\":\"b\",\"kind\":\"negative\",\"source\":[\"SRB\"],\"target\":[\"*\"],\"root\":[\"19\",\"18\"],\"date\":null}",
                "{\"doc\":\"c\",\"kind\":\"event\",\"source\":[\"JPN\"],\"target\":[\"KOR\"],\"root\":[\"05\"],\"date\":null}",
                "{\"doc\":\"c\",\"kind\":\"event\",\"source\":[\"KOR\"],\"target\":[\"JPN\"],\"root\":[\"05\"],\"date\":null}") + "\n",
                StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("eval", "--json", "--gold", gold.toString(), input.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode report = new ObjectMapper().readTree(r.out());
        JsonNode strict = report.get("strict");
        assertEquals(3, strict.get("goldEvents").asInt());
        assertEquals(3, strict.get("truePositives").asInt(), r.out());
        assertEquals(0, strict.get("falseEvents").asInt(), "the conditional attack is not asserted");
        assertEquals(1.0, strict.get("recall").asDouble(), 1e-9);

        Cli.Result text = Cli.run("eval", "--gold", gold.toString(), input.toString());
        assertTrue(text.out().contains("strict  P"), text.out());
        assertTrue(text.out().contains("overall"), text.out());
    }

    @Test
    void eventsOfTheSamplesAreWellFormed() throws Exception {
        Cli.Result r = Cli.run("code", Cli.samples().resolve("jsonl").toString(), Cli.samples().resolve("text").toString());
        assertEquals(0, r.exit(), r.err());
        int asserted = 0;
        for (JsonNode line : r.lines()) {
            String text = line.get("article").get("text").asText();
            for (JsonNode e : line.get("events")) {
                assertEquals(e.get("evidence").asText(), text.substring(e.get("begin").asInt(), e.get("end").asInt()));
                JsonNode tr = e.get("trigger");
                assertEquals(tr.get("text").asText(), text.substring(tr.get("begin").asInt(), tr.get("end").asInt()));
                assertTrue(e.get("cameoCode").asText().startsWith(e.get("cameoRoot").asText()));
                assertTrue(e.get("eventDate").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
                assertTrue(e.get("quadClass").asInt() >= 1 && e.get("quadClass").asInt() <= 4);
                assertTrue(!e.get("sourceActor").isNull() || !e.get("targetActor").isNull());
                asserted += e.get("modality").asText().equals("asserted") ? 1 : 0;
            }
        }
        assertTrue(asserted >= 20, "asserted events across the samples: " + asserted);
    }

    @Test
    void missingGoldFileIsAUsageError() {
        assertEquals(1, Cli.run("eval", "--gold", tmp.resolve("none.jsonl").toString(), tmp.toString()).exit());
    }
}
