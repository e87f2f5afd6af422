package io.casus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * One-line reports a test class writes, coded through the command line in one run of {@code casus code} for the whole
 * class: each report's events as "SRC>TGT code modality" (countries).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class Reports {
    private final Map<String, List<String>> coded = new LinkedHashMap<>();
    private final Map<String, List<String>> dated = new LinkedHashMap<>();

    /** The reports as {id, text}, each an article published 2024-04-16. */
    abstract String[][] reports();

    @BeforeAll
    void code(@TempDir Path dir) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (String[] r : reports()) {
            lines.append("{\"id\":\"").append(r[0]).append("\",\"published\":\"2024-04-16\",\"text\":\"").append(r[1]).append("\"}\n");
        }
        Path input = dir.resolve("reports.jsonl");
        Files.writeString(input, lines, StandardCharsets.UTF_8);
        Cli.Result result = Cli.run("code", input.toString());
        assertEquals(0, result.exit(), result.err());
        for (JsonNode article : result.lines()) {
            List<String> events = new ArrayList<>();
            List<String> withDates = new ArrayList<>();
            for (JsonNode e : article.get("events")) {
                String event = country(e.get("sourceActor")) + ">" + country(e.get("targetActor")) + " " + e.get("cameoCode").asText()
                        + " " + e.get("modality").asText();
                events.add(event);
                withDates.add(event + " " + e.get("eventDate").asText() + " " + e.get("dateSource").asText());
            }
            coded.put(article.get("article").get("id").asText(), events);
            dated.put(article.get("article").get("id").asText(), withDates);
        }
    }

    /** Every event of a report, whatever its modality. */
    List<String> coded(String id) {
        return coded.get(id);
    }

    /** Every event of a report with its date and where the date came from: "SRC>TGT code modality 2024-04-15 text". */
    List<String> dated(String id) {
        return dated.get(id);
    }

    List<String> asserted(String id) {
        return coded.get(id).stream().filter(e -> e.endsWith(" asserted")).toList();
    }

    private static String country(JsonNode actor) {
        return actor == null || actor.isNull() ? "---" : actor.get("country").asText();
    }
}
