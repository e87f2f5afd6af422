package io.casus.app;

import io.casus.json.CodedArticleJson;
import io.casus.model.Article;
import io.casus.model.CodedArticle;
import io.casus.model.Event;
import io.casus.model.Quote;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code casus demo}: codes the bundled sample corpus and prints a readable summary. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Codes the bundled samples (every input format), summarises what was found, stores them and serves the dashboard.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipeline;

    @Option(names = "--samples", paramLabel = "DIR", description = "the sample corpus (default: samples/ of the casus checkout)")
    Path samples;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "casus-output/demo.jsonl",
            description = "where the full output goes (default: ${DEFAULT-VALUE})")
    Path out;




    @Option(names = "--data", paramLabel = "DIR", defaultValue = "casus-data", description = "the store the samples go into (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070", description = "the dashboard's port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--no-serve", description = "code and store the samples, then exit instead of serving the dashboard")
    boolean noServe;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path dir = samples != null ? samples : Path.of(System.getProperty("casus.home", ".")).resolve("samples");
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "no sample corpus at " + dir + " (use --samples DIR)");
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println("Casus demo: coding the sample corpus in " + dir + " (loading CoreNLP takes a few seconds)");
        w.flush();
        List<CodedArticle> coded = new ArrayList<>();
        Reporting listener = new Reporting(0);
        long start = System.nanoTime();
        Batch.Totals t = pipeline.batch().run(Pipeline.resolve(List.of(dir.toString())), coded::add, listener);
        double secs = (System.nanoTime() - start) / 1e9;
        listener.finish();
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (BufferedWriter bw = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (CodedArticle c : coded) {
                bw.write(CodedArticleJson.line(c));
                bw.write('\n');
            }
        }
        w.println();
        w.printf("%-25s  %-22s  %-44s %5s %5s %5s %5s %5s%n", "published", "outlet", "title", "sent", "ment", "dates", "quot", "evts");
        for (CodedArticle c : coded) {
            Article a = c.article();
            w.printf("%-25s  %-22s  %-44s %5d %5d %5d %5d %5d%n", a.published() == null ? "(no date)" : a.published().iso(),
                    cut(a.outlet(), 22), cut(a.title() == null ? a.id() : a.title(), 44), c.annotated().sentences().size(),
                    c.mentions().size(), c.times().size(), c.quotes().size(), c.events().stream().filter(Event::asserted).count());
        }
        w.println();
        w.printf("%d articles, %d sentences, %d tokens, %d mentions, %d dates, %d quotes, %d events in %.1f s; %d skipped%n",
                t.articles(), t.sentences(), t.tokens(), t.mentions(), t.times(), t.quotes(), t.events(), secs, listener.skipped());
        if (!coded.isEmpty()) {
            example(w, coded.get(0));
        }
        w.println();
        w.println("Full output (one JSON object per article; fields in README.md): " + out.toAbsolutePath());
        try (io.casus.store.EventStore store = io.casus.store.duckdb.DuckDbEventStore.open(data)) {
            store.putAll(coded);
            w.println("Stored in " + data.toAbsolutePath() + ": " + store.stats());
            w.flush();
            if (!noServe) {
                try (io.casus.app.server.ApiServer server = io.casus.app.server.ApiServer.create(store,
                        Pipeline.sources().byFormat("jsonl").orElseThrow(),
                        a -> Pipeline.coder().code(Pipeline.annotator().annotate(a)), System.getenv("CASUS_TOKEN"))
                        .start("127.0.0.1", port)) {
                    w.println();
                    w.println("Dashboard: http://localhost:" + server.port() + "/   (API: http://localhost:" + server.port()
                            + "/api/openapi.json; Ctrl-C stops)");
                    w.flush();
                    java.util.concurrent.CountDownLatch stop = new java.util.concurrent.CountDownLatch(1);
                    Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "casus-demo-stop"));
                    stop.await();
                }
            }
        }
        w.flush();
        return listener.skipped() > 0 ? Main.SKIPPED : Main.OK;
    }

    private static void example(PrintWriter w, CodedArticle c) {
        w.println();
        w.println("Example: " + (c.article().title() == null ? c.article().id() : c.article().title()));
        w.println("  dates resolved against " + (c.article().published() == null ? "today" : c.article().published().date()) + ":");
        c.times().stream().limit(6).forEach(t -> w.printf("    %-28s -> %s%n", quoted(t.text()), t.value()));
        w.println("  events (asserted; source > target, CAMEO code, date):");
        for (Event e : c.events().stream().filter(Event::asserted).limit(6).toList()) {
            w.printf("    %-8s > %-8s %-5s %s  \"%s\"%n", e.source() == null ? "---" : e.source().actor().code(),
                    e.target() == null ? "---" : e.target().actor().code(), e.cameoCode(), e.eventDate(), cut(e.trigger().text(), 40));
        }
        w.println("  quotes:");
        for (Quote q : c.quotes().stream().filter(Quote::direct).limit(4).toList()) {
            String who = q.speaker() == null ? "(speaker not found)" : q.speaker().name();
            w.printf("    %s%s%s: %s%n", who, q.anonymous() ? " (anonymous)" : "", q.via() == null ? "" : " via " + q.via(),
                    quoted(cut(q.text(), 70)));
        }
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }

    private static String cut(String s, int max) {
        if (s == null) {
            return "-";
        }
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

}
