package io.casus.store.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.casus.store.cluster.Clusterer.Member;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ClustererTest {
    private static final LocalDate D = LocalDate.of(2024, 4, 13);

    private static Member m(String id, int day, String code) {
        return new Member(id, D.plusDays(day), code);
    }

    @Test
    void reportsOfOneEventShareTheEarliestFoundersId() {
        Map<String, String> a = Clusterer.assignAll(List.of(m("b-0", 1, "190"), m("a-0", 0, "195"), m("c-3", 1, "19")));
        assertEquals(Map.of("a-0", "a-0", "b-0", "a-0", "c-3", "a-0"), a);
    }

    @Test
    void everyPairOfMembersMustBeCompatible() {
        // 190 fits both 193 and 195, but 193 and 195 are different events
        Map<String, String> a = Clusterer.assignAll(List.of(m("a", 0, "190"), m("b", 0, "193"), m("c", 0, "195")));
        assertEquals("a", a.get("b"));
        assertEquals("c", a.get("c"));
    }

    @Test
    void clustersSpanAtMostOneDay() {
        Map<String, String> a = Clusterer.assignAll(List.of(m("a", 0, "195"), m("b", 1, "195"), m("c", 2, "195"),
                m("d", 3, "195")));
        assertEquals("a", a.get("b"));
        assertEquals("c", a.get("c"));
        assertEquals("c", a.get("d"));
    }

    @Test
    void theResultDoesNotDependOnInputOrder() {
        List<Member> all = random(new Random(7), 400);
        Map<String, String> first = Clusterer.assignAll(all);
        for (int i = 0; i < 5; i++) {
            List<Member> shuffled = new ArrayList<>(all);
            Collections.shuffle(shuffled, new Random(i));
            assertEquals(first, Clusterer.assignAll(shuffled));
        }
        assertNotEquals(all.size(), new java.util.HashSet<>(first.values()).size(), "some events cluster");
    }

    /** Replaying from stored state after day lo-1 gives the same as from scratch, as the store relies on. */
    @Test
    void resumingFromStoredStateEqualsAFullRun() {
        List<Member> all = random(new Random(11), 300);
        Map<String, String> full = Clusterer.assignAll(all);
        TreeMap<LocalDate, List<Member>> days = new TreeMap<>();
        all.forEach(x -> days.computeIfAbsent(x.date(), k -> new ArrayList<>()).add(x));
        for (LocalDate resumeAfter : days.keySet()) {
            Clusterer c = Clusterer.resume(resumeAfter, days.get(resumeAfter), full);
            Map<String, String> replay = new HashMap<>();
            days.tailMap(resumeAfter, false).forEach((d, ms) -> replay.putAll(c.next(d, ms)));
            replay.forEach((id, cluster) -> assertEquals(full.get(id), cluster, "event " + id + " after " + resumeAfter));
        }
    }

    @Test
    void daysMustAscend() {
        Clusterer c = Clusterer.fresh();
        c.next(D.plusDays(1), List.of(m("a", 1, "195")));
        assertThrows(IllegalArgumentException.class, () -> c.next(D, List.of(m("b", 0, "195"))));
        assertThrows(IllegalArgumentException.class, () -> c.next(D.plusDays(2), List.of(m("b", 0, "195"))));
    }

    private static List<Member> random(Random r, int n) {
        String[] codes = {"19", "190", "193", "195", "1951", "180", "183"};
        List<Member> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(m(String.format("art%03d-%d", r.nextInt(80), i), r.nextInt(30), codes[r.nextInt(codes.length)]));
        }
        return out;
    }
}
