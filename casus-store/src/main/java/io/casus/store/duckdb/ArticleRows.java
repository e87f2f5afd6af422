package io.casus.store.duckdb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casus.json.CodedArticleJson;
import io.casus.model.Actor;
import io.casus.model.Article;
import io.casus.model.CodedArticle;
import io.casus.model.Event;
import io.casus.model.Mention;
import io.casus.model.Quote;
import io.casus.model.Speaker;
import io.casus.store.cluster.ClusterRules;
import io.casus.store.search.ArticleIndex;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A coded article checked and turned into rows, before any database work, so bad input is refused without a
 * transaction ever starting.
 *
 * @param id         article id
 * @param textHash   SHA-256 of the text, hex
 * @param article    the articles row
 * @param mentions   mentions rows
 * @param quotes     quotes rows
 * @param events     events rows, cluster_id not yet filled for clusterable events
 * @param clustered  the asserted events that may join others, for the clusterer
 * @param index      the search index document
 */
record ArticleRows(String id, String textHash, Table.Row article, List<Table.Row> mentions, List<Table.Row> quotes,
                   List<Table.Row> events, List<NewMember> clustered, ArticleIndex.Doc index) {

    /**
     * An asserted event that may join a cluster.
     *
     * @param eventId event id
     * @param block   its block
     * @param date    its date
     * @param code    its CAMEO code
     */
    record NewMember(String eventId, ClusterRules.Block block, LocalDate date, String code) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Checks and converts one coded article.
     *
     * @throws IllegalArgumentException naming the article and event or span at fault
     */
    static ArticleRows of(CodedArticle coded, Instant now) {
        if (coded == null) {
            throw new IllegalArgumentException("cannot store a null coded article");
        }
        Article a = coded.article();
        String id = a.id();
        String where = "article " + id + " (" + a.origin() + ")";
        String text = a.text();
        String hash = sha256(text);
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, now);
        Table.Row art = Table.ARTICLES.row()
                .put("id", id).put("title", a.title())
                .put("published", a.published() == null ? null : a.published().iso())
                .put("published_day", a.published() == null ? null : a.published().date().toString())
                .put("outlet", a.outlet()).put("author", a.author()).put("url", a.url())
                .put("tags", json(a.tags())).put("text", text).put("text_hash", hash).put("origin", a.origin())
                .put("ingested_at", micros).put("coded_json_gz", Json.gzip(CodedArticleJson.line(coded)));

        Set<String> actorCodes = new TreeSet<>();
        List<Table.Row> mentions = new ArrayList<>();
        for (Mention m : coded.mentions()) {
            int ord = mentions.size();
            checkSpan(m.begin(), m.end(), text, where + ", mention " + ord + " '" + m.text() + "'");
            Actor ac = m.actor();
            if (ac != null) {
                actorCodes.add(ac.code());
            }
            mentions.add(Table.MENTIONS.row().put("article_id", id).put("ord", ord).put("sentence", m.sentence())
                    .put("token_begin", m.tokenBegin()).put("token_end", m.tokenEnd()).put("head", m.head())
                    .put("char_begin", m.begin()).put("char_end", m.end()).put("text", m.text())
                    .put("type", m.type().name()).put("actor_code", ac == null ? null : ac.code())
                    .put("actor_name", ac == null ? null : ac.name()).put("actor_role", ac == null ? null : ac.role())
                    .put("actor_basis", ac == null ? null : ac.basis().name())
                    .put("actor_confidence", ac == null ? null : ac.confidence()));
        }

        List<Table.Row> quotes = new ArrayList<>();
        for (Quote q : coded.quotes()) {
            int ord = quotes.size();
            checkSpan(q.begin(), q.end(), text, where + ", quote " + ord);
            Speaker sp = q.speaker();
            Actor ac = sp == null ? null : sp.actor();
            if (ac != null) {
                actorCodes.add(ac.code());
            }
            quotes.add(Table.QUOTES.row().put("article_id", id).put("ord", ord).put("sentence", q.sentence())
                    .put("char_begin", q.begin()).put("char_end", q.end()).put("text", q.text())
                    .put("direct", q.direct()).put("speaker_text", sp == null ? null : sp.text())
                    .put("speaker_begin", sp == null ? null : sp.begin()).put("speaker_end", sp == null ? null : sp.end())
                    .put("speaker_head", sp == null ? null : sp.head()).put("speaker_name", sp == null ? null : sp.name())
                    .put("speaker_code", ac == null ? null : ac.code())
                    .put("speaker_actor_name", ac == null ? null : ac.name())
                    .put("speaker_role", ac == null ? null : ac.role())
                    .put("speaker_basis", ac == null ? null : ac.basis().name())
                    .put("speaker_confidence", ac == null ? null : ac.confidence())
                    .put("cue", q.cue()).put("via", q.via()).put("anonymous", q.anonymous()));
        }

        int lead = text.indexOf("\n\n");
        Set<String> eventIds = new HashSet<>();
        List<Table.Row> events = new ArrayList<>();
        List<NewMember> clustered = new ArrayList<>();
        for (Event e : coded.events()) {
            int ord = events.size();
            String ew = where + ", event " + ord + " (" + e.id() + ")";
            if (e.id().isBlank()) {
                throw new IllegalArgumentException(where + ", event " + ord + ": blank event id");
            }
            if (!eventIds.add(e.id())) {
                throw new IllegalArgumentException(ew + ": duplicate event id in the article");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(e.eventDate());
            } catch (DateTimeParseException x) {
                throw new IllegalArgumentException(ew + ": bad event date '" + e.eventDate() + "', want YYYY-MM-DD", x);
            }
            if (!Double.isFinite(e.goldstein()) || !Double.isFinite(e.confidence())) {
                throw new IllegalArgumentException(ew + ": Goldstein score and confidence must be finite numbers");
            }
            if (e.cameoCode().isBlank()) {
                throw new IllegalArgumentException(ew + ": blank CAMEO code");
            }
            checkSpan(e.begin(), e.end(), text, ew + ", evidence");
            checkSpan(e.trigger().begin(), e.trigger().end(), text, ew + ", trigger");
            String root = e.cameoRoot() != null && !e.cameoRoot().isBlank() ? e.cameoRoot()
                    : e.cameoCode().substring(0, Math.min(2, e.cameoCode().length()));
            Table.Row r = Table.EVENTS.row().put("id", e.id()).put("article_id", id).put("ord", ord)
                    .put("gid", globalId(e.id())).put("sentence", e.sentence()).put("char_begin", e.begin())
                    .put("char_end", e.end()).put("evidence", e.evidence()).put("lead", lead < 0 || e.begin() < lead)
                    .put("trigger_text", e.trigger().text()).put("trigger_begin", e.trigger().begin())
                    .put("trigger_end", e.trigger().end());
            party(r, "source", e.source(), text, ew, actorCodes);
            party(r, "target", e.target(), text, ew, actorCodes);
            r.put("cameo_code", e.cameoCode()).put("cameo_root", root).put("goldstein", e.goldstein())
                    .put("quad_class", e.quadClass()).put("plover_type", e.ploverType())
                    .put("event_date", date.toString()).put("date_precision", e.datePrecision())
                    .put("date_source", e.dateSource());
            Event.Location loc = e.location();
            r.put("has_location", loc != null).put("location_country", loc == null ? null : loc.country())
                    .put("location_place", loc == null ? null : loc.place())
                    .put("location_begin", loc == null ? null : loc.begin())
                    .put("location_end", loc == null ? null : loc.end());
            r.put("modality", e.modality().name());
            Event.Attribution at = e.attribution();
            Actor sa = at == null ? null : at.actor();
            r.put("has_attribution", at != null).put("attr_speaker", at == null ? null : at.speaker())
                    .put("attr_code", sa == null ? null : sa.code()).put("attr_name", sa == null ? null : sa.name())
                    .put("attr_role", sa == null ? null : sa.role())
                    .put("attr_basis", sa == null ? null : sa.basis().name())
                    .put("attr_confidence", sa == null ? null : sa.confidence())
                    .put("attr_via", at == null ? null : at.via())
                    .put("attr_anonymous", at == null ? null : at.anonymous());
            r.put("confidence", e.confidence()).put("frame", e.frame());
            String srcCountry = e.source() == null ? null : e.source().actor().country();
            String tgtCountry = e.target() == null ? null : e.target().actor().country();
            if (!e.asserted()) {
                r.put("cluster_id", null);
            } else if (ClusterRules.placeable(srcCountry, tgtCountry, e.datePrecision())) {
                r.put("cluster_id", null);
                clustered.add(new NewMember(e.id(), new ClusterRules.Block(srcCountry, tgtCountry, root), date,
                        e.cameoCode()));
            } else {
                r.put("cluster_id", e.id());
            }
            if (sa != null) {
                actorCodes.add(sa.code());
            }
            events.add(r);
        }
        String published = a.published() == null ? null : a.published().iso();
        LocalDate day = a.published() == null ? null : a.published().date();
        ArticleIndex.Doc doc = new ArticleIndex.Doc(id, hash, a.title(), text, published, day, a.outlet(), actorCodes);
        return new ArticleRows(id, hash, art, mentions, quotes, events, clustered, doc);
    }

    /** Event ids of the article, in order. */
    List<String> eventIds() {
        return events.stream().map(r -> (String) r.get("id")).toList();
    }

    private static void party(Table.Row r, String side, Event.EventActor p, String text, String where,
                              Set<String> codes) {
        Actor a = p == null ? null : p.actor();
        if (p != null) {
            checkSpan(p.begin(), p.end(), text, where + ", " + side + " actor");
            codes.add(a.code());
        }
        r.put(side + "_code", a == null ? null : a.code()).put(side + "_country", a == null ? null : a.country())
                .put(side + "_sector", a == null || a.code().length() <= 3 ? null : a.code().substring(3))
                .put(side + "_name", a == null ? null : a.name()).put(side + "_role", a == null ? null : a.role())
                .put(side + "_basis", a == null ? null : a.basis().name())
                .put(side + "_confidence", a == null ? null : a.confidence())
                .put(side + "_text", p == null ? null : p.text()).put(side + "_begin", p == null ? null : p.begin())
                .put(side + "_end", p == null ? null : p.end());
    }

    private static void checkSpan(int begin, int end, String text, String what) {
        if (end > text.length()) {
            throw new IllegalArgumentException(what + ": span [" + begin + ", " + end + ") lies outside the article"
                    + " text (length " + text.length() + ")");
        }
    }

    /** SHA-256 of the text's UTF-8 bytes, lower-case hex. */
    static String sha256(String text) {
        return HexFormat.of().formatHex(digest(text));
    }

    /** A positive 63-bit number from the event id, stable across stores: GDELT wants integer event ids. */
    static long globalId(String eventId) {
        return ByteBuffer.wrap(digest(eventId)).getLong() & Long.MAX_VALUE;
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always JSON", e);
        }
    }
}
