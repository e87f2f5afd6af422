package io.casus.app;

import io.casus.eval.Gold;
import io.casus.eval.GoldLine;
import io.casus.model.CodedArticle;
import io.casus.model.Mention;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code casus eval-actors}: how often the actors of a gold file's events are found. For every gold event's source
 * and target that names countries (not {@code ---} or {@code *}), a hit is a mention in the same document resolved
 * to one of them; where the gold gives full codes ({@code USAGOV}) the sector is scored too.
 */
@Command(name = "eval-actors", mixinStandardHelpOptions = true,
        description = "Scores actor resolution against the source and target actors of gold event files.")
final class EvalActorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipeline;

    @Option(names = "--gold", required = true, split = ",", paramLabel = "GOLD.jsonl", description = "gold files (gold/README.md format)")
    List<Path> gold;



    @Option(names = "--misses", description = "list the actors not found")
    boolean misses;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "the gold files' inputs")
    List<String> inputs;

    @Override
    public Integer call() {
        Map<String, List<GoldLine>> events = new HashMap<>();
        for (Path g : gold) {
            if (!Files.isRegularFile(g)) {
                throw new ParameterException(spec.commandLine(), "no gold file " + g);
            }
            for (GoldLine line : Gold.read(g)) {
                if (line.kind().equals("event")) {
                    events.computeIfAbsent(line.doc(), k -> new ArrayList<>()).add(line);
                }
            }
        }
        Map<String, CodedArticle> coded = new HashMap<>();
        Batch.Listener listener = (location, reason) -> System.err.println("skipped: " + location + ": " + reason);
        pipeline.batch().run(Pipeline.resolve(inputs), c -> coded.put(c.article().id(), c), listener);

        int[] country = new int[2];
        int[] sector = new int[2];
        PrintWriter out = spec.commandLine().getOut();
        for (Map.Entry<String, List<GoldLine>> e : events.entrySet()) {
            CodedArticle c = coded.get(e.getKey());
            for (GoldLine ev : e.getValue()) {
                for (String role : List.of("source", "target")) {
                    List<String> want = role.equals("source") ? ev.source() : ev.target();
                    if (want.isEmpty() || want.contains("*") || want.contains("---")) {
                        continue;
                    }
                    boolean hit = c != null && c.mentions().stream().anyMatch(m -> countryMatches(m, want));
                    country[0] += hit ? 1 : 0;
                    country[1]++;
                    if (!hit && misses) {
                        out.printf("miss %s %s %s: %s%n", e.getKey(), role, want,
                                c == null ? "(not coded)" : c.annotated().sentences().isEmpty() ? "" : c.annotated().sentences().get(0).text());
                    }
                    if (want.stream().anyMatch(w -> w.length() > 3)) {
                        boolean sHit = c != null && c.mentions().stream().anyMatch(m -> m.actor() != null
                                && want.stream().anyMatch(w -> w.length() > 3 && m.actor().code().startsWith(w)));
                        sector[0] += sHit ? 1 : 0;
                        sector[1]++;
                    }
                }
            }
        }
        out.printf("actors in gold events: %d; country found: %d (%.1f%%)%n", country[1], country[0], pct(country));
        if (sector[1] > 0) {
            out.printf("with a gold sector: %d; sector found: %d (%.1f%%)%n", sector[1], sector[0], pct(sector));
        } else {
            out.println("the gold gives no sectors");
        }
        out.printf("documents: %d gold, %d coded%n", events.size(), coded.size());
        out.flush();
        return Main.OK;
    }

    private static boolean countryMatches(Mention m, List<String> want) {
        return m.actor() != null && want.stream().anyMatch(w -> w.substring(0, Math.min(3, w.length())).equals(m.actor().country()));
    }

    private static double pct(int[] a) {
        return a[1] == 0 ? 0 : 100.0 * a[0] / a[1];
    }
}
