package io.casus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code code} command end to end: real readers, real CoreNLP, the JSON contract and exit codes. */
class CodeCommandIT {
    @TempDir
    Path tmp;

    @Test
    void codesEverySampleFormatIntoTheJsonContract() {
        Cli.Result r = Cli.run("code", "--threads", "2", Cli.samples().toString());
        assertEquals(0, r.exit(), r.err());
        List<JsonNode> lines = r.lines();
        assertTrue(lines.size() >= 12, "at least 12 sample articles, got " + lines.size());
        for (JsonNode line : lines) {
            for (String field : List.of("article", "sentences", "mentions", "times", "quotes", "events", "problems")) {
                assertTrue(line.has(field), field + " missing in " + line.path("article").path("id"));
            }
            String text = line.get("article").get("text").asText();
            assertFalse(text.isBlank());
            for (String part : List.of("sentences", "mentions", "times", "quotes")) {
                for (JsonNode span : line.get(part)) {
                    assertEquals(span.get("text").asText(), text.substring(span.get("begin").asInt(), span.get("end").asInt()),
                            part + " span of " + line.get("article").get("id"));
                }
            }
            assertTrue(line.get("events").isArray());
        }
        // every format contributed
        String origins = lines.stream().map(l -> l.path("provenance").path("origin").asText()).reduce("", String::concat);
        for (String ext : List.of(".txt", ".html", ".jsonl", ".xml", ".warc")) {
            assertTrue(origins.contains(ext), "no article from a " + ext + " input");
        }
        assertTrue(lines.stream().mapToInt(l -> l.get("quotes").size()).sum() > 20, "quotes found across the samples");
        assertTrue(lines.stream().mapToInt(l -> l.get("times").size()).sum() > 30, "dates found across the samples");
    }

    @Test
    void outFileAndJsonArrayFormat() throws Exception {
        Path out = tmp.resolve("out.json");
        Path sample = Cli.samples().resolve("jsonl/wire.jsonl");
        Cli.Result r = Cli.run("code", "--format", "json", "--out", out.toString(), sample.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        JsonNode arr = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toFile());
        assertTrue(arr.isArray());
        assertEquals(3, arr.size());
        assertTrue(r.err().contains("coded 3 articles"), r.err());
    }

    @Test
    void standardInputIsAnInput() {
        String json = "{\"id\":\"stdin-1\",\"title\":\"Talks\",\"published\":\"2024-03-05T10:00:00+01:00\","
                + "\"text\":\"Serbian President Aleksandar Vucic met EU envoy Miroslav Lajcak in Brussels on Monday.\"}\n";
        Cli.Result r = Cli.withStdin(json, "code", "-");
        assertEquals(0, r.exit(), r.err());
        JsonNode a = r.lines().get(0);
        assertEquals("stdin-1", a.get("article").get("id").asText());
        assertEquals("2024-03-05T10:00:00+01:00", a.get("article").get("published").asText());
        JsonNode monday = a.get("times").get(0);
        assertEquals("Monday", monday.get("text").asText());
        assertEquals("2024-03-04", monday.get("value").asText());
        assertTrue(a.get("sentences").get(0).get("tokens") == null, "parses only when asked");

        JsonNode parsed = Cli.withStdin(json, "code", "--parses", "-").lines().get(0).get("sentences").get(0);
        assertEquals("Serbian/JJ/serbian/MISC", parsed.get("tokens").get(0).asText().replace("/O", "/MISC"),
                "WORD/POS/LEMMA/NER per token");
        boolean rootIsMet = false;
        for (JsonNode d : parsed.get("dependencies")) {
            rootIsMet |= d.asText().equals("root(-1, 4)");
        }
        assertTrue(rootIsMet, "'met' (token 4) is the root: " + parsed.get("dependencies"));
    }

    @Test
    void badInputsAreSkippedWithTheirNameAndTheBatchGoesOn() throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        Path binary = tmp.resolve("junk.html");
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        Files.write(binary, junk);
        Path lines = tmp.resolve("mixed.jsonl");
        Files.writeString(lines, "{\"id\":\"ok\",\"text\":\"Chad closed its border with Sudan on Friday.\",\"published\":\"2024-05-03\"}\n"
                + "{not json\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("code", empty.toString(), binary.toString(), lines.toString(), tmp.resolve("missing.txt").toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.lines().size(), "the good article still comes out");
        assertTrue(r.err().contains("empty.txt"), r.err());
        assertTrue(r.err().contains("junk.html"), r.err());
        assertTrue(r.err().contains("mixed.jsonl:2"), r.err());
        assertTrue(r.err().contains("missing.txt"), r.err());
        assertTrue(r.err().contains("4 skipped"), r.err());
    }

    @Test
    void userActorDictionariesOverrideAndBadOnesAreUsageErrors() throws Exception {
        Path dict = tmp.resolve("actors.tsv");
        Files.writeString(dict, "Amara Diallo|Diallo\tGINOPP\tOpposition leader\t2020\t-\n", StandardCharsets.UTF_8);
        Path article = tmp.resolve("a.jsonl");
        Files.writeString(article, "{\"id\":\"g1\",\"published\":\"2024-05-02\",\"text\":\"Amara Diallo led a march in Conakry on Tuesday.\"}\n",
                StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("code", "--actors", dict.toString(), article.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode diallo = null;
        for (JsonNode m : r.lines().get(0).get("mentions")) {
            if (m.get("text").asText().equals("Amara Diallo")) {
                diallo = m;
            }
        }
        assertNotNull(diallo);
        assertEquals("GINOPP", diallo.get("actor").get("code").asText());
        assertEquals("Opposition leader", diallo.get("actor").get("role").asText());

        Path bad = tmp.resolve("bad.tsv");
        Files.writeString(bad, "Amara Diallo\tginopp\t-\t-\t-\n", StandardCharsets.UTF_8);
        Cli.Result b = Cli.run("code", "--actors", bad.toString(), article.toString());
        assertEquals(1, b.exit());
        assertTrue(b.err().contains("bad.tsv:1"), b.err());
    }

    @Test
    void usageErrorsExitWithOne() {
        assertEquals(1, Cli.run("code").exit(), "no input");
        assertEquals(1, Cli.run("code", "--threads", "0", "x").exit());
        assertEquals(1, Cli.run("code", "--format", "xml", "x").exit());
        assertEquals(1, Cli.run("nonsense").exit());
    }

    @Test
    void undatedArticleSaysItsDatesAreResolvedAgainstToday() {
        Cli.Result r = Cli.run("code", Cli.samples().resolve("text/untitled-wire-note.txt").toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode a = r.lines().get(0);
        assertTrue(a.get("article").get("published").isNull());
        assertTrue(a.get("problems").toString().contains("resolved against today"), a.get("problems").toString());
        assertNotNull(a.get("article").get("id").asText());
    }
}
