package io.casus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casus.lexicon.LexiconException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the event, optional and negative lines of a gold file; other kinds (quote, article) are skipped. */
public final class Gold {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Gold() {}

    public static List<GoldLine> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LexiconException(file + ": cannot read: " + e.getMessage(), e);
        }
        List<GoldLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String where = file + ":" + (i + 1);
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode n;
            try {
                n = JSON.readTree(lines.get(i));
            } catch (IOException e) {
                throw new LexiconException(where + ": not JSON: " + e.getMessage(), e);
            }
            String kind = n.path("kind").asText();
            if (!(kind.equals("event") || kind.equals("optional") || kind.equals("negative"))) {
                continue;
            }
            if (!n.hasNonNull("doc") || !n.has("source") || !n.has("target") || !(n.has("root") || n.has("plover"))) {
                throw new LexiconException(where + ": an " + kind + " line needs doc, source, target and root or plover");
            }
            List<String> dates = n.path("date").isArray() ? strings(n.get("date")) : null;
            String text = n.has("evidence") ? n.get("evidence").asText() : n.path("why").asText("");
            out.add(new GoldLine(n.get("doc").asText(), kind, strings(n.get("source")), strings(n.get("target")),
                    strings(n.path("root")), strings(n.path("plover")), dates, text, where));
        }
        return out;
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
        }
        return out;
    }
}
