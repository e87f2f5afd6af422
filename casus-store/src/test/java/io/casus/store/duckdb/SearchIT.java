package io.casus.store.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casus.store.Page;
import io.casus.store.PageRequest;
import io.casus.store.SearchHit;
import io.casus.store.SearchQuery;
import io.casus.store.testing.Articles;
import io.casus.store.testing.Stories;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIT {
    @TempDir
    Path dir;
    private DuckDbEventStore store;

    @BeforeEach
    void fill() {
        store = DuckDbEventStore.open(dir);
        store.putAll(List.of(Stories.wire(), Stories.daily(), Stories.sudan(),
                Articles.article("html-risk").title("Analysis: <script> tags & drones").outlet("Casus Wire")
                        .published("2024-04-20").paragraph("Drones are cheap; <b>defences</b> are not & never were.")
                        .build()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Page<SearchHit> search(SearchQuery q) {
        return store.search(q, PageRequest.FIRST);
    }

    @Test
    void findsStemmedWordsWithHighlightedPassages() {
        Page<SearchHit> p = search(SearchQuery.of("intercept"));
        assertEquals(1, p.total());
        SearchHit h = p.items().get(0);
        assertEquals("wire-2024-04-14-iran-israel", h.articleId());
        assertEquals("Iran launches drones and missiles at Israel in first direct attack", h.title());
        assertEquals("Casus Wire", h.outlet());
        assertEquals("2024-04-14", h.published());
        assertTrue(h.score() > 0);
        assertTrue(h.highlights().stream().anyMatch(s -> s.contains("<mark>intercepted</mark>")), h.highlights().toString());
    }

    @Test
    void titlesWeighMoreThanBodies() {
        // both bodies mention missiles; only the wire's title does
        List<SearchHit> hits = search(SearchQuery.of("missiles")).items();
        assertEquals(2, hits.size());
        assertEquals("wire-2024-04-14-iran-israel", hits.get(0).articleId(), hits.toString());
    }

    @Test
    void highlightsAreEscapedHtml() {
        SearchHit h = search(SearchQuery.of("defences")).items().get(0);
        String passage = h.highlights().get(0);
        assertTrue(passage.contains("&lt;b&gt;<mark>defences</mark>&lt;&#x2F;b&gt;")
                || passage.contains("&lt;b&gt;<mark>defences</mark>&lt;/b&gt;"), passage);
        assertTrue(passage.contains("&amp;"), passage);
    }

    @Test
    void filtersByDateOutletAndActor() {
        SearchQuery drones = SearchQuery.of("drones");
        assertEquals(3, search(drones).total());
        assertEquals(2, search(drones.withDates(LocalDate.of(2024, 4, 14), LocalDate.of(2024, 4, 14))).total());
        assertEquals(1, search(drones.withDates(LocalDate.of(2024, 4, 20), null)).total());
        assertEquals(2, search(drones.withDates(null, LocalDate.of(2024, 4, 14))).total());
        assertEquals(2, search(drones.withOutlet("casus wire")).total());
        assertEquals(1, search(drones.withOutlet("Meridian Daily")).total());
        assertEquals(2, search(drones.withActor("ISR")).total());
        assertEquals(1, search(drones.withActor("ISRGOV")).total(), "only the wire quotes Israeli officials");
        assertEquals(2, search(SearchQuery.of(null).withActor("IRN")).total(), "IRN matches IRNGOV and IRNMIL");
        assertEquals(1, search(SearchQuery.of("ceasefire").withActor("IGO")).total());
        assertEquals(0, search(SearchQuery.of("ceasefire").withActor("ISR")).total());
    }

    @Test
    void pagesAndTotals() {
        Page<SearchHit> all = store.search(SearchQuery.of(null), PageRequest.of(0, 2));
        assertEquals(4, all.total());
        assertEquals(2, all.items().size());
        assertEquals("html-risk", all.items().get(0).articleId(), "without text: newest first");
        Page<SearchHit> rest = store.search(SearchQuery.of(null), PageRequest.of(2, 2));
        assertEquals(2, rest.items().size());
        assertEquals(0, store.search(SearchQuery.of(null), PageRequest.of(10, 2)).items().size());
        assertTrue(all.hasMore());
    }

    @Test
    void phrasesAndBooleans() {
        assertEquals(1, search(SearchQuery.of("\"cruise missiles\"")).total());
        assertEquals(3, search(SearchQuery.of("missiles OR army")).total());
        assertEquals(1, search(SearchQuery.of("missiles -cruise")).total());
    }

    @Test
    void badQueriesSayWhatWasWrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> search(SearchQuery.of("\"unclosed phrase")));
        assertTrue(e.getMessage().startsWith("bad search query '\"unclosed phrase'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.of("x").withActor("israel"));
    }

    @Test
    void replacedArticlesAreSearchedInTheirNewVersion() {
        store.put(Articles.article("html-risk").title("Analysis: interceptors").outlet("Casus Wire")
                .published("2024-04-20").paragraph("Interceptors cost more than the drones they stop.").build());
        assertEquals(0, search(SearchQuery.of("defences")).total());
        assertEquals(1, search(SearchQuery.of("interceptors")).total());
        assertEquals(1, search(SearchQuery.of("intercepted")).total(), "the wire is still there");
    }
}
