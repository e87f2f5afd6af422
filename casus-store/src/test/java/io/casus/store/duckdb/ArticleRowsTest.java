package io.casus.store.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casus.model.CodedArticle;
import io.casus.model.Event;
import io.casus.store.testing.Articles;
import io.casus.store.testing.Stories;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleRowsTest {
    private static final Instant NOW = Instant.parse("2024-04-14T12:00:00Z");

    @Test
    void aCodedArticleBecomesRows() {
        ArticleRows r = ArticleRows.of(Stories.wire(), NOW);
        assertEquals("wire-2024-04-14-iran-israel", r.id());
        assertEquals(64, r.textHash().length());
        assertEquals(2, r.events().size());
        assertEquals(2, r.clustered().size());
        assertEquals(1, r.quotes().size());
        assertTrue(r.index().actorCodes().containsAll(List.of("IRN", "ISR", "ISRGOV")));
        assertEquals(Boolean.TRUE, r.events().get(0).get("lead"));
        assertEquals(Boolean.FALSE, r.events().get(1).get("lead"));
        assertEquals("ISR", r.events().get(0).get("location_country"));
    }

    @Test
    void aNegatedEventIsNotClusteredAndAnUnplaceableOneIsItsOwnCluster() {
        ArticleRows r = ArticleRows.of(Stories.sudan(), NOW);
        assertEquals(1, r.clustered().size());
        assertEquals(null, r.events().get(1).get("cluster_id"));
        CodedArticle coarse = Articles.article("coarse").paragraph("Unknown gunmen attacked a convoy in March.")
                .event(e -> e.trigger("attacked").code("190").date("2024-03-01").precision("month")
                        .target("SDN", "convoy"))
                .build();
        ArticleRows c = ArticleRows.of(coarse, NOW);
        assertEquals(0, c.clustered().size());
        assertEquals("coarse-0-0", c.events().get(0).get("cluster_id"));
    }

    @Test
    void hashesAndGlobalIdsAreStable() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ArticleRows.sha256(""));
        long g = ArticleRows.globalId("wire-2024-04-14-iran-israel-0-0");
        assertTrue(g > 0);
        assertEquals(g, ArticleRows.globalId("wire-2024-04-14-iran-israel-0-0"));
    }

    @Test
    void nullArticleIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArticleRows.of(null, NOW));
        assertTrue(e.getMessage().contains("null coded article"), e.getMessage());
    }

    @Test
    void blankAndDuplicateEventIdsAreRefusedNamingTheArticle() {
        CodedArticle a = Stories.wire();
        Event first = a.events().get(0);
        CodedArticle blank = a.withEvents(List.of(withId(first, " ")));
        IllegalArgumentException e1 = assertThrows(IllegalArgumentException.class, () -> ArticleRows.of(blank, NOW));
        assertTrue(e1.getMessage().contains("wire-2024-04-14-iran-israel") && e1.getMessage().contains("blank event id"),
                e1.getMessage());
        CodedArticle dup = a.withEvents(List.of(first, first));
        IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class, () -> ArticleRows.of(dup, NOW));
        assertTrue(e2.getMessage().contains("duplicate event id"), e2.getMessage());
    }

    @Test
    void badDatesAndSpansAreRefusedNamingTheEvent() {
        CodedArticle a = Stories.wire();
        Event first = a.events().get(0);
        CodedArticle date = a.withEvents(List.of(first.withDate("13/04/2024", "day", "text")));
        IllegalArgumentException e1 = assertThrows(IllegalArgumentException.class, () -> ArticleRows.of(date, NOW));
        assertTrue(e1.getMessage().contains(first.id()) && e1.getMessage().contains("13/04/2024"), e1.getMessage());
        int len = a.article().text().length();
        Event outside = new Event(first.id(), 0, 0, len + 5, "x", first.trigger(), null, null, "195", "19", -9, 4,
                "FIGHT", "2024-04-13", "day", "text", null, Event.Modality.ASSERTED, null, 1, null);
        IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class,
                () -> ArticleRows.of(a.withEvents(List.of(outside)), NOW));
        assertTrue(e2.getMessage().contains("outside the article text"), e2.getMessage());
    }

    private static Event withId(Event e, String id) {
        List<Event> one = new ArrayList<>();
        one.add(new Event(id, e.sentence(), e.begin(), e.end(), e.evidence(), e.trigger(), e.source(), e.target(),
                e.cameoCode(), e.cameoRoot(), e.goldstein(), e.quadClass(), e.ploverType(), e.eventDate(),
                e.datePrecision(), e.dateSource(), e.location(), e.modality(), e.attribution(), e.confidence(), e.frame()));
        return one.get(0);
    }
}
