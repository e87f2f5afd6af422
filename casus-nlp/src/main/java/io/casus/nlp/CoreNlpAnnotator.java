package io.casus.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import io.casus.annotate.Annotator;
import io.casus.annotate.ParseRepair;
import io.casus.lexicon.Lexicons;
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

/**
 * Annotates articles with one shared CoreNLP pipeline (tokenize, ssplit, pos, lemma, coarse ner) and CoreNLP's
 * neural dependency parser, of which only the basic tree is kept.
 *
 * <p>Thread-safe: the annotators and the parser keep no per-document state, so worker threads share one instance
 * ({@link #shared()}); loading the models takes seconds and about a gigabyte, so it is done once per JVM.
 */
public final class CoreNlpAnnotator implements Annotator {
    private static final String CONFIG = "corenlp.properties";
    private static final String VERSION = "CoreNLP 4.5.10";
    private static volatile CoreNlpAnnotator shared;

    private static final String PARSER_MODEL = "casus.depparse.model";

    private final StanfordCoreNLP pipeline;
    private final DependencyParser parser;
    private final String description;
    private final ParseRepair repair = new ParseRepair(Lexicons.standard()::isReportingVerb);

    private CoreNlpAnnotator(Properties props) {
        String parserModel = props.getProperty(PARSER_MODEL);
        Properties pipelineProps = new Properties();
        pipelineProps.putAll(props);
        pipelineProps.remove(PARSER_MODEL);
        this.pipeline = new StanfordCoreNLP(pipelineProps);
        this.parser = parserModel == null || parserModel.equals("none") ? null : DependencyParser.loadFromModelFile(parserModel);
        this.description = VERSION + " [" + props.getProperty("annotators") + (parser == null ? "" : ",depparse(basic UD, mended)")
                + "; ner: " + props.getProperty("ner.model", "default").split(",").length + " CRF model(s)"
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

    private Sentence toSentence(int index, CoreMap s, String text) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        nounsAfterPossessives(labels);
        subjunctivesAfterDemands(labels);
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
        return new Sentence(index, begin, end, text.substring(begin, end), tokens, repair.repair(tokens, dependencies(labels)));
    }

    /**
     * "Myanmar's military carried out an air strike": the tagger takes a possessed noun that can be an adjective for one,
     * and the parser then reads the sentence as one noun phrase. An adjective after a possessive with no noun or
     * adjective after it heads the phrase, so it is a noun.
     */
    static void nounsAfterPossessives(List<CoreLabel> labels) {
        for (int i = 1; i + 1 < labels.size(); i++) {
            String next = labels.get(i + 1).tag();
            if (labels.get(i).tag().equals("JJ") && labels.get(i - 1).tag().equals("POS")
                    && !(next.startsWith("NN") || next.startsWith("JJ") || next.equals("CD") || next.equals("VBG") || next.equals("HYPH"))) {
                labels.get(i).setTag("NN");
            }
        }
    }

    /** Verbs whose that-clause asks for an act, in the bare form: "demanded that London resume talks". */
    private static final java.util.Set<String> DEMANDING = java.util.Set.of("demand", "insist", "urge", "ask", "request",
            "propose", "recommend", "suggest", "require", "order");
    /** Tags that may follow a verb heading its object or particle ("resume negotiations", "tow away", "scrap the deal"). */
    private static final java.util.Set<String> AFTER_VERB = java.util.Set.of("DT", "NN", "NNS", "NNP", "NNPS", "PRP$", "PRP",
            "RP", "IN", "JJ", "CD", "RB");

    /**
     * "Mogadishu demanded that Addis Ababa scrap the deal": the tagger takes a bare verb after a named party in a demanded
     * clause for a noun ("scrap", "resume", "tow"), and the parser then reads the clause as a noun phrase. A singular
     * noun right after "that" and a name (or a pronoun), followed by what may follow a verb, is that clause's verb.
     */
    static void subjunctivesAfterDemands(List<CoreLabel> labels) {
        for (int i = 1; i + 3 < labels.size(); i++) {
            String lemma = labels.get(i - 1).lemma() == null ? labels.get(i - 1).word() : labels.get(i - 1).lemma();
            if (!labels.get(i).word().equalsIgnoreCase("that") || !DEMANDING.contains(lemma.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            int j = i + 1;
            j += labels.get(j).tag().equals("DT") ? 1 : 0;
            int name = j;
            while (j < labels.size() && (labels.get(j).tag().startsWith("NNP") || j == name && labels.get(j).tag().equals("PRP"))) {
                j++;
            }
            int k = j + 1;
            while (k < labels.size() && labels.get(k).tag().startsWith("NN")) {
                k++;
            }
            // (not a compound subject: "demanded that Israeli police officers be punished")
            boolean subject = k < labels.size() && k > j + 1 && (labels.get(k).tag().startsWith("VB") || labels.get(k).tag().equals("MD"));
            if (j > name && j + 1 < labels.size() && labels.get(j).tag().equals("NN") && AFTER_VERB.contains(labels.get(j + 1).tag())
                    && !subject) {
                labels.get(j).setTag("VB");
            }
        }
    }

    /** The basic UD tree: every token has exactly one governor, so subtrees give contiguous phrases. */
    private List<Dependency> dependencies(List<CoreLabel> labels) {
        if (parser == null || labels.isEmpty()) {
            return List.of();
        }
        List<Dependency> deps = new ArrayList<>(labels.size());
        for (TypedDependency d : parser.predict(labels).typedDependencies()) {
            deps.add(new Dependency(d.gov().index() - 1, d.dep().index() - 1, d.reln().toString()));
        }
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
