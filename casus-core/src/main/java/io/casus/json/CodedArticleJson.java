package io.casus.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casus.model.Actor;
import io.casus.model.Article;
import io.casus.model.Event;
import io.casus.model.CodedArticle;
import io.casus.model.Mention;
import io.casus.model.Quote;
import io.casus.model.Sentence;
import io.casus.model.Speaker;
import io.casus.model.TimeExpression;

/**
 * Writes a {@link CodedArticle} as the JSON object of the CLI contract: {@code article}, {@code sentences},
 * {@code mentions}, {@code times}, {@code quotes}, {@code events}, {@code problems}, {@code provenance}.
 * Field names and shapes are a public contract: add fields, do not rename them. Thread-safe.
 */
public final class CodedArticleJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CodedArticleJson() {}

    public static ObjectNode toJson(CodedArticle c) {
        return toJson(c, false);
    }

    /**
     * With {@code parses}, each sentence also carries {@code tokens}: one string per token, "WORD/POS/LEMMA/NER", and
     * {@code dependencies}: "REL(GOVERNOR, DEPENDENT)" by token index (-1 is the root), so coding can be audited.
     */
    public static ObjectNode toJson(CodedArticle c, boolean parses) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("article", article(c.article()));
        ArrayNode sentences = root.putArray("sentences");
        for (Sentence s : c.annotated().sentences()) {
            ObjectNode so = sentences.addObject().put("index", s.index()).put("begin", s.begin()).put("end", s.end()).put("text", s.text());
            if (parses) {
                ArrayNode toks = so.putArray("tokens");
                s.tokens().forEach(t -> toks.add(t.text() + "/" + t.pos() + "/" + t.lemma() + "/" + t.ner()));
                ArrayNode deps = so.putArray("dependencies");
                s.dependencies().forEach(d -> deps.add(d.relation() + "(" + d.governor() + ", " + d.dependent() + ")"));
            }
        }
        ArrayNode mentions = root.putArray("mentions");
        for (Mention m : c.mentions()) {
            ObjectNode o = mentions.addObject().put("text", m.text()).put("begin", m.begin()).put("end", m.end())
                    .put("type", m.type().name()).put("sentence", m.sentence());
            o.set("actor", actor(m.actor()));
        }
        ArrayNode times = root.putArray("times");
        for (TimeExpression t : c.times()) {
            times.addObject().put("text", t.text()).put("begin", t.begin()).put("end", t.end())
                    .put("type", t.type()).put("value", t.value()).put("sentence", t.sentence());
        }
        ArrayNode quotes = root.putArray("quotes");
        for (Quote q : c.quotes()) {
            ObjectNode o = quotes.addObject();
            o.put("text", q.text()).put("begin", q.begin()).put("end", q.end()).put("direct", q.direct());
            Speaker sp = q.speaker();
            if (sp == null) {
                o.putNull("speaker");
            } else {
                o.putObject("speaker").put("text", sp.text()).put("begin", sp.begin()).put("end", sp.end())
                        .put("head", sp.head()).put("name", sp.name()).set("actor", actor(sp.actor()));
            }
            o.put("cue", q.cue()).put("via", q.via()).put("anonymous", q.anonymous()).put("sentence", q.sentence());
        }
        ArrayNode events = root.putArray("events");
        for (Event e : c.events()) {
            events.add(event(e));
        }
        ArrayNode problems = root.putArray("problems");
        c.problems().forEach(problems::add);
        root.putObject("provenance").put("origin", c.article().origin()).put("nlp", c.annotated().engine())
                .put("casus", CodedArticleJson.class.getPackage().getImplementationVersion());
        return root;
    }

    /** One event in the contract's shape. */
    public static ObjectNode event(Event e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", e.id()).put("sentenceIndex", e.sentence()).put("begin", e.begin()).put("end", e.end())
                .put("evidence", e.evidence());
        o.putObject("trigger").put("text", e.trigger().text()).put("begin", e.trigger().begin()).put("end", e.trigger().end());
        o.set("sourceActor", eventActor(e.source()));
        o.set("targetActor", eventActor(e.target()));
        o.put("cameoCode", e.cameoCode()).put("cameoRoot", e.cameoRoot()).put("goldstein", e.goldstein())
                .put("quadClass", e.quadClass()).put("ploverType", e.ploverType()).put("eventDate", e.eventDate())
                .put("datePrecision", e.datePrecision()).put("dateSource", e.dateSource());
        if (e.location() == null) {
            o.putNull("location");
        } else {
            o.putObject("location").put("country", e.location().country()).put("place", e.location().place())
                    .put("begin", e.location().begin()).put("end", e.location().end());
        }
        o.put("modality", e.modality().name().toLowerCase(java.util.Locale.ROOT));
        if (e.attribution() == null) {
            o.putNull("attribution");
        } else {
            ObjectNode a = o.putObject("attribution");
            a.put("speaker", e.attribution().speaker());
            a.set("speakerActor", actor(e.attribution().actor()));
            a.put("via", e.attribution().via()).put("anonymous", e.attribution().anonymous());
        }
        o.put("confidence", e.confidence()).put("frame", e.frame());
        return o;
    }

    private static com.fasterxml.jackson.databind.JsonNode eventActor(Event.EventActor a) {
        if (a == null) {
            return MAPPER.nullNode();
        }
        ObjectNode o = (ObjectNode) actor(a.actor());
        o.put("text", a.text()).put("begin", a.begin()).put("end", a.end());
        return o;
    }

    /** An actor object, or JSON null. */
    public static com.fasterxml.jackson.databind.JsonNode actor(Actor a) {
        if (a == null) {
            return MAPPER.nullNode();
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("code", a.code()).put("country", a.country());
        ArrayNode sector = o.putArray("sector");
        a.sector().forEach(sector::add);
        o.put("name", a.name()).put("role", a.role()).put("basis", a.basis().name().toLowerCase(java.util.Locale.ROOT))
                .put("confidence", Math.round(a.confidence() * 100) / 100.0);
        return o;
    }

    private static ObjectNode article(Article a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", a.id()).put("title", a.title()).put("published", a.published() == null ? null : a.published().iso())
                .put("outlet", a.outlet()).put("author", a.author());
        ArrayNode tags = o.putArray("tags");
        a.tags().forEach(tags::add);
        o.put("url", a.url()).put("text", a.text());
        return o;
    }

    /** One line of JSON Lines (no line breaks inside). */
    public static String line(CodedArticle c) {
        return line(c, false);
    }

    /** One line of JSON Lines, with the parses when asked. */
    public static String line(CodedArticle c, boolean parses) {
        try {
            return MAPPER.writeValueAsString(toJson(c, parses));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write article " + c.article().id(), e);
        }
    }

    /** Indented JSON for people. */
    public static String pretty(CodedArticle c) {
        return pretty(c, false);
    }

    /** Indented JSON, with the parses when asked. */
    public static String pretty(CodedArticle c, boolean parses) {
        try {
            return PRETTY.writeValueAsString(toJson(c, parses));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write article " + c.article().id(), e);
        }
    }
}
