package io.casus.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casus.model.AnnotatedArticle;
import io.casus.model.Article;
import io.casus.model.Dependency;
import io.casus.model.EntityMention;
import io.casus.model.Sentence;
import io.casus.model.Token;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The CoreNLP adapter on real models. */
class CoreNlpAnnotatorIT {
    private static final String TEXT = """
            Kenyan President William Ruto met Somali leaders in Nairobi on Monday to discuss the withdrawal of \
            African Union troops. "We will not abandon Somalia," Ruto told reporters.

            Al-Shabaab fighters attacked a base near Mogadishu last week, the army said.""";

    private static Article article(String id, String text) {
        return new Article(id, null, null, null, null, List.of(), null, text, "test:" + id, List.of());
    }

    @Test
    void offsetsIndexIntoTheArticleText() {
        AnnotatedArticle a = CoreNlpAnnotator.shared().annotate(article("kenya", TEXT));
        assertEquals(3, a.sentences().size(), "two sentences in the first paragraph, one in the second");
        for (Sentence s : a.sentences()) {
            assertEquals(s.text(), TEXT.substring(s.begin(), s.end()));
            for (Token t : s.tokens()) {
                assertEquals(t.text(), TEXT.substring(t.begin(), t.end()));
                assertFalse(t.lemma().isEmpty());
                assertFalse(t.pos().isEmpty());
            }
        }
        for (EntityMention e : a.entities()) {
            assertEquals(e.text(), TEXT.substring(e.begin(), e.end()));
        }
    }

    @Test
    void namedEntitiesAndATreeShapedParse() {
        AnnotatedArticle a = CoreNlpAnnotator.shared().annotate(article("kenya", TEXT));
        assertTrue(a.entities().stream().anyMatch(e -> e.text().equals("William Ruto") && e.nerTag().equals("PERSON")),
                a.entities().toString());
        assertTrue(a.entities().stream().anyMatch(e -> e.text().equals("Nairobi") && e.nerTag().equals("LOCATION")));
        for (Sentence s : a.sentences()) {
            List<Dependency> deps = s.dependencies();
            assertEquals(s.tokens().size(), deps.size(), "one governor per token");
            assertEquals(1, deps.stream().filter(d -> d.governor() == -1).count(), "one root");
        }
        Sentence first = a.sentences().get(0);
        int met = first.tokens().stream().filter(t -> t.text().equals("met")).findFirst().orElseThrow().index();
        assertTrue(first.dependencies().stream().anyMatch(d -> d.governor() == met && d.relation().equals("nsubj")));
        assertEquals("meet", first.tokens().get(met).lemma());
    }

    @Test
    void sharedPipelineGivesTheSameResultOnParallelThreads() throws Exception {
        CoreNlpAnnotator nlp = CoreNlpAnnotator.shared();
        AnnotatedArticle expected = nlp.annotate(article("kenya", TEXT));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AnnotatedArticle>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                results.add(pool.submit(() -> nlp.annotate(article("kenya", TEXT))));
            }
            for (Future<AnnotatedArticle> f : results) {
                assertEquals(expected.sentences(), f.get().sentences());
                assertEquals(expected.entities(), f.get().entities());
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(nlp.description().contains("depparse"));
    }

    @Test
    void whitespaceOnlyTextHasNoSentences() {
        assertTrue(CoreNlpAnnotator.shared().annotate(article("blank", "  \n\n ")).sentences().isEmpty());
    }
}
