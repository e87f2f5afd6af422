package io.casus.ingest.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import io.casus.ingest.StableIds;
import io.casus.ingest.internal.Dates;
import io.casus.model.Article;
import io.casus.model.Published;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One JSON object to an article: the field rules shared by JSON Lines and JSON arrays. */
final class JsonArticles {

    /** Why an object is not an article; the message is the skip reason. */
    static final class NotAnArticle extends Exception {
        NotAnArticle(String reason) {
            super(reason);
        }
    }

    private JsonArticles() {
    }

    /**
     * @param fallbackId the id when the object has neither {@code id} nor {@code url}
     * @param problems   problems met before (decoding); the article's list starts with them
     */
    static Article of(JsonNode node, String fallbackId, String origin, List<String> problems) throws NotAnArticle {
        if (!node.isObject()) {
            throw new NotAnArticle("not a JSON object but " + kind(node));
        }
        JsonNode textNode = node.get("text");
        if (textNode == null || textNode.isNull()) {
            throw new NotAnArticle("no \"text\" field");
        }
        if (!textNode.isTextual()) {
            throw new NotAnArticle("\"text\" is " + kind(textNode) + ", not a string");
        }
        String text = textNode.asText().replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.isEmpty()) {
            throw new NotAnArticle("blank \"text\"");
        }
        List<String> all = new ArrayList<>(problems);
        String url = string(node, "url", all);
        String id = string(node, "id", all);
        if (id == null) {
            id = url != null ? StableIds.ofUrl(url) : fallbackId;
        }
        return new Article(id, string(node, "title", all), published(node.get("published"), all),
                string(node, "outlet", all), string(node, "author", all), tags(node.get("tags"), all), url, text,
                origin, all);
    }

    /** A string field trimmed, null when missing or blank; numbers are taken as written (ids often are). */
    private static String string(JsonNode node, String field, List<String> problems) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() && !v.isNumber()) {
            problems.add("\"" + field + "\" is " + kind(v) + ", not a string; ignored");
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static Published published(JsonNode v, List<String> problems) {
        if (v == null || v.isNull() || v.isTextual() && v.asText().isBlank()) {
            problems.add(Article.NO_PUBLICATION_DATE);
            return null;
        }
        Optional<Published> p = v.isTextual() ? Dates.parseIso(v.asText()) : Optional.empty();
        if (p.isEmpty()) {
            problems.add("unparseable publication date '" + (v.isTextual() ? v.asText() : v.toString()) + "'");
            return null;
        }
        return p.get();
    }

    /** An array of strings, or one comma-separated string; trimmed, blanks and repeats dropped. */
    private static List<String> tags(JsonNode v, List<String> problems) {
        List<String> raw = new ArrayList<>();
        if (v == null || v.isNull()) {
            return List.of();
        } else if (v.isArray()) {
            v.forEach(t -> raw.add(t.isValueNode() ? t.asText() : ""));
        } else if (v.isTextual()) {
            raw.addAll(List.of(v.asText().split(",")));
        } else {
            problems.add("\"tags\" is " + kind(v) + ", not a list or string; ignored");
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String t : raw) {
            if (!t.isBlank()) {
                tags.add(t.strip());
            }
        }
        return List.copyOf(tags);
    }

    private static String kind(JsonNode n) {
        return switch (n.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "a string";
            case NULL -> "null";
            default -> n.getNodeType().toString().toLowerCase(Locale.ROOT);
        };
    }
}
