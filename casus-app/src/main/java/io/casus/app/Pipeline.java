package io.casus.app;

import io.casus.actor.ActorDictionary;
import io.casus.annotate.Annotator;
import io.casus.event.Codebook;
import io.casus.event.DependencyFrameCoder;
import io.casus.event.FrameLexicon;
import io.casus.lexicon.Lexicons;
import io.casus.coder.Coder;
import io.casus.coder.DocumentCoder;
import io.casus.ingest.ReadLimits;
import io.casus.ingest.Sources;
import io.casus.nlp.CoreNlpAnnotator;
import io.casus.source.Input;
import java.nio.file.Path;
import java.util.List;

/** The standard pipeline and the resolution of command-line inputs; shared by the commands. */
final class Pipeline {
    private Pipeline() {}

    static Sources sources() {
        return new Sources(ReadLimits.DEFAULTS);
    }

    static Annotator annotator() {
        return CoreNlpAnnotator.shared();
    }

    private static volatile Coder standardCoder;

    /** The standard coder, built once: it is thread-safe, and building it reads data files (the server codes per POST). */
    static Coder coder() {
        Coder c = standardCoder;
        if (c == null) {
            synchronized (Pipeline.class) {
                c = standardCoder;
                if (c == null) {
                    c = DocumentCoder.standard();
                    standardCoder = c;
                }
            }
        }
        return c;
    }

    /**
     * The coder with user actor dictionaries (native TSV or PETRARCH) in front of the bundled ones; their
     * recoverable oddities are listed on {@code err}.
     */
    static Coder coder(List<Path> actorFiles, java.io.PrintStream err) {
        if (actorFiles == null || actorFiles.isEmpty()) {
            return coder();
        }
        ActorDictionary d = ActorDictionary.withUserFiles(actorFiles);
        List<String> warnings = d.warnings();
        if (!warnings.isEmpty()) {
            err.println("casus: " + warnings.size() + " dictionary entries left out, e.g.:");
            warnings.stream().limit(5).forEach(w -> err.println("  " + w));
        }
        return DocumentCoder.with(d);
    }

    static Batch batch(int threads) {
        return new Batch(sources(), annotator(), coder(), threads);
    }

    static Batch batch(int threads, List<Path> actorFiles) {
        return new Batch(sources(), annotator(), coder(actorFiles, System.err), threads);
    }

    static Batch batch(int threads, List<Path> actorFiles, List<Path> verbFiles) {
        return batch(threads, actorFiles, verbFiles, false);
    }

    static Batch batch(int threads, List<Path> actorFiles, List<Path> verbFiles, boolean verbsOnly) {
        return new Batch(sources(), annotator(), coder(actorFiles, verbFiles, verbsOnly, System.err), threads);
    }

    /**
     * The coder with user actor dictionaries and verb-frame files (casus TSV or PETRARCH verb dictionaries) in front
     * of the bundled ones, or instead of the bundled frames when {@code verbsOnly}.
     */
    static Coder coder(List<Path> actorFiles, List<Path> verbFiles, boolean verbsOnly, java.io.PrintStream err) {
        if (verbFiles == null || verbFiles.isEmpty()) {
            return coder(actorFiles, err);
        }
        ActorDictionary d = actorFiles == null || actorFiles.isEmpty() ? ActorDictionary.bundled() : ActorDictionary.withUserFiles(actorFiles);
        FrameLexicon frames = verbsOnly ? FrameLexicon.onlyFiles(verbFiles) : FrameLexicon.withUserFiles(verbFiles);
        if (frames.patternsLeftOut() > 0) {
            err.println("casus: " + frames.patternsLeftOut() + " PETRARCH verb patterns could not be expressed as frames and were left out");
        }
        return DocumentCoder.with(d, new DependencyFrameCoder(frames, Codebook.standard(), Lexicons.standard()));
    }

    /**
     * The inputs named on the command line: files as given, directories walked recursively (sorted), "-" for
     * standard input. A path that does not exist stays an input, so reading it reports it as skipped.
     */
    static List<Input> resolve(List<String> args) {
        return Sources.expand(args.stream().map(Path::of).toList());
    }
}
