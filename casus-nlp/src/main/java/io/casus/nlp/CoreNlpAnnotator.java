package io.casus.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import io.casus.annotate.Annotator;
import io.casus.model.AnnotatedArticle;
import io.casus.model.Article;
import io.casus.model.Dependency;
import io.casus.model.EntityMention;
import io.casus.model.Sentence;
import io.casus.model.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Annotates articles with one shared CoreNLP pipeline (tokenize, ssplit, pos, lemma, coarse ner, depparse).
 *
 * <p>Thread-safe: the pipeline's annotators keep no per-document state, so worker threads share one instance
 * ({@link #shared()}); loading the models takes seconds and about a gigabyte, so it is done once per JVM.
 */
public final class CoreNlpAnnotator implements Annotator {
    private static final String CONFIG = "corenlp.properties";
    private static final String VERSION = "CoreNLP 4.5.10";
    private static volatile CoreNlpAnnotator shared;

    private final StanfordCoreNLP pipeline;
    private final String description;

    private CoreNlpAnnotator(Properties props) {
        this.pipeline = new StanfordCoreNLP(props);
        this.description = VERSION + " [" + props.getProperty("annotators")
                + "; ner: " + props.getProperty("ner.model", "default").split(",").length + " CRF models"
                + (Boolean.parseBoolean(props.getProperty("ner.applyFineGrained", "true")) ? " + fine-grained" : "")
                + (Boolean.parseBoolean(props.getProperty("ner.useSUTime", "true")) ? " + SUTime" : "") + "]";
    }

    /** The JVM's one pipeline, created on first use from the bundled configuration. */
    public static CoreNlpAnnotator shared() {
        CoreNlpAnnotator a = shared;
        if (a == null) {
            synchronized (CoreNlpAnnotator.class) {
                a = shared;
                if (a == null) {
                    a = new CoreNlpAnnotator(defaultProperties());
                    shared = a;
                }
            }
        }
        return a;
    }

    /** A separate pipeline with the bundled configuration changed by {@code overrides} (for benchmarks). */
    public static CoreNlpAnnotator withOverrides(Properties overrides) {
        Properties p = defaultProperties();
        p.putAll(overrides);
        return new CoreNlpAnnotator(p);
    }

    static Properties defaultProperties() {
        Properties p = new Properties();
        try (InputStream in = CoreNlpAnnotator.class.getResourceAsStream(CONFIG)) {
            if (in == null) {
                throw new IllegalStateException("missing resource io/casus/nlp/" + CONFIG);
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read io/casus/nlp/" + CONFIG, e);
        }
        return p;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        Annotation doc = new Annotation(article.text());
        pipeline.annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            Sentence sentence = toSentence(sentences.size(), s, article.text());
            sentences.add(sentence);
            collectEntities(sentence, entities);
        }
        return new AnnotatedArticle(article, sentences, entities, description, List.of());
    }

    private static Sentence toSentence(int index, CoreMap s, String text) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            int b = l.beginPosition();
            int e = l.endPosition();
            String ner = l.ner() == null ? "O" : l.ner();
            String lemma = l.lemma() == null ? l.word() : l.lemma();
            tokens.add(new Token(i, text.substring(b, e), lemma, l.tag(), ner, b, e));
        }
        int begin = tokens.isEmpty() ? s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) : tokens.get(0).begin();
        int end = tokens.isEmpty() ? s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) : tokens.get(tokens.size() - 1).end();
        return new Sentence(index, begin, end, text.substring(begin, end), tokens, dependencies(s));
    }

    /** The basic UD tree: every token has exactly one governor, so subtrees give contiguous phrases. */
    private static List<Dependency> dependencies(CoreMap s) {
        SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (g == null) {
            return List.of();
        }
        TreeMap<Integer, Dependency> byDependent = new TreeMap<>();
        for (var root : g.getRoots()) {
            byDependent.put(root.index() - 1, new Dependency(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
            int dep = e.getDependent().index() - 1;
            byDependent.put(dep, new Dependency(e.getGovernor().index() - 1, dep, e.getRelation().toString()));
        }
        List<Dependency> deps = new ArrayList<>(byDependent.values());
        deps.sort(Comparator.comparingInt(Dependency::dependent));
        return deps;
    }

    /** Maximal runs of tokens with the same coarse, non-numeric NER tag. */
    private static void collectEntities(Sentence s, List<EntityMention> out) {
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
            String tag = t.get(i).ner();
            if (!isEntityTag(tag)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < t.size() && t.get(j).ner().equals(tag)) {
                j++;
            }
            int b = t.get(i).begin();
            int e = t.get(j - 1).end();
            out.add(new EntityMention(s.index(), i, j, b, e, s.textOf(i, j), tag));
            i = j;
        }
    }

    private static boolean isEntityTag(String tag) {
        return switch (tag) {
            case "PERSON", "ORGANIZATION", "LOCATION", "MISC", "COUNTRY", "CITY", "STATE_OR_PROVINCE", "NATIONALITY" -> true;
            default -> false;
        };
    }
}
