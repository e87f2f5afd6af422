package io.casus.testing;

import io.casus.model.AnnotatedArticle;
import io.casus.model.Article;
import io.casus.model.EntityMention;
import io.casus.model.Published;
import io.casus.model.Sentence;
import io.casus.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an annotated article from hand-built sentences ({@link Parses} notation), joining them with single
 * spaces; named entities are the runs of equal NER tags given in the tokens.
 */
public final class Docs {
    private final List<Sentence> sentences = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private LocalDate published = LocalDate.of(2024, 4, 16);

    public Docs add(String tokens, String... deps) {
        if (text.length() > 0) {
            text.append(' ');
        }
        Sentence s = Parses.sentence(sentences.size(), text.length(), tokens, deps);
        sentences.add(s);
        text.append(s.text());
        return this;
    }

    public Docs published(LocalDate date) {
        this.published = date;
        return this;
    }

    public AnnotatedArticle build() {
        List<EntityMention> entities = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); ) {
                String tag = t.get(i).ner();
                int j = i + 1;
                while (j < t.size() && t.get(j).ner().equals(tag)) {
                    j++;
                }
                if (!tag.equals("O")) {
                    entities.add(new EntityMention(s.index(), i, j, t.get(i).begin(), t.get(j - 1).end(), s.textOf(i, j), tag));
                }
                i = j;
            }
        }
        Article a = new Article("test", "Test", published == null ? null : Published.ofDate(published), null, null,
                List.of(), null, text.toString(), "test", List.of());
        return new AnnotatedArticle(a, sentences, entities, "hand-built", List.of());
    }
}
