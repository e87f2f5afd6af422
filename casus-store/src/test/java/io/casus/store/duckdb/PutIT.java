package io.casus.store.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casus.json.CodedArticleJson;
import io.casus.model.CodedArticle;
import io.casus.model.Event;
import io.casus.store.EventFilter;
import io.casus.store.PageRequest;
import io.casus.store.PutResult;
import io.casus.store.PutResult.Outcome;
import io.casus.store.StoredArticle;
import io.casus.store.StoredEvent;
import io.casus.store.testing.Articles;
import io.casus.store.testing.Stories;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PutIT {
    @TempDir
    Path dir;

    @Test
    void reputtingTheSameArticleChangesNothing() {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir)) {
            assertEquals(new PutResult("wire-2024-04-14-iran-israel", Outcome.INSERTED, 2), store.put(Stories.wire()));
            StoredArticle before = store.article("wire-2024-04-14-iran-israel").orElseThrow();
            var statsBefore = store.stats();
            assertEquals(Outcome.UNCHANGED, store.put(Stories.wire()).outcome());
            assertEquals(2, store.put(Stories.wire()).events());
            assertEquals(statsBefore, store.stats());
            assertEquals(before, store.article("wire-2024-04-14-iran-israel").orElseThrow(), "not even the ingest time");
            assertTrue(store.verify().ok(), store.verify().problems().toString());
        }
    }

    @Test
    void aChangedTextReplacesAllOfTheArticlesRows() {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir)) {
            store.put(Stories.wire());
            CodedArticle corrected = Articles.article("wire-2024-04-14-iran-israel")
                    .title("CORRECTED: Iran launches drones at Israel").outlet("Casus Wire").published("2024-04-14")
                    .paragraph("Iran launched about 170 drones at Israel on Saturday night, the Israeli military said.")
                    .event(e -> e.trigger("launched").source("IRN", "Iran").target("ISR", "Israel").code("195")
                            .date("2024-04-13"))
                    .build();
            assertEquals(new PutResult(corrected.article().id(), Outcome.REPLACED, 1), store.put(corrected));
            StoredArticle a = store.article(corrected.article().id()).orElseThrow();
            assertTrue(a.text().startsWith("Iran launched about 170 drones"));
            assertEquals(1, a.events());
            assertEquals(0, a.quotes(), "the old quote is gone");
            assertEquals(2, a.mentions());
            assertEquals(CodedArticleJson.line(corrected), a.codedJson());
            List<StoredEvent> events = store.events(EventFilter.any(), PageRequest.FIRST).items();
            assertEquals(1, events.size());
            assertEquals(corrected.events().get(0), events.get(0).event());
            assertTrue(store.event("wire-2024-04-14-iran-israel-2-1").isEmpty(), "the old second event is gone");
            assertEquals(1, store.stats().clusters());
            assertTrue(store.verify().ok(), store.verify().problems().toString());
        }
    }

    @Test
    void storedEventsEqualThePutOnes() {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir)) {
            List<CodedArticle> all = List.of(Stories.wire(), Stories.daily(), Stories.sudan());
            List<PutResult> results = store.putAll(all);
            assertEquals(List.of(Outcome.INSERTED, Outcome.INSERTED, Outcome.INSERTED),
                    results.stream().map(PutResult::outcome).toList());
            for (CodedArticle c : all) {
                for (Event e : c.events()) {
                    StoredEvent s = store.event(e.id()).orElseThrow().event();
                    assertEquals(e, s.event());
                    assertEquals(c.article().id(), s.article().id());
                    assertEquals(c.article().outlet(), s.article().outlet());
                    assertEquals(e.asserted(), s.clusterId() != null);
                }
                StoredArticle a = store.article(c.article().id()).orElseThrow();
                assertEquals(CodedArticleJson.line(c), a.codedJson());
                assertEquals(List.of("test"), a.tags());
                assertEquals(c.mentions().size(), a.mentions());
            }
            assertEquals(6, store.stats().events());
            assertEquals(5, store.stats().asserted());
        }
    }

    @Test
    void theStoreSurvivesClosingAndReopening() {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir)) {
            store.putAll(List.of(Stories.wire(), Stories.daily()));
        }
        try (DuckDbEventStore store = DuckDbEventStore.open(dir)) {
            assertEquals(0, store.reconciliation().reindexed());
            assertEquals(1, store.reconciliation().schemaBefore());
            assertEquals(2, store.stats().articles());
            assertEquals(Outcome.UNCHANGED, store.put(Stories.daily()).outcome());
            assertTrue(store.verify().ok(), store.verify().problems().toString());
        }
    }

    @Test
    void deletingRemovesEveryRowAndItsClusters() {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir)) {
            store.putAll(List.of(Stories.wire(), Stories.daily()));
            assertTrue(store.delete("wire-2024-04-14-iran-israel"));
            assertFalse(store.delete("wire-2024-04-14-iran-israel"));
            assertTrue(store.article("wire-2024-04-14-iran-israel").isEmpty());
            assertEquals(0, store.search(io.casus.store.SearchQuery.of("Saturday"), PageRequest.FIRST).total());
            var clusters = store.clusters(EventFilter.asserted(), PageRequest.FIRST).items();
            assertEquals(1, clusters.size(), "the daily's two reports remain one cluster");
            assertEquals(1, clusters.get(0).articles());
            assertTrue(store.verify().ok(), store.verify().problems().toString());
        }
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingWritten() {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir)) {
            store.put(Stories.wire());
            IllegalArgumentException nul = assertThrows(IllegalArgumentException.class, () -> store.put(null));
            assertTrue(nul.getMessage().contains("null coded article"), nul.getMessage());
            for (String bad : new String[] {null, "", "  "}) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.article(bad));
                assertTrue(e.getMessage().contains("article id"), e.getMessage());
                assertThrows(IllegalArgumentException.class, () -> store.event(bad));
                assertThrows(IllegalArgumentException.class, () -> store.delete(bad));
            }
            // another article claiming the wire's event id
            CodedArticle thief = Articles.article("copycat").paragraph("Iran launched drones at Israel.")
                    .event(e -> e.trigger("launched").source("IRN", "Iran").target("ISR", "Israel").code("195")
                            .date("2024-04-13"))
                    .build();
            Event stolen = thief.events().get(0);
            CodedArticle clash = thief.withEvents(List.of(new Event("wire-2024-04-14-iran-israel-0-0", stolen.sentence(),
                    stolen.begin(), stolen.end(), stolen.evidence(), stolen.trigger(), stolen.source(), stolen.target(),
                    stolen.cameoCode(), stolen.cameoRoot(), stolen.goldstein(), stolen.quadClass(), stolen.ploverType(),
                    stolen.eventDate(), stolen.datePrecision(), stolen.dateSource(), null, stolen.modality(), null, 0.5,
                    null)));
            var before = store.stats();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> store.putAll(List.of(Stories.daily(), clash)));
            assertTrue(e.getMessage().contains("copycat") && e.getMessage().contains("wire-2024-04-14-iran-israel"),
                    e.getMessage());
            assertEquals(before, store.stats(), "the whole batch was rolled back, the daily too");
            assertTrue(store.article("daily-2024-04-14-iran-strike").isEmpty());
            assertTrue(store.verify().ok(), store.verify().problems().toString());
        }
    }

    @Test
    void aClosedStoreSaysSo() {
        DuckDbEventStore store = DuckDbEventStore.open(dir);
        store.close();
        store.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, store::stats);
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> store.put(Stories.wire()));
    }
}
