package io.casus.store.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casus.model.CodedArticle;
import io.casus.model.Event.Modality;
import io.casus.store.ActorCount;
import io.casus.store.ActorGrouping;
import io.casus.store.Dyad;
import io.casus.store.Escalation;
import io.casus.store.EscalationIndex;
import io.casus.store.EscalationIndex.Counts;
import io.casus.store.EventDetail;
import io.casus.store.EventFilter;
import io.casus.store.Interval;
import io.casus.store.Page;
import io.casus.store.PageRequest;
import io.casus.store.SeriesPoint;
import io.casus.store.StoreStats;
import io.casus.store.StoredEvent;
import io.casus.store.TypeCount;
import io.casus.store.TypeGrouping;
import io.casus.store.testing.Articles;
import io.casus.store.testing.Stories;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries over a small hand-made history: the RUS-UKR dyad with four baseline events (Apr-Jun 2024) and four
 * window events (24-30 June, two of them reports of one strike), CHN-PHL with three cooperative window events, and
 * the Iran-Israel and Sudan stories of April.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsIT {
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private static final Dyad RUS_UKR = Dyad.of("RUS", "UKR");

    private DuckDbEventStore store;

    private static CodedArticle one(String id, String outlet, String date, String sentence, String src, String srcWords,
                                    String tgt, String tgtWords, String trigger, String code) {
        return Articles.article(id).outlet(outlet).published(date).title(sentence).paragraph(sentence)
                .event(e -> e.trigger(trigger).source(src, srcWords).target(tgt, tgtWords).code(code).date(date))
                .build();
    }

    @BeforeAll
    void fill(@TempDir Path dir) {
        store = DuckDbEventStore.open(dir);
        store.putAll(List.of(Stories.wire(), Stories.daily(), Stories.sudan(),
                one("b1", "Kyiv Monitor", "2024-04-10", "Russian forces shelled Ukrainian positions near Avdiivka.",
                        "RUS", "Russian forces", "UKR", "Ukrainian positions", "shelled", "190"),
                one("b2", "Kyiv Monitor", "2024-05-01", "Ukraine pledged support for a Russian prisoner swap plan.",
                        "UKR", "Ukraine", "RUS", "Russian", "pledged", "032"),
                one("b3", "Moscow Ledger", "2024-05-20", "Ukraine urged Russia to return to negotiations.",
                        "UKR", "Ukraine", "RUS", "Russia", "urged", "026"),
                one("b4", "Moscow Ledger", "2024-06-10", "Russia negotiated a grain corridor with Ukraine.",
                        "RUS", "Russia", "UKR", "Ukraine", "negotiated", "046"),
                one("w1", "Kyiv Monitor", "2024-06-24", "Russian jets bombed Kharkiv overnight.",
                        "RUS", "Russian jets", "UKR", "Kharkiv", "bombed", "195"),
                one("w1b", "Moscow Ledger", "2024-06-24", "Russia carried out air strikes on Kharkiv.",
                        "RUS", "Russia", "UKR", "Kharkiv", "air strikes", "195"),
                one("w2", "Kyiv Monitor", "2024-06-27", "Russian troops attacked Ukrainian lines in Donetsk.",
                        "RUS", "Russian troops", "UKR", "Ukrainian lines", "attacked", "190"),
                one("w3", "Kyiv Monitor", "2024-06-30", "Russia threatened Ukraine with a new offensive.",
                        "RUS", "Russia", "UKR", "Ukraine", "threatened", "138"),
                one("c1", "Manila Post", "2024-06-25", "China signed a fisheries agreement with the Philippines.",
                        "CHN", "China", "PHL", "the Philippines", "signed", "057"),
                one("c2", "Manila Post", "2024-06-27", "The Philippines cooperated with China on trade.",
                        "PHL", "The Philippines", "CHN", "China", "cooperated", "061"),
                one("c3", "Manila Post", "2024-06-29", "China's envoy visited the Philippines.",
                        "CHN", "China's envoy", "PHL", "the Philippines", "visited", "042")));
    }

    @AfterAll
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void escalationCountsClustersAgainstTheDyadsBaseline() {
        Escalation e = store.escalation(RUS_UKR, AS_OF, EscalationIndex.Params.DEFAULT);
        assertEquals(3, e.windowClusters(), "the two reports of the Kharkiv strike count once");
        assertEquals(4, e.baselineClusters());
        Escalation expected = EscalationIndex.compute(RUS_UKR, AS_OF, EscalationIndex.Params.DEFAULT,
                Counts.of(2, -9, -8, -5), Counts.of(1, -8, 2, 2, 4));
        assertEquals(expected, e);
        assertEquals((Math.sqrt(1.5) + Math.sqrt(5.5)) / 2, e.index(), 1e-9);
        assertEquals(e, store.escalation(RUS_UKR, null, EscalationIndex.Params.DEFAULT), "as of the latest day");
    }

    @Test
    void aDirectedDyadCountsOneDirection() {
        Escalation e = store.escalation(Dyad.parse("RUS>UKR"), AS_OF, EscalationIndex.Params.DEFAULT);
        assertEquals(3, e.windowClusters());
        assertEquals(2, e.baselineClusters(), "Ukraine's pledge and appeal run the other way");
        assertEquals(0, store.escalation(Dyad.parse("UKR>RUS"), AS_OF, EscalationIndex.Params.DEFAULT).windowClusters());
    }

    @Test
    void latestEscalationsRankDyadsByIndex() {
        List<Escalation> top = store.latestEscalations(AS_OF, EscalationIndex.Params.DEFAULT, 10);
        assertEquals(List.of("CHN-PHL", "RUS-UKR").stream().sorted().toList(),
                top.stream().map(x -> x.dyad().toString()).sorted().toList(), "Iran-Israel is outside the window");
        assertEquals("RUS-UKR", top.get(0).dyad().toString());
        Escalation calm = top.get(1);
        assertEquals(EscalationIndex.compute(Dyad.of("CHN", "PHL"), AS_OF, EscalationIndex.Params.DEFAULT,
                Counts.of(0, 5, 5, 3), Counts.NONE).index(), calm.index(), 1e-12);
        assertTrue(calm.index() < 0);
        assertEquals(1, store.latestEscalations(null, EscalationIndex.Params.DEFAULT, 1).size());
        // mid-April: the Apr 10 shelling (no baseline) outranks the Iran-Israel pair, whose threat is only verbal;
        // the Sudan story of Apr 16 is still in the future
        LocalDate april = LocalDate.of(2024, 4, 14);
        EscalationIndex.Params one = new EscalationIndex.Params(7, 90, 1);
        List<Escalation> then = store.latestEscalations(april, one, 5);
        assertEquals(List.of("RUS-UKR", "IRN-ISR"), then.stream().map(x -> x.dyad().toString()).toList());
        assertEquals(EscalationIndex.compute(Dyad.of("IRN", "ISR"), april, one, Counts.of(1, -9, -5), Counts.NONE),
                then.get(1));
    }

    @Test
    void dailyAndWeeklySeriesOfADyad() {
        EventFilter week = EventFilter.asserted().withDyad(RUS_UKR).withDates(LocalDate.of(2024, 6, 24), AS_OF);
        List<SeriesPoint> w = store.series(week, Interval.WEEK);
        assertEquals(List.of(new SeriesPoint(LocalDate.of(2024, 6, 24), 4, 0, 0, 1, 3, -31, -7.75)), w);
        List<SeriesPoint> d = store.series(week, Interval.DAY);
        assertEquals(7, d.size());
        assertEquals(new SeriesPoint(LocalDate.of(2024, 6, 24), 2, 0, 0, 0, 2, -18, -9.0), d.get(0));
        assertEquals(SeriesPoint.empty(LocalDate.of(2024, 6, 25)), d.get(1));
        assertEquals(new SeriesPoint(LocalDate.of(2024, 6, 30), 1, 0, 0, 1, 0, -5, -5.0), d.get(6));
        List<SeriesPoint> all = store.series(EventFilter.asserted().withDyad(RUS_UKR), Interval.WEEK);
        assertEquals(LocalDate.of(2024, 4, 8), all.get(0).period(), "the Monday of the first event's week");
        assertEquals(12, all.size());
        assertEquals(8, all.stream().mapToLong(SeriesPoint::events).sum());
        assertEquals(List.of(), store.series(EventFilter.asserted().withActor("FRA"), Interval.DAY));
    }

    @Test
    void eventsFilterAndPage() {
        EventFilter f = EventFilter.asserted();
        assertEquals(8, store.events(f.withDyad(RUS_UKR), PageRequest.FIRST).total());
        assertEquals(6, store.events(f.withDyad(Dyad.parse("RUS>UKR")), PageRequest.FIRST).total());
        assertEquals(8, store.events(f.withActor("UKR"), PageRequest.FIRST).total());
        assertEquals(1, store.events(f.withActor("IRNGOV"), PageRequest.FIRST).total(),
                "IRNGOV only (the daily's first report), not IRN or IRNMIL");
        assertEquals(4, store.events(f.withActor("IRN"), PageRequest.FIRST).total(), "IRN covers IRNGOV and IRNMIL");
        assertEquals(7, store.events(f.withCode("19"), PageRequest.FIRST).total());
        assertEquals(4, store.events(f.withCode("195"), PageRequest.FIRST).total());
        assertEquals(2, store.events(f.withRoot("13"), PageRequest.FIRST).total());
        assertEquals(7, store.events(f.withQuadClass(4), PageRequest.FIRST).total());
        assertEquals(16, store.events(f, PageRequest.FIRST).total());
        assertEquals(17, store.events(EventFilter.any(), PageRequest.FIRST).total());
        assertEquals(1, store.events(f.withModalities(EnumSet.of(Modality.NEGATED)), PageRequest.FIRST).total());
        assertEquals(2, store.events(f.withText("KHARKIV"), PageRequest.FIRST).total());
        assertEquals(1, store.events(f.withText("air kharkiv"), PageRequest.FIRST).total());
        assertEquals(3, store.events(f.withDates(LocalDate.of(2024, 6, 25), LocalDate.of(2024, 6, 27)), PageRequest.FIRST)
                .total());
        assertEquals(2, store.events(f.withArticle("daily-2024-04-14-iran-strike"), PageRequest.FIRST).total());

        Page<StoredEvent> first = store.events(f, PageRequest.of(0, 5));
        Page<StoredEvent> second = store.events(f, PageRequest.of(5, 5));
        assertEquals(16, first.total());
        assertEquals(5, first.items().size());
        assertEquals("w3-0-0", first.items().get(0).id(), "newest first");
        assertTrue(first.items().get(4).event().eventDate().compareTo(second.items().get(0).event().eventDate()) >= 0);
        Page<StoredEvent> beyond = store.events(f, PageRequest.of(100, 5));
        assertEquals(16, beyond.total());
        assertEquals(0, beyond.items().size());
    }

    @Test
    void oneEventWithItsEvidenceArticleAndCluster() {
        EventDetail d = store.event("w1b-0-0").orElseThrow();
        assertEquals("Russia carried out air strikes on Kharkiv.", d.event().event().evidence());
        assertEquals("air strikes", d.event().event().trigger().text());
        assertEquals("Moscow Ledger", d.event().article().outlet());
        assertEquals("w1-0-0", d.cluster().id());
        assertEquals(2, d.cluster().sources());
        assertTrue(store.event("no-such-event").isEmpty());
    }

    @Test
    void clustersFilterLikeEvents() {
        assertEquals(7, store.clusters(EventFilter.asserted().withDyad(RUS_UKR), PageRequest.FIRST).total());
        var kharkiv = store.clusters(EventFilter.asserted().withText("kharkiv"), PageRequest.FIRST).items();
        assertEquals(1, kharkiv.size());
        assertEquals(2, kharkiv.get(0).mentions());
        assertEquals(0, store.clusters(EventFilter.asserted().withModalities(EnumSet.of(Modality.NEGATED)),
                PageRequest.FIRST).total());
        assertEquals("w3-0-0", store.clusters(EventFilter.asserted(), PageRequest.of(0, 1)).items().get(0).id());
    }

    @Test
    void topActorsByCodeAndCountry() {
        List<ActorCount> codes = store.topActors(EventFilter.asserted(), ActorGrouping.CODE, 3);
        assertEquals(List.of(new ActorCount("RUS", codes.get(0).name(), 8, 6, 2),
                new ActorCount("UKR", codes.get(1).name(), 8, 2, 6)), codes.subList(0, 2));
        assertEquals("CHN", codes.get(2).code());
        List<ActorCount> countries = store.topActors(EventFilter.asserted(), ActorGrouping.COUNTRY, 10);
        ActorCount irn = countries.stream().filter(a -> a.code().equals("IRN")).findFirst().orElseThrow();
        assertEquals(new ActorCount("IRN", irn.name(), 4, 3, 1), irn);
        assertNotNull(irn.name());
        assertEquals(8, countries.size());
    }

    @Test
    void eventTypesByRootAndPlover() {
        List<TypeCount> roots = store.eventTypes(EventFilter.asserted(), TypeGrouping.ROOT);
        assertEquals("19", roots.get(0).type());
        assertEquals(7, roots.get(0).events());
        assertEquals(-60.0 / 7, roots.get(0).goldsteinMean(), 1e-9);
        assertEquals("fight", roots.get(0).label());
        assertEquals(16, roots.stream().mapToLong(TypeCount::events).sum());
        List<TypeCount> plover = store.eventTypes(EventFilter.asserted(), TypeGrouping.PLOVER);
        assertEquals("FIGHT", plover.get(0).type());
        assertNull(plover.get(0).label());
    }

    @Test
    void statsCountEveryTable() {
        StoreStats s = store.stats();
        assertEquals(14, s.articles());
        assertEquals(17, s.events());
        assertEquals(16, s.asserted());
        assertEquals(1, s.quotes());
        assertEquals(LocalDate.of(2024, 4, 10), s.firstEventDay());
        assertEquals(AS_OF, s.lastEventDay());
        assertTrue(store.verify().ok(), store.verify().problems().toString());
    }
}
