package io.casus.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casus.lexicon.Lexicons;
import io.casus.model.AnnotatedArticle;
import io.casus.model.Quote;
import io.casus.testing.Docs;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {
    private final QuoteExtractor extractor = new QuoteExtractor(Lexicons.standard());

    private static void assertSpan(AnnotatedArticle a, Quote q) {
        assertEquals(q.text(), a.article().text().substring(q.begin(), q.end()));
        if (q.speaker() != null) {
            assertEquals(q.speaker().text(), a.article().text().substring(q.speaker().begin(), q.speaker().end()));
        }
    }

    @Test
    void directQuoteWithTrailingSaidGetsTheSubjectAsSpeaker() {
        AnnotatedArticle a = new Docs()
                .add("President/NNP Paul/NNP/PERSON Kagame/NNP/PERSON spoke/VBD in/IN Kigali/NNP/LOCATION ./.",
                        "compound(Kagame-3, President-1)", "compound(Kagame-3, Paul-2)", "nsubj(spoke-4, Kagame-3)",
                        "root(ROOT-0, spoke-4)", "case(Kigali-6, in-5)", "obl(spoke-4, Kigali-6)", "punct(spoke-4, .-7)")
                .add("\"/`` We/PRP want/VBP lasting/JJ peace/NN ,/, \"/'' Kagame/NNP/PERSON said/VBD/O/say ./.",
                        "punct(want-3, \"-1)", "nsubj(want-3, We-2)", "ccomp(said-9, want-3)", "amod(peace-5, lasting-4)",
                        "obj(want-3, peace-5)", "punct(want-3, ,-6)", "punct(want-3, \"-7)", "nsubj(said-9, Kagame-8)",
                        "root(ROOT-0, said-9)", "punct(said-9, .-10)")
                .build();
        List<Quote> quotes = extractor.extract(a);
        Quote q = quotes.stream().filter(Quote::direct).findFirst().orElseThrow();
        assertEquals("We want lasting peace", q.text());
        assertEquals("Kagame", q.speaker().text());
        assertEquals("Paul Kagame", q.speaker().name(), "surname resolved to the earlier full name");
        assertEquals("said", q.cue());
        assertFalse(q.anonymous());
        assertNull(q.via());
        assertSpan(a, q);
        assertTrue(quotes.stream().noneMatch(x -> !x.direct() && x.text().contains("lasting peace")),
                "the direct quote is not reported again as indirect speech");
    }

    @Test
    void anonymousSourceTellingAnOutletIsAnonymousWithVia() {
        AnnotatedArticle a = new Docs()
                .add("\"/`` Sanctions/NNS are/VBP coming/VBG soon/RB ,/, \"/'' a/DT senior/JJ diplomat/NN told/VBD/O/tell Reuters/NNP/ORGANIZATION ./.",
                        "punct(coming-4, \"-1)", "nsubj(coming-4, Sanctions-2)", "aux(coming-4, are-3)", "ccomp(told-11, coming-4)",
                        "advmod(coming-4, soon-5)", "punct(coming-4, ,-6)", "punct(coming-4, \"-7)", "det(diplomat-10, a-8)",
                        "amod(diplomat-10, senior-9)", "nsubj(told-11, diplomat-10)", "root(ROOT-0, told-11)",
                        "obj(told-11, Reuters-12)", "punct(told-11, .-13)")
                .build();
        Quote q = extractor.extract(a).get(0);
        assertTrue(q.direct());
        assertEquals("Sanctions are coming soon", q.text());
        assertEquals("a senior diplomat", q.speaker().text());
        assertEquals("diplomat", q.speaker().head());
        assertTrue(q.anonymous());
        assertEquals("Reuters", q.via());
        assertSpan(a, q);
    }

    @Test
    void outermostVerbOfSayingOwnsAQuoteInsideReportedSpeech() {
        AnnotatedArticle a = new Docs()
                .add("An/DT official/NN said/VBD/O/say Blinken/NNP/PERSON stressed/VBD/O/stress that/IN \"/`` restraint/NN is/VBZ the/DT wise/JJ course/NN \"/'' ./.",
                        "det(official-2, An-1)", "nsubj(said-3, official-2)", "root(ROOT-0, said-3)", "nsubj(stressed-5, Blinken-4)",
                        "ccomp(said-3, stressed-5)", "mark(course-12, that-6)", "punct(course-12, \"-7)", "nsubj(course-12, restraint-8)",
                        "cop(course-12, is-9)", "det(course-12, the-10)", "amod(course-12, wise-11)", "ccomp(stressed-5, course-12)",
                        "punct(course-12, \"-13)", "punct(said-3, .-14)")
                .build();
        Quote q = extractor.extract(a).stream().filter(Quote::direct).findFirst().orElseThrow();
        assertEquals("restraint is the wise course", q.text());
        assertEquals("An official", q.speaker().text());
        assertTrue(q.anonymous());
    }

    @Test
    void indirectSpeechWithAccordingToAnOutlet() {
        AnnotatedArticle a = new Docs()
                .add("According/VBG to/TO IRNA/NNP/ORGANIZATION ,/, Raisi/NNP/PERSON said/VBD/O/say that/IN Iran/NNP/LOCATION seeks/VBZ/O/seek calm/NN ./.",
                        "case(IRNA-3, According-1)", "fixed(According-1, to-2)", "obl(said-6, IRNA-3)", "punct(said-6, ,-4)",
                        "nsubj(said-6, Raisi-5)", "root(ROOT-0, said-6)", "mark(seeks-9, that-7)", "nsubj(seeks-9, Iran-8)",
                        "ccomp(said-6, seeks-9)", "obj(seeks-9, calm-10)", "punct(said-6, .-11)")
                .build();
        Quote q = extractor.extract(a).get(0);
        assertFalse(q.direct());
        assertEquals("Iran seeks calm", q.text());
        assertEquals("Raisi", q.speaker().text());
        assertEquals("IRNA", q.via());
        assertFalse(q.anonymous());
        assertSpan(a, q);
    }

    @Test
    void accordingToPeopleMakesThemTheAnonymousSpeakerOfTheClause() {
        AnnotatedArticle a = new Docs()
                .add("According/VBG to/TO three/CD people/NNS ,/, the/DT army/NN withdrew/VBD ./.",
                        "case(people-4, According-1)", "fixed(According-1, to-2)", "nummod(people-4, three-3)",
                        "obl(withdrew-8, people-4)", "punct(withdrew-8, ,-5)", "det(army-7, the-6)", "nsubj(withdrew-8, army-7)",
                        "root(ROOT-0, withdrew-8)", "punct(withdrew-8, .-9)")
                .build();
        Quote q = extractor.extract(a).get(0);
        assertEquals("the army withdrew", q.text());
        assertEquals("three people", q.speaker().text());
        assertEquals("according to", q.cue());
        assertTrue(q.anonymous());
    }

    @Test
    void reportingClauseAfterTheContent() {
        AnnotatedArticle a = new Docs()
                .add("Troops/NNS crossed/VBD the/DT border/NN ,/, Axios/NNP reported/VBD/O/report ./.",
                        "nsubj(crossed-2, Troops-1)", "root(ROOT-0, crossed-2)", "det(border-4, the-3)", "obj(crossed-2, border-4)",
                        "punct(reported-7, ,-5)", "nsubj(reported-7, Axios-6)", "parataxis(crossed-2, reported-7)", "punct(crossed-2, .-8)")
                .build();
        Quote q = extractor.extract(a).get(0);
        assertEquals("Troops crossed the border", q.text());
        assertEquals("Axios", q.speaker().text());
        assertEquals("Axios", q.via());
    }

    @Test
    void transcriptLinesAreTheirSpeakersWords() {
        AnnotatedArticle a = new Docs()
                .add("Host/NN Maria/NNP/PERSON Ortega/NNP/PERSON interviewed/VBD the/DT minister/NN ./.",
                        "compound(Ortega-3, Host-1)", "compound(Ortega-3, Maria-2)", "nsubj(interviewed-4, Ortega-3)",
                        "root(ROOT-0, interviewed-4)", "det(minister-6, the-5)", "obj(interviewed-4, minister-6)", "punct(interviewed-4, .-7)")
                .build();
        String text = a.article().text() + "\n\nORTEGA: Will the border reopen this week?";
        var article = new io.casus.model.Article("t", null, null, null, null, List.of(), null, text, "test", List.of());
        AnnotatedArticle withTranscript = new AnnotatedArticle(article, a.sentences(), a.entities(), "hand-built", List.of());
        Quote q = extractor.extract(withTranscript).stream().filter(x -> x.cue().equals(":")).findFirst().orElseThrow();
        assertEquals("Will the border reopen this week?", q.text());
        assertEquals("ORTEGA", q.speaker().text());
        assertEquals("Maria Ortega", q.speaker().name());
        assertEquals(q.text(), text.substring(q.begin(), q.end()));
    }

    @Test
    void scareQuotesAreNotQuotes() {
        AnnotatedArticle a = new Docs()
                .add("The/DT ministry/NN called/VBD it/PRP \"/`` terrorism/NN \"/'' ./.",
                        "det(ministry-2, The-1)", "nsubj(called-3, ministry-2)", "root(ROOT-0, called-3)", "obj(called-3, it-4)",
                        "punct(terrorism-6, \"-5)", "xcomp(called-3, terrorism-6)", "punct(terrorism-6, \"-7)", "punct(called-3, .-8)")
                .build();
        assertTrue(extractor.extract(a).isEmpty());
    }

    @Test
    void quotationMarksPairAcrossSentencesButNotAcrossParagraphs() {
        List<int[]> spans = QuoteExtractor.quotationSpans("\u201CFirst. Second,\u201D he said.\n\nShe said \"unclosed.\n\nNext \"x y z w\" end");
        assertEquals(2, spans.size());
        assertEquals(1, spans.get(0)[0]);
    }
}
