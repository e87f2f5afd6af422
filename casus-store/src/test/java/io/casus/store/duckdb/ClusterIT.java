package io.casus.store.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casus.event.CameoCode;
import io.casus.event.Codebook;
import io.casus.model.CodedArticle;
import io.casus.store.Cluster;
import io.casus.store.ClusterDetail;
import io.casus.store.Dyad;
import io.casus.store.EventFilter;
import io.casus.store.PageRequest;
import io.casus.store.StoredEvent;
import io.casus.store.testing.Articles;
import io.casus.store.testing.Stories;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterIT {
    @TempDir
    Path dir;

    @Test
    void reportsAcrossTwoArticlesFormOneClusterWithGdeltCounts() {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir)) {
            store.putAll(List.of(Stories.wire(), Stories.daily(), Stories.sudan()));
            List<Cluster> iranIsrael = store.clusters(EventFilter.asserted().withDyad(Dyad.parse("IRN>ISR")),
                    PageRequest.FIRST).items();
            assertEquals(1, iranIsrael.size(), iranIsrael.toString());
            Cluster c = iranIsrael.get(0);
            assertEquals("wire-2024-04-14-iran-israel-0-0", c.id(), "founded by the earliest report");
            assertEquals(3, c.mentions(), "the wire's report and both of the daily's sentences");
            assertEquals(2, c.articles());
            assertEquals(2, c.sources());
            assertEquals("195", c.cameoCode(), "the most specific code, not the daily's 190");
            assertEquals("19", c.cameoRoot());
            assertEquals(4, c.quadClass());
            assertEquals(-9.0, c.goldstein());
            assertEquals("IRN", c.sourceCode());
            assertEquals("ISR", c.targetCountry());
            assertEquals(LocalDate.of(2024, 4, 13), c.eventDate());
            assertEquals(LocalDate.of(2024, 4, 13), c.firstEventDate());
            assertEquals(LocalDate.of(2024, 4, 14), c.lastEventDate());
            assertTrue(!c.lastSeen().isBefore(c.firstSeen()));

            ClusterDetail d = store.cluster(c.id()).orElseThrow();
            assertEquals(List.of("wire-2024-04-14-iran-israel-0-0", "daily-2024-04-14-iran-strike-0-0",
                    "daily-2024-04-14-iran-strike-1-1"), d.members().stream().map(StoredEvent::id).toList());
            StoredEvent second = d.members().get(2);
            assertEquals("The Iranian drones crossed Iraq and Jordan before reaching Israel.", second.event().evidence());
            assertEquals(second.event().evidence(), store.article(second.article().id()).orElseThrow().text()
                    .substring(second.event().begin(), second.event().end()), "evidence links back to its sentence");

            // the threat is another event, the UN rejection a third, the negated attack none
            assertEquals(3, store.stats().clusters());
            assertNull(store.event("sudan-2024-04-16-ceasefire-1-1").orElseThrow().cluster());
            assertEquals(c, store.event("daily-2024-04-14-iran-strike-0-0").orElseThrow().cluster());
            assertTrue(store.verify().ok(), store.verify().problems().toString());
        }
    }

    @Test
    void incompatibleCodesAndDistantDatesStaySeparate() {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir)) {
            store.put(Articles.article("a").outlet("A").paragraph("Russia shelled Kharkiv on Monday.")
                    .event(e -> e.trigger("shelled").source("RUS", "Russia").target("UKR", "Kharkiv").code("194")
                            .date("2024-03-04"))
                    .build());
            store.put(Articles.article("b").outlet("B").paragraph("Russia bombed Kharkiv from the air on Monday.")
                    .event(e -> e.trigger("bombed").source("RUS", "Russia").target("UKR", "Kharkiv").code("195")
                            .date("2024-03-04"))
                    .build());
            store.put(Articles.article("c").outlet("C").paragraph("Russia shelled Kharkiv again on Wednesday.")
                    .event(e -> e.trigger("shelled").source("RUS", "Russia").target("UKR", "Kharkiv").code("194")
                            .date("2024-03-06"))
                    .build());
            assertEquals(3, store.stats().clusters());
            assertTrue(store.verify().ok(), store.verify().problems().toString());
        }
    }

    /** Clusters depend on the events, not on the order they were stored, replaced or deleted in. */
    @Test
    void incrementalClustersEqualAFullRecomputationWhateverTheOrder() {
        Random r = new Random(20240414);
        List<CodedArticle> articles = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            articles.add(randomArticle(r, "art" + i, 0));
        }
        Map<String, String> first;
        try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("one"))) {
            for (CodedArticle a : articles) {
                store.put(a);
            }
            assertTrue(store.verify().ok(), store.verify().problems().toString());
            first = assignment(store);
            assertTrue(store.stats().clusters() < store.stats().asserted(), "some reports were merged");
            assertEquals(0, store.rebuildClusters());
        }
        List<CodedArticle> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, r);
        try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("two"))) {
            // a detour: store other versions first, delete some, then end at the same articles
            for (int i = 0; i < 30; i++) {
                store.put(randomArticle(r, "art" + r.nextInt(80), 1));
            }
            store.put(randomArticle(r, "extra", 1));
            assertTrue(store.verify().ok(), store.verify().problems().toString());
            for (int i = 0; i < shuffled.size(); i += 17) {
                store.delete(shuffled.get(i).article().id());
            }
            store.delete("extra");
            assertTrue(store.verify().ok(), store.verify().problems().toString());
            for (int i = 0; i < shuffled.size(); i += 10) {
                store.putAll(shuffled.subList(i, Math.min(shuffled.size(), i + 10)));
            }
            assertTrue(store.verify().ok(), store.verify().problems().toString());
            assertEquals(first, assignment(store));
        }
    }

    private static Map<String, String> assignment(DuckDbEventStore store) {
        Map<String, String> out = new HashMap<>();
        for (StoredEvent e : store.events(EventFilter.any(), PageRequest.of(0, PageRequest.MAX_LIMIT)).items()) {
            out.put(e.id(), e.clusterId());
        }
        return out;
    }

    private static final String[][] COUNTRIES = {{"RUS", "Russia"}, {"UKR", "Ukraine"}, {"ISR", "Israel"}};
    private static final String[] CODES = {"19", "190", "193", "194", "195", "180", "183", "111", "112", "0256"};

    /** An article with 1-4 events among three countries over ten days; version changes the text. */
    private static CodedArticle randomArticle(Random r, String id, int version) {
        Articles a = Articles.article(id).outlet("Outlet " + r.nextInt(4));
        int n = 1 + r.nextInt(4);
        String[] sentences = new String[n];
        String[][] parties = new String[n][];
        for (int i = 0; i < n; i++) {
            String[] s = COUNTRIES[r.nextInt(3)];
            String[] t = COUNTRIES[r.nextInt(3)];
            parties[i] = new String[] {s[0], s[1], t[0], t[1]};
            sentences[i] = s[1] + " acted against " + t[1] + " (version " + version + ", item " + i + ").";
        }
        a.paragraph(sentences);
        for (int i = 0; i < n; i++) {
            int k = i;
            CameoCode code = Codebook.standard().get(CODES[r.nextInt(CODES.length)]);
            String date = LocalDate.of(2024, 3, 1).plusDays(r.nextInt(10)).toString();
            boolean noTarget = r.nextInt(8) == 0;
            a.event(e -> {
                e.sentence(k).trigger("acted").source(parties[k][0], parties[k][1]).code(code.code()).date(date);
                if (!noTarget) {
                    e.target(parties[k][2], parties[k][3]);
                }
                if (r.nextInt(10) == 0) {
                    e.modality(io.casus.model.Event.Modality.NEGATED);
                }
            });
        }
        return a.build();
    }
}
