package io.casus.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores predictions against gold lines, document by document, by the rules of the gold README: asserted
 * predictions de-duplicated by (source, target, root, date); maximum one-to-one matching to {@code event} lines;
 * an unmatched prediction fitting a {@code negative} line is a false positive and a false event; one fitting an
 * {@code optional} line or re-reading an already matched event is ignored; any other is a false positive.
 */
public final class Scorer {
    /** The result for one document set: strict (dates scored) and without dates, and what went wrong. */
    public record Result(Score strict, Score nodate, List<GoldLine> misses, List<Prediction> falseAlarms,
                         List<Prediction> falseEvents, List<Prediction> hits) {}

    private Scorer() {}

    public static Result score(List<GoldLine> gold, List<Prediction> predictions) {
        Map<String, List<GoldLine>> goldByDoc = new LinkedHashMap<>();
        gold.forEach(g -> goldByDoc.computeIfAbsent(g.doc(), k -> new ArrayList<>()).add(g));
        Map<String, Map<String, Prediction>> predByDoc = new LinkedHashMap<>();
        for (Prediction p : predictions) {
            predByDoc.computeIfAbsent(p.doc(), k -> new LinkedHashMap<>()).putIfAbsent(p.key(), p);
        }
        Score strict = new Score(0, 0, 0, 0);
        Score nodate = new Score(0, 0, 0, 0);
        List<GoldLine> misses = new ArrayList<>();
        List<Prediction> falseAlarms = new ArrayList<>();
        List<Prediction> falseEvents = new ArrayList<>();
        List<Prediction> hits = new ArrayList<>();
        java.util.Set<String> docs = new java.util.LinkedHashSet<>(goldByDoc.keySet());
        docs.addAll(predByDoc.keySet());
        for (String doc : docs) {
            List<GoldLine> g = goldByDoc.getOrDefault(doc, List.of());
            List<Prediction> p = new ArrayList<>(predByDoc.getOrDefault(doc, Map.of()).values());
            Doc s = scoreDoc(g, p, true);
            strict = strict.plus(s.score);
            nodate = nodate.plus(scoreDoc(g, p, false).score);
            misses.addAll(s.misses);
            falseAlarms.addAll(s.falseAlarms);
            falseEvents.addAll(s.falseEvents);
            hits.addAll(s.hits);
        }
        return new Result(strict, nodate, misses, falseAlarms, falseEvents, hits);
    }

    private record Doc(Score score, List<GoldLine> misses, List<Prediction> falseAlarms, List<Prediction> falseEvents,
                       List<Prediction> hits) {}

    private static Doc scoreDoc(List<GoldLine> gold, List<Prediction> preds, boolean withDate) {
        List<GoldLine> events = gold.stream().filter(x -> x.kind().equals("event")).toList();
        int[] goldOf = new int[preds.size()];
        int[] predOf = new int[events.size()];
        Arrays.fill(goldOf, -1);
        Arrays.fill(predOf, -1);
        for (int i = 0; i < preds.size(); i++) {
            augment(i, preds, events, goldOf, predOf, new boolean[events.size()], withDate);
        }
        int tp = 0;
        int fp = 0;
        int falseEventCount = 0;
        List<Prediction> falseAlarms = new ArrayList<>();
        List<Prediction> falseEvents = new ArrayList<>();
        List<Prediction> hits = new ArrayList<>();
        for (int i = 0; i < preds.size(); i++) {
            Prediction p = preds.get(i);
            if (goldOf[i] >= 0) {
                tp++;
                hits.add(p);
                continue;
            }
            boolean negative = gold.stream().anyMatch(x -> x.kind().equals("negative") && x.accepts(p, withDate));
            boolean ignored = gold.stream().anyMatch(x -> x.kind().equals("optional") && x.accepts(p, withDate))
                    || events.stream().anyMatch(x -> x.accepts(p, withDate));
            if (negative) {
                fp++;
                falseEventCount++;
                falseEvents.add(p);
            } else if (!ignored) {
                fp++;
                falseAlarms.add(p);
            }
        }
        List<GoldLine> misses = new ArrayList<>();
        for (int j = 0; j < events.size(); j++) {
            if (predOf[j] < 0) {
                misses.add(events.get(j));
            }
        }
        return new Doc(new Score(tp, fp, events.size(), falseEventCount), misses, falseAlarms, falseEvents, hits);
    }

    /** Kuhn's augmenting path: a maximum one-to-one matching of predictions to gold events. */
    private static boolean augment(int i, List<Prediction> preds, List<GoldLine> events, int[] goldOf, int[] predOf,
                                   boolean[] visited, boolean withDate) {
        for (int j = 0; j < events.size(); j++) {
            if (visited[j] || !events.get(j).accepts(preds.get(i), withDate)) {
                continue;
            }
            visited[j] = true;
            if (predOf[j] < 0 || augment(predOf[j], preds, events, goldOf, predOf, visited, withDate)) {
                goldOf[i] = j;
                predOf[j] = i;
                return true;
            }
        }
        return false;
    }
}
