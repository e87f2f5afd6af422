package io.casus.app;

import io.casus.json.CodedArticleJson;
import io.casus.model.Article;
import io.casus.source.ReadListener;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code casus bench}: codes the input after a warm-up and reports throughput. Reading happens before the clock
 * starts; the timed part is annotation, coding and writing the JSON (to nowhere), i.e. everything {@code code} does
 * per article.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures coding speed: articles/s, sentences/s, tokens/s, peak heap, annotators and machine.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "an actor dictionary (casus TSV or PETRARCH/TABARI) that adds to or overrides the bundled ones; repeatable")
    List<java.nio.file.Path> actors;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "20", description = "articles coded before timing (default 20)")
    int warmup;

    @Option(names = "--limit", paramLabel = "N", description = "time at most N articles")
    Integer limit;

    @Option(names = "--corenlp", paramLabel = "KEY=VALUE",
            description = "override a CoreNLP property of io/casus/nlp/corenlp.properties, to compare configurations")
    java.util.Map<String, String> corenlp;

    @Option(names = "--api", description = "instead of coding, measure the API: requests/s and latency of /api/events over a store of synthetic events")
    boolean api;

    @Option(names = "--api-events", paramLabel = "N", defaultValue = "100000", description = "events in the API benchmark's store (default ${DEFAULT-VALUE})")
    int apiEvents;

    @Option(names = "--api-requests", paramLabel = "N", defaultValue = "5000", description = "requests in the API benchmark (default ${DEFAULT-VALUE})")
    int apiRequests;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "files or directories (not for --api)")
    List<String> inputs;

    @Override
    public Integer call() throws java.io.IOException, InterruptedException {
        if (api) {
            if (apiEvents < 1 || apiRequests < 1) {
                throw new ParameterException(spec.commandLine(), "--api-events and --api-requests must be at least 1");
            }
            ApiBench.run(apiEvents, apiRequests, 4, spec.commandLine().getOut());
            return Main.OK;
        }
        if (inputs == null || inputs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give INPUT files or directories to benchmark, or --api");
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || warmup < 0 || limit != null && limit < 1) {
            throw new ParameterException(spec.commandLine(), "--threads and --limit must be at least 1, --warmup at least 0");
        }
        var out = spec.commandLine().getOut();
        List<Article> articles = new ArrayList<>();
        int[] skipped = {0};
        Batch.Listener quiet = new Batch.Listener() {
            @Override
            public void skipped(String location, String reason) {
                skipped[0]++;
                System.err.println("skipped: " + location + ": " + reason);
            }
        };
        var sources = Pipeline.sources();
        for (var in : Pipeline.resolve(inputs)) {
            sources.read(in, new ReadListener() {
                @Override
                public void article(Article a) {
                    articles.add(a);
                }

                @Override
                public void skipped(String location, String reason) {
                    quiet.skipped(location, reason);
                }
            });
        }
        if (limit != null && articles.size() > limit) {
            articles.subList(limit, articles.size()).clear();
        }
        if (articles.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no articles to benchmark in " + inputs);
        }
        long loadStart = System.nanoTime();
        io.casus.annotate.Annotator annotator = Pipeline.annotator();
        if (corenlp != null && !corenlp.isEmpty()) {
            java.util.Properties overrides = new java.util.Properties();
            overrides.putAll(corenlp);
            annotator = io.casus.nlp.CoreNlpAnnotator.withOverrides(overrides);
        }
        Batch batch = new Batch(sources, annotator, Pipeline.coder(actors, System.err), n);
        double loadSecs = (System.nanoTime() - loadStart) / 1e9;
        AtomicLong bytes = new AtomicLong();
        List<Article> warm = articles.subList(0, Math.min(warmup, articles.size()));
        batch.runArticles(warm, c -> bytes.addAndGet(CodedArticleJson.line(c).length()), quiet);
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        Progress progress = new Progress(System.err, Progress.isTerminal(), articles.size());
        long start = System.nanoTime();
        Batch.Totals t = batch.runArticles(articles, c -> bytes.addAndGet(CodedArticleJson.line(c).length()), new Batch.Listener() {
            @Override
            public void skipped(String location, String reason) {
                quiet.skipped(location, reason);
            }

            @Override
            public void done(int d) {
                progress.done(d);
            }
        });
        double secs = (System.nanoTime() - start) / 1e9;
        progress.finish();
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        Runtime rt = Runtime.getRuntime();
        out.printf("casus bench: %d articles, %d sentences, %d tokens, %d threads, warm-up %d articles%n",
                t.articles(), t.sentences(), t.tokens(), n, warm.size());
        out.printf("  time          %.1f s (pipeline load %.1f s, not counted)%n", secs, loadSecs);
        out.printf("  articles/s    %.2f%n", t.articles() / secs);
        out.printf("  sentences/s   %.1f%n", t.sentences() / secs);
        out.printf("  tokens/s      %.0f%n", t.tokens() / secs);
        double nlp = t.annotateNanos() / 1e9;
        double coding = t.codeNanos() / 1e9;
        out.printf("  per stage     NLP %.1f s, coding (mentions, actors, times, quotes, events) %.1f s: coding adds %.1f%%%n",
                nlp, coding, nlp == 0 ? 0 : 100 * coding / nlp);
        out.printf("  events        %d asserted%n", t.events());
        out.printf("  peak heap     %d MiB (max %d MiB)%n", peak >> 20, rt.maxMemory() >> 20);
        out.printf("  annotators    %s%n", annotator.description());
        out.printf("  machine       %d cores, %s %s, Java %s (%s)%n", rt.availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        out.flush();
        return skipped[0] > 0 ? Main.SKIPPED : Main.OK;
    }
}
