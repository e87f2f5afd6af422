package io.casus.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casus.model.Article;
import io.casus.model.CodedArticle;
import io.casus.source.ArticleSource;
import io.casus.source.Input;
import io.casus.source.ReadListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the body of {@code POST /api/articles} into a coded article: checks the JSON, reads it with the JSON Lines
 * source (so dates and fields mean what they mean for {@code casus ingest}), then codes it. Thread-safe when the
 * coding function is.
 */
final class ArticleIntake {
    static final Set<String> FIELDS = Set.of("id", "title", "text", "published", "url", "outlet", "author", "tags");

    private final ArticleSource jsonl;
    private final Function<Article, CodedArticle> coding;

    /**
     * @param jsonl  the JSON Lines reader
     * @param coding annotates and codes one article (may load the NLP models on first use)
     */
    ArticleIntake(ArticleSource jsonl, Function<Article, CodedArticle> coding) {
        this.jsonl = jsonl;
        this.coding = coding;
    }

    CodedArticle code(byte[] body) {
        JsonNode node;
        try {
            node = JsonRender.MAPPER.readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest("body is not valid JSON: " + firstLine(e.getMessage()));
        }
        if (!(node instanceof ObjectNode o)) {
            throw ApiException.badRequest("body must be one JSON object with the fields " + FIELDS);
        }
        List<String> unknown = new ArrayList<>();
        o.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                unknown.add(f);
            }
        });
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("unknown field(s) " + unknown + "; allowed: " + FIELDS);
        }
        JsonNode text = o.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw ApiException.badRequest("field 'text' is missing or not a non-blank string");
        }
        JsonNode id = o.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw ApiException.badRequest("field 'id' is missing or not a non-blank string");
        }
        for (String f : List.of("title", "published", "url", "outlet", "author")) {
            JsonNode v = o.get(f);
            if (v != null && !v.isNull() && !v.isTextual()) {
                throw ApiException.badRequest("field '" + f + "' must be a string");
            }
        }
        Article article = read(JsonRender.write(o).getBytes(StandardCharsets.UTF_8));
        return coding.apply(article);
    }

    private Article read(byte[] line) {
        List<Article> read = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        jsonl.read(Input.of("request.jsonl", line), new ReadListener() {
            @Override
            public void article(Article a) {
                read.add(a);
            }

            @Override
            public void skipped(String location, String reason) {
                problems.add(reason);
            }
        });
        if (read.size() != 1) {
            throw ApiException.badRequest("article not readable: " + (problems.isEmpty() ? "no article found" : problems.get(0)));
        }
        return read.get(0);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
