package io.casus.store.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casus.json.CodedArticleJson;

/**
 * One JSON object per event: exactly {@link CodedArticleJson#event}'s object (the CLI contract's event shape), with
 * {@code articleId} and {@code clusterId} added.
 */
public final class JsonLinesFormat implements LineFormat {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String header() {
        return null;
    }

    @Override
    public String line(ExportRow row) {
        ObjectNode o = CodedArticleJson.event(row.event().event());
        o.put("articleId", row.event().article().id());
        o.put("clusterId", row.event().clusterId());
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + row.event().id() + " as JSON", e);
        }
    }
}
