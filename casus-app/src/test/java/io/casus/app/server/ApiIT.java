package io.casus.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casus.ingest.Sources;
import io.casus.store.EventStore;
import io.casus.store.SyntheticData;
import io.casus.store.duckdb.DuckDbEventStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API in process over a real DuckDB store filled with synthetic events. */
class ApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "test-token";

    @TempDir
    static Path dir;

    static EventStore store;
    static ApiServer server;
    static ApiServer closed;
    static HttpClient http;

    @BeforeAll
    static void start() {
        store = DuckDbEventStore.open(dir.resolve("data"));
        SyntheticData.fill(store, 2000, 1);
        var jsonl = new Sources().byFormat("jsonl").orElseThrow();
        // posted articles are "coded" into a synthetic article: the NLP models are not what this test is about
        server = ApiServer.create(store, jsonl, a -> SyntheticData.article(77, 5000, 0), TOKEN).start("127.0.0.1", 0);
        closed = ApiServer.create(store, jsonl, a -> SyntheticData.article(78, 5001, 0), null).start("127.0.0.1", 0);
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        server.close();
        closed.close();
        store.close();
    }

    @Test
    void eventsArePagedAndFiltered() throws Exception {
        JsonNode page = getJson("/api/events?limit=5");
        assertEquals(5, page.get("items").size());
        assertTrue(page.get("total").asLong() >= 5);
        JsonNode e = page.get("items").get(0);
        assertTrue(e.get("event").has("cameoCode"), e.toString());
        String a = e.get("event").get("sourceActor").get("country").asText();
        String b = e.get("event").get("targetActor").get("country").asText();
        JsonNode dyad = getJson("/api/events?limit=3&dyad=" + a + "-" + b);
        assertTrue(dyad.get("total").asLong() >= 1);
        JsonNode quad = getJson("/api/events?limit=20&quad=4");
        quad.get("items").forEach(i -> assertEquals(4, i.get("event").get("quadClass").asInt()));
    }

    @Test
    void oneEventWithItsClusterAndArticle() throws Exception {
        JsonNode e = getJson("/api/events?limit=1").get("items").get(0);
        String id = e.get("event").get("id").asText();
        JsonNode detail = getJson("/api/events/" + id);
        assertEquals(id, detail.get("event").get("event").get("id").asText());
        assertFalse(detail.get("event").get("event").get("evidence").asText().isBlank());
        String cluster = detail.get("cluster").get("id").asText();
        assertTrue(getJson("/api/clusters/" + cluster).get("members").size() >= 1);
        String article = detail.get("event").get("article").get("id").asText();
        JsonNode art = getJson("/api/articles/" + article);
        assertFalse(art.get("text").asText().isEmpty());
        assertTrue(art.get("coded").get("events").isArray());
        assertFalse(art.toString().contains("\"origin\""), "article JSON must not carry where it was read from");
    }

    @Test
    void analyticsEndpoints() throws Exception {
        JsonNode e = getJson("/api/events?limit=1").get("items").get(0).get("event");
        String dyad = e.get("sourceActor").get("country").asText() + "-" + e.get("targetActor").get("country").asText();
        JsonNode series = getJson("/api/dyads/" + dyad + "/series?interval=week");
        assertTrue(series.size() >= 1 && series.get(0).has("goldsteinSum"), series.toString());
        assertTrue(getJson("/api/dyads/" + dyad + "/escalation").has("index"));
        assertTrue(getJson("/api/escalations/latest").isArray());
        assertTrue(getJson("/api/actors/top?limit=5").size() >= 1);
        assertTrue(getJson("/api/types").size() >= 1);
        assertTrue(getJson("/api/stats").get("events").asLong() >= 2000);
        assertTrue(getJson("/api/clusters?limit=3").get("items").size() >= 1);
        assertTrue(getJson("/api/search?q=talks").has("items"));
    }

    @Test
    void openApiDocumentParses() throws Exception {
        JsonNode doc = getJson("/api/openapi.json");
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        assertTrue(doc.get("paths").has("/api/events"));
        assertTrue(doc.get("paths").has("/api/dyads/{dyad}/series"));
    }

    @Test
    void badParametersAre400NamingTheParameter() throws Exception {
        assertError(get("/api/events?from=yesterday"), 400, "from");
        assertError(get("/api/events?limit=0"), 400, "limit");
        assertError(get("/api/events?quad=9"), 400, "quad");
        assertError(get("/api/events?dyad=USA"), 400, "dyad");
        assertError(get("/api/events?modality=maybe"), 400, "modality");
        assertError(get("/api/events?root=1"), 400, "root");
        assertError(get("/api/dyads/USA-IRN/series?interval=month"), 400, "interval");
        assertError(get("/api/dyads/usa/series"), 400, "dyad");
    }

    @Test
    void unknownIdsAre404() throws Exception {
        assertError(get("/api/events/nope"), 404, "nope");
        assertError(get("/api/clusters/nope"), 404, "nope");
        assertError(get("/api/articles/nope"), 404, "nope");
        assertError(get("/api/nothing-here"), 404, "endpoint");
    }

    @Test
    void postNeedsTheToken() throws Exception {
        String body = "{\"id\":\"p1\",\"title\":\"T\",\"text\":\"Iran and the United States held talks.\"}";
        assertError(post(closed, body, TOKEN), 403, "CASUS_TOKEN");
        assertError(post(server, body, null), 401, "Authorization");
        assertError(post(server, body, "wrong"), 403, "token");
    }

    @Test
    void postRejectsBadBodies() throws Exception {
        assertError(post(server, "{not json", TOKEN), 400, "JSON");
        assertError(post(server, "{\"id\":\"p2\",\"title\":\"T\"}", TOKEN), 400, "text");
        assertError(post(server, "{\"id\":\"p2\",\"text\":\"x\",\"colour\":1}", TOKEN), 400, "colour");
        assertError(post(server, "{\"id\":\"p2\",\"text\":\"" + "a".repeat(ApiServer.MAX_BODY_BYTES + 10) + "\"}", TOKEN), 413, "large");
    }

    @Test
    void postStoresTheCodedArticle() throws Exception {
        HttpResponse<String> r = post(server, "{\"id\":\"p3\",\"text\":\"Iran and the United States held talks.\"}", TOKEN);
        assertTrue(r.statusCode() == 201 || r.statusCode() == 200, r.body());
        JsonNode put = JSON.readTree(r.body());
        assertEquals(200, get("/api/articles/" + put.get("articleId").asText()).statusCode());
    }

    @Test
    void dashboardAndWebJarAreServed() throws Exception {
        HttpResponse<String> index = get("/");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("Casus"));
        assertEquals(200, get("/app.js").statusCode());
        assertEquals(200, get(DashboardBrowserIT.CHART_JS).statusCode());
    }

    private static void assertError(HttpResponse<String> r, int status, String mentions) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        String message = body.get("error").asText();
        assertTrue(message.contains(mentions), message);
        assertFalse(r.body().contains("\tat ") || r.body().contains("Exception") || r.body().contains(dir.toString()),
                "error body leaks internals: " + r.body());
    }

    private static JsonNode getJson(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(ApiServer to, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to.port() + "/api/articles"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
