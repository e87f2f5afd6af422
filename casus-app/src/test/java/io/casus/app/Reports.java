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

/** One-line reports coded through the command line: each report's events as "SRC>TGT code modality" (countries). */
final class Reports {
    private Reports() {}

    /** Codes the reports ({id, text}, published 2024-04-16) in one run of {@code casus code}. */
    static Map<String, List<String>> code(Path dir, String[][] reports) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (String[] r : reports) {
            lines.append("{\"id\":\"").append(r[0]).append("\",\"published\":\"2024-04-16\",\"text\":\"").append(r[1]).append("\"}\n");
        }
        Path input = dir.resolve("reports.jsonl");
        Files.writeString(input, lines, StandardCharsets.UTF_8);
        Cli.Result result = Cli.run("code", input.toString());
        assertEquals(0, result.exit(), result.err());
        Map<String, List<String>> coded = new LinkedHashMap<>();
        for (JsonNode article : result.lines()) {
            List<String> events = new ArrayList<>();
            for (JsonNode e : article.get("events")) {
                events.add(country(e.get("sourceActor")) + ">" + country(e.get("targetActor")) + " " + e.get("cameoCode").asText()
                        + " " + e.get("modality").asText());
            }
            coded.put(article.get("article").get("id").asText(), events);
        }
        return coded;
    }

    static List<String> asserted(Map<String, List<String>> coded, String id) {
        return coded.get(id).stream().filter(e -> e.endsWith(" asserted")).toList();
    }

    private static String country(JsonNode actor) {
        return actor == null || actor.isNull() ? "---" : actor.get("country").asText();
    }
}
