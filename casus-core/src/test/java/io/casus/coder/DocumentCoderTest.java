package io.casus.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.casus.json.CodedArticleJson;
import io.casus.lexicon.Lexicons;
import io.casus.model.AnnotatedArticle;
import io.casus.model.CodedArticle;
import io.casus.testing.Docs;
import io.casus.time.TimeResolver;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DocumentCoderTest {
    private static final Clock FIXED = Clock.fixed(Instant.parse("2025-02-06T12:00:00Z"), ZoneOffset.UTC);
    private final DocumentCoder coder = new DocumentCoder(Lexicons.standard(), io.casus.actor.ActorDictionary.bundled(), TimeResolver.standard(), FIXED);

    private static Docs sample() {
        return new Docs().add("Rebels/NNS attacked/VBD Goma/NNP/LOCATION on/IN Monday/NNP ./.",
                "nsubj(attacked-2, Rebels-1)", "root(ROOT-0, attacked-2)", "obj(attacked-2, Goma-3)",
                "case(Monday-5, on-4)", "obl(attacked-2, Monday-5)", "punct(attacked-2, .-6)");
    }

    @Test
    void datesResolveAgainstThePublicationDate() {
        CodedArticle c = coder.code(sample().published(java.time.LocalDate.of(2024, 4, 16)).build());
        assertEquals("2024-04-15", c.times().get(0).value());
        assertTrue(c.problems().isEmpty());
    }

    @Test
    void undatedArticlesResolveAgainstTodayAndSaySo() {
        CodedArticle c = coder.code(sample().published(null).build());
        assertEquals("2025-02-03", c.times().get(0).value(), "the Monday before Thursday 2025-02-06");
        assertEquals(1, c.problems().size());
        assertTrue(c.problems().get(0).contains("no publication date found; dates resolved against today (2025-02-06)"));
    }

    @Test
    void jsonHasEveryContractFieldAndSpansMatchTheText() {
        AnnotatedArticle a = sample().build();
        JsonNode j = CodedArticleJson.toJson(coder.code(a));
        for (String f : new String[] {"article", "sentences", "mentions", "times", "quotes", "events", "problems"}) {
            assertTrue(j.has(f), f);
        }
        for (String f : new String[] {"id", "title", "published", "outlet", "author", "tags", "url", "text"}) {
            assertTrue(j.get("article").has(f), f);
        }
        String text = j.get("article").get("text").asText();
        JsonNode t = j.get("times").get(0);
        assertEquals("Monday", text.substring(t.get("begin").asInt(), t.get("end").asInt()));
        JsonNode s = j.get("sentences").get(0);
        assertEquals(s.get("text").asText(), text.substring(s.get("begin").asInt(), s.get("end").asInt()));
        assertEquals("2024-04-16", j.get("article").get("published").asText());
        assertTrue(CodedArticleJson.line(coder.code(a)).indexOf('\n') < 0, "one line per article");
    }
}
