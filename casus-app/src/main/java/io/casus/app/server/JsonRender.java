package io.casus.app.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.casus.json.CodedArticleJson;
import io.casus.model.Event;
import io.casus.store.Dyad;
import io.casus.store.StoredArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Renders store values as JSON: records by their components, dates as ISO strings, dyads as {@code A-B}, and events
 * in the CLI's JSON shape ({@link CodedArticleJson#event}). Thread-safe.
 */
final class JsonRender {
    static final ObjectMapper MAPPER = mapper();

    private JsonRender() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static ObjectNode error(int status, String message) {
        return MAPPER.createObjectNode().put("status", status).put("error", message);
    }

    /**
     * A stored article for the article view: metadata, text and the coded JSON (mentions, times, quotes, events
     * with their offsets). Where it was read from stays on the server: it may be a path.
     */
    static ObjectNode article(StoredArticle a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.set("summary", MAPPER.valueToTree(a.summary()));
        o.set("tags", MAPPER.valueToTree(a.tags()));
        o.put("text", a.text()).put("textHash", a.textHash()).put("mentionCount", a.mentions())
                .put("quoteCount", a.quotes()).put("eventCount", a.events());
        try {
            JsonNode coded = MAPPER.readTree(a.codedJson());
            if (coded instanceof ObjectNode c) {
                if (c.get("provenance") instanceof ObjectNode p) {
                    p.remove("origin");
                }
                o.set("coded", c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("stored coded JSON of article " + a.summary().id() + " is unreadable", e);
        }
        return o;
    }

    private static ObjectMapper mapper() {
        SimpleModule m = new SimpleModule("casus-api");
        m.addSerializer(LocalDate.class, ToStringSerializer.instance);
        m.addSerializer(Instant.class, ToStringSerializer.instance);
        m.addSerializer(Dyad.class, ToStringSerializer.instance);
        m.addSerializer(Event.class, new EventSerializer());
        return new ObjectMapper().registerModule(m);
    }

    private static final class EventSerializer extends StdSerializer<Event> {
        private static final long serialVersionUID = 1L;

        EventSerializer() {
            super(Event.class);
        }

        @Override
        public void serialize(Event e, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeTree(CodedArticleJson.event(e));
        }
    }
}
