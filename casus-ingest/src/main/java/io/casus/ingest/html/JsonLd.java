package io.casus.ingest.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.casus.ingest.internal.Paragraphs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** The article objects of a page's JSON-LD blocks (schema.org NewsArticle and kin, also inside {@code @graph}). */
final class JsonLd {
    /** Pages write JSON-LD by hand: tolerate comments, trailing commas and raw line breaks inside strings. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    private final List<JsonNode> articles;

    private JsonLd(List<JsonNode> articles) {
        this.articles = List.copyOf(articles);
    }

    /** Reads every {@code application/ld+json} block; a malformed block is noted in {@code problems} and ignored. */
    static JsonLd of(Document doc, List<String> problems) {
        List<JsonNode> found = new ArrayList<>();
        int block = 0;
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            block++;
            try (JsonParser p = MAPPER.createParser(script.data())) {
                JsonNode node = MAPPER.readTree(p);
                if (node != null) {
                    collect(node, found);
                }
            } catch (JsonProcessingException e) {
                problems.add("malformed JSON-LD block " + block + " ignored (line " + e.getLocation().getLineNr()
                        + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage() + ")");
            } catch (IOException e) {
                problems.add("unreadable JSON-LD block " + block + " ignored (" + e.getMessage() + ")");
            }
        }
        return new JsonLd(found);
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (node.isObject()) {
            if (isArticle(node)) {
                out.add(node);
            }
            if (node.has("@graph")) {
                collect(node.get("@graph"), out);
            }
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type != null) {
            types.add(type.asText());
        }
        for (String t : types) {
            // "NewsArticle", "schema:NewsArticle" and "https://schema.org/NewsArticle" alike
            String local = t.substring(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':')) + 1);
            if (local.endsWith("Article") || local.equals("BlogPosting") || local.equals("LiveBlogPosting")) {
                return true;
            }
        }
        return false;
    }

    /** The first article's value of a text property. */
    Optional<String> text(String property) {
        for (JsonNode a : articles) {
            Optional<String> s = name(a.get(property));
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }

    /** The first article's author names: an object, a list of them, or a plain string. */
    List<String> authors() {
        for (JsonNode a : articles) {
            JsonNode author = a.get("author");
            LinkedHashSet<String> names = new LinkedHashSet<>();
            if (author != null && author.isArray()) {
                author.forEach(n -> name(n).ifPresent(names::add));
            } else {
                name(author).ifPresent(names::add);
            }
            if (!names.isEmpty()) {
                return List.copyOf(names);
            }
        }
        return List.of();
    }

    Optional<String> publisher() {
        for (JsonNode a : articles) {
            Optional<String> s = name(a.get("publisher"));
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }

    /** Keywords as a list, or as one comma-separated string. */
    List<String> keywords() {
        for (JsonNode a : articles) {
            JsonNode k = a.get("keywords");
            List<String> out = new ArrayList<>();
            if (k != null && k.isArray()) {
                k.forEach(n -> name(n).ifPresent(out::add));
            } else if (k != null && k.isTextual()) {
                for (String s : k.asText().split(",")) {
                    out.add(clean(s));
                }
            }
            out.removeIf(String::isEmpty);
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    /** A string, an object's name (or {@code @value}), or a list's first such; entity-decoded and trimmed. */
    private static Optional<String> name(JsonNode n) {
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (n.isArray()) {
            for (JsonNode item : n) {
                Optional<String> s = name(item);
                if (s.isPresent()) {
                    return s;
                }
            }
            return Optional.empty();
        }
        if (n.isObject()) {
            return name(n.has("name") ? n.get("name") : n.get("@value"));
        }
        String s = clean(n.asText());
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static String clean(String s) {
        return Paragraphs.normalise(Parser.unescapeEntities(s, false));
    }
}
