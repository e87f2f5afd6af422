package io.casus.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casus.eval.Gold;
import io.casus.eval.GoldLine;
import io.casus.eval.Prediction;
import io.casus.eval.Score;
import io.casus.eval.Scorer;
import io.casus.model.CodedArticle;
import io.casus.model.Event;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code casus eval}: codes inputs and scores their events against gold files (shared/gold/README.md rules). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Codes the inputs and scores the events against gold files: precision, recall and F1 with dates "
                + "(strict) and without, false events, a per-root summary, and the misses and false alarms."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipeline;

    @Option(names = "--gold", required = true, split = ",", paramLabel = "GOLD.jsonl", description = "gold files")
    List<Path> gold;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Option(names = "--show", paramLabel = "N", defaultValue = "30", description = "misses and false alarms to list per file (default 30)")
    int show;




    @Option(names = "--verbs-only", description = "use only the --verbs files, not the bundled frames (to compare lexicons, e.g. PETRARCH's CAMEO.2.0.txt against casus')")
    boolean verbsOnly;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "the gold files' inputs")
    List<String> inputs;

    @Override
    public Integer call() {
        Map<Path, List<GoldLine>> goldByFile = new LinkedHashMap<>();
        for (Path g : gold) {
            if (!Files.isRegularFile(g)) {
                throw new ParameterException(spec.commandLine(), "no gold file " + g);
            }
            goldByFile.put(g, Gold.read(g));
        }
        Map<String, CodedArticle> coded = new LinkedHashMap<>();
        Batch.Listener listener = (location, reason) -> System.err.println("skipped: " + location + ": " + reason);
        Pipeline.batch(pipeline.threads(), pipeline.actors, pipeline.verbs, verbsOnly).run(Pipeline.resolve(inputs), c -> coded.put(c.article().id(), c), listener);

        ObjectMapper mapper = new ObjectMapper();
        ObjectNode report = mapper.createObjectNode();
        ArrayNode files = report.putArray("files");
        PrintWriter out = spec.commandLine().getOut();
        Score strictAll = new Score(0, 0, 0, 0);
        Score nodateAll = new Score(0, 0, 0, 0);
        for (Map.Entry<Path, List<GoldLine>> e : goldByFile.entrySet()) {
            Set<String> docs = new HashSet<>();
            e.getValue().forEach(g -> docs.add(g.doc()));
            List<Prediction> preds = predictions(coded, docs);
            Scorer.Result r = Scorer.score(e.getValue(), preds);
            strictAll = strictAll.plus(r.strict());
            nodateAll = nodateAll.plus(r.nodate());
            ObjectNode f = files.addObject();
            f.put("gold", e.getKey().toString()).put("documents", docs.size());
            f.set("strict", score(mapper, r.strict()));
            f.set("nodate", score(mapper, r.nodate()));
            f.set("roots", roots(mapper, e.getValue(), r));
            if (!json) {
                out.printf("%s (%d documents, %d gold events)%n", e.getKey(), docs.size(), r.strict().gold());
                line(out, "strict", r.strict());
                line(out, "nodate", r.nodate());
                out.printf("  false events %d%n", r.strict().falseEvents());
                rootLines(out, f.get("roots"));
                details(out, r, coded);
                out.println();
            }
        }
        report.set("strict", score(mapper, strictAll));
        report.set("nodate", score(mapper, nodateAll));
        if (json) {
            out.println(report.toPrettyString());
        } else {
            out.println("overall");
            line(out, "strict", strictAll);
            line(out, "nodate", nodateAll);
            out.printf("  false events %d%n", strictAll.falseEvents());
        }
        out.flush();
        return Main.OK;
    }

    /** The asserted events of the gold's documents, reduced to what the gold scores. */
    static List<Prediction> predictions(Map<String, CodedArticle> coded, Set<String> docs) {
        List<Prediction> out = new ArrayList<>();
        for (CodedArticle c : coded.values()) {
            if (!docs.contains(c.article().id())) {
                continue;
            }
            for (Event ev : c.events()) {
                if (ev.asserted()) {
                    out.add(new Prediction(c.article().id(), ev.source() == null ? "---" : ev.source().actor().country(),
                            ev.target() == null ? "---" : ev.target().actor().country(), ev.cameoRoot(), ev.ploverType(),
                            ev.eventDate(), ev.cameoCode(), ev.evidence()));
                }
            }
        }
        return out;
    }

    private static ObjectNode score(ObjectMapper m, Score s) {
        ObjectNode o = m.createObjectNode();
        o.put("precision", round(s.precision())).put("recall", round(s.recall())).put("f1", round(s.f1()))
                .put("truePositives", s.truePositives()).put("falsePositives", s.falsePositives())
                .put("goldEvents", s.gold()).put("falseEvents", s.falseEvents());
        return o;
    }

    /** Per gold root (or PLOVER type): how many gold events, how many found. */
    private static ObjectNode roots(ObjectMapper m, List<GoldLine> gold, Scorer.Result r) {
        Map<String, int[]> counts = new TreeMap<>();
        Set<GoldLine> missed = new HashSet<>(r.misses());
        for (GoldLine g : gold) {
            if (!g.kind().equals("event")) {
                continue;
            }
            String key = !g.roots().isEmpty() ? g.roots().get(0) : g.plover().isEmpty() ? "?" : g.plover().get(0);
            int[] c = counts.computeIfAbsent(key, k -> new int[2]);
            c[0]++;
            c[1] += missed.contains(g) ? 0 : 1;
        }
        ObjectNode o = m.createObjectNode();
        counts.forEach((k, c) -> o.putObject(k).put("gold", c[0]).put("found", c[1]));
        return o;
    }

    private static void rootLines(PrintWriter out, com.fasterxml.jackson.databind.JsonNode roots) {
        StringBuilder b = new StringBuilder("  found per gold type:");
        roots.fields().forEachRemaining(e -> b.append(' ').append(e.getKey()).append(' ')
                .append(e.getValue().get("found").asInt()).append('/').append(e.getValue().get("gold").asInt()));
        out.println(b);
    }

    private void details(PrintWriter out, Scorer.Result r, Map<String, CodedArticle> coded) {
        int k = 0;
        for (GoldLine g : r.misses()) {
            if (k++ >= show) {
                break;
            }
            CodedArticle c = coded.get(g.doc());
            String text = g.text().isEmpty() && c != null && !c.annotated().sentences().isEmpty()
                    ? c.annotated().sentences().get(0).text() : g.text();
            out.printf("  miss  %s %s->%s %s%s: %s%n", g.doc(), g.source(), g.target(),
                    g.roots().isEmpty() ? g.plover() : g.roots(), g.dates() == null ? "" : " " + g.dates(), cut(text));
        }
        k = 0;
        for (Prediction p : r.falseEvents()) {
            if (k++ >= show) {
                break;
            }
            out.printf("  FALSE EVENT %s %s->%s %s %s: %s%n", p.doc(), p.source(), p.target(), p.code(), p.date(), cut(p.evidence()));
        }
        k = 0;
        for (Prediction p : r.falseAlarms()) {
            if (k++ >= show) {
                break;
            }
            out.printf("  false alarm %s %s->%s %s %s: %s%n", p.doc(), p.source(), p.target(), p.code(), p.date(), cut(p.evidence()));
        }
    }

    private static void line(PrintWriter out, String name, Score s) {
        out.printf("  %-7s P %.3f  R %.3f  F1 %.3f  (TP %d, FP %d, gold %d)%n", name, s.precision(), s.recall(), s.f1(),
                s.truePositives(), s.falsePositives(), s.gold());
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    private static String cut(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 160 ? one : one.substring(0, 159) + "…";
    }
}
