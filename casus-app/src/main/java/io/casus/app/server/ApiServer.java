package io.casus.app.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casus.model.CodedArticle;
import io.casus.store.ActorGrouping;
import io.casus.store.Dyad;
import io.casus.store.EscalationIndex;
import io.casus.store.EventFilter;
import io.casus.store.EventStore;
import io.casus.store.Interval;
import io.casus.store.PutResult;
import io.casus.store.SearchQuery;
import io.casus.store.TypeGrouping;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@code casus serve} process: the JSON API under {@code /api} and the dashboard at {@code /}. Read endpoints
 * are public; {@code POST /api/articles} needs {@code Authorization: Bearer TOKEN} and is disabled (403) when no
 * token is configured. Every failure is mapped to a status in {@link #errors}: 400 for bad parameters or bodies
 * (naming the parameter or field), 401/403 for authorization, 404 for unknown ids and routes, 413 for bodies over
 * {@link #MAX_BODY_BYTES}, 500 for the rest, with a short JSON message and never a stack trace or a path.
 */
public final class ApiServer implements AutoCloseable {
    /** The largest article body accepted. */
    public static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(ApiServer.class.getName());
    private static final String JSON = "application/json";

    private final EventStore store;
    private final ArticleIntake intake;
    private final byte[] token;
    private final String openApi;
    private final Javalin app;

    /**
     * @param store  the store to serve (not closed by this server)
     * @param intake codes posted articles
     * @param token  the ingest token, or null to disable {@code POST /api/articles}
     */
    ApiServer(EventStore store, ArticleIntake intake, String token) {
        this.store = Objects.requireNonNull(store, "store");
        this.intake = Objects.requireNonNull(intake, "intake");
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
        this.openApi = resource("/io/casus/app/web/openapi.json");
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/io/casus/app/web";
                s.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
        });
        routes();
        errors();
    }

    /**
     * A server for a store.
     *
     * @param coding annotates and codes one posted article; called lazily, on the first POST
     */
    public static ApiServer create(EventStore store, io.casus.source.ArticleSource jsonl,
                                   java.util.function.Function<io.casus.model.Article, CodedArticle> coding, String token) {
        return new ApiServer(store, new ArticleIntake(jsonl, coding), token);
    }

    /** Starts listening; port 0 picks a free one. Returns this. */
    public ApiServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    /** The port listened on. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private void routes() {
        EscalationIndex.Params esc = EscalationIndex.Params.DEFAULT;
        app.get("/api/events", ctx -> json(ctx, store.events(Params.events(ctx), Params.page(ctx))));
        app.get("/api/events/{id}", ctx -> json(ctx, store.event(ctx.pathParam("id"))
                .orElseThrow(() -> ApiException.notFound("no event with id '" + ctx.pathParam("id") + "'"))));
        app.get("/api/clusters", ctx -> json(ctx, store.clusters(Params.events(ctx), Params.page(ctx))));
        app.get("/api/clusters/{id}", ctx -> json(ctx, store.cluster(ctx.pathParam("id"))
                .orElseThrow(() -> ApiException.notFound("no cluster with id '" + ctx.pathParam("id") + "'"))));
        app.get("/api/articles/{id}", ctx -> json(ctx, JsonRender.article(store.article(ctx.pathParam("id"))
                .orElseThrow(() -> ApiException.notFound("no article with id '" + ctx.pathParam("id") + "'")))));
        app.post("/api/articles", this::postArticle);
        app.get("/api/search", ctx -> json(ctx, store.search(search(ctx), Params.page(ctx))));
        app.get("/api/dyads/{dyad}/series", ctx -> {
            Dyad d = Params.dyad("dyad", ctx.pathParam("dyad"));
            Interval interval = interval(ctx);
            json(ctx, store.series(Params.dates(EventFilter.asserted().withDyad(d), ctx), interval));
        });
        app.get("/api/dyads/{dyad}/escalation", ctx ->
                json(ctx, store.escalation(Params.dyad("dyad", ctx.pathParam("dyad")), Params.date(ctx, "asOf"), esc)));
        app.get("/api/escalations/latest", ctx ->
                json(ctx, store.latestEscalations(Params.date(ctx, "asOf"), esc, Params.integer(ctx, "limit", 20, 1, 500))));
        app.get("/api/actors/top", ctx -> json(ctx, store.topActors(Params.events(ctx),
                grouping(ctx, "group", ActorGrouping.class, ActorGrouping.values()[0]), Params.integer(ctx, "limit", 20, 1, 1000))));
        app.get("/api/types", ctx -> json(ctx, store.eventTypes(Params.events(ctx),
                grouping(ctx, "group", TypeGrouping.class, TypeGrouping.values()[0]))));
        app.get("/api/stats", ctx -> json(ctx, store.stats()));
        app.get("/api/openapi.json", ctx -> ctx.contentType(JSON).result(openApi));
    }

    private void postArticle(Context ctx) {
        if (token == null) {
            throw new ApiException(403, "posting articles is disabled: set CASUS_TOKEN on the server to enable it");
        }
        String auth = ctx.header("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            throw new ApiException(401, "missing header 'Authorization: Bearer TOKEN'");
        }
        if (!MessageDigest.isEqual(token, auth.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(403, "wrong token in header 'Authorization'");
        }
        long declared = ctx.contentLength();
        if (declared > MAX_BODY_BYTES) {
            throw new ApiException(413, "body too large: at most " + MAX_BODY_BYTES + " bytes");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > MAX_BODY_BYTES) {
            throw new ApiException(413, "body too large: at most " + MAX_BODY_BYTES + " bytes");
        }
        CodedArticle coded = intake.code(body);
        PutResult r = store.put(coded);
        ctx.status(r.outcome() == PutResult.Outcome.INSERTED ? 201 : 200);
        json(ctx, r);
    }

    private static SearchQuery search(Context ctx) {
        return new SearchQuery(Params.text(ctx, "q"), null, null, Params.text(ctx, "outlet"), null)
                .withDates(Params.date(ctx, "from"), Params.date(ctx, "to"))
                .withActor(Params.actor(ctx, "actor"));
    }

    private static Interval interval(Context ctx) {
        String v = Params.text(ctx, "interval");
        try {
            return v == null ? Interval.DAY : Interval.parse(v);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad parameter 'interval': " + e.getMessage());
        }
    }

    private static <E extends Enum<E>> E grouping(Context ctx, String name, Class<E> type, E def) {
        String v = Params.text(ctx, name);
        if (v == null) {
            return def;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad parameter '" + name + "': '" + v + "' is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
        }
    }

    private static void json(Context ctx, Object value) {
        ctx.contentType(JSON).result(value instanceof ObjectNode o ? o.toString() : JsonRender.write(value));
    }

    /** The one place where failures become statuses. */
    private void errors() {
        app.exception(ApiException.class, (e, ctx) -> fail(ctx, e.status(), e.getMessage()));
        // the store's own validation: its messages name the filter and the expected form, never a path
        app.exception(IllegalArgumentException.class, (e, ctx) -> fail(ctx, 400, "bad request: " + e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), switch (e.getStatus()) {
            case 404 -> "no such endpoint: " + ctx.method() + " " + ctx.path() + " (see /api/openapi.json)";
            case 413 -> "body too large: at most " + MAX_BODY_BYTES + " bytes";
            default -> e.getMessage();
        }));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.log(Level.WARNING, "request " + ctx.method() + " " + ctx.path() + " failed", e);
            fail(ctx, 500, "internal error; the server log has the details");
        });
    }

    private static void fail(Context ctx, int status, String message) {
        ctx.status(status).contentType(JSON).result(JsonRender.error(status, message).toString());
    }

    private static String resource(String name) {
        try (InputStream in = ApiServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
