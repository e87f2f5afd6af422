package io.casus.app;

import io.casus.annotate.Annotator;
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

    static Coder coder() {
        return DocumentCoder.standard();
    }

    static Batch batch(int threads) {
        return new Batch(sources(), annotator(), coder(), threads);
    }

    /**
     * The inputs named on the command line: files as given, directories walked recursively (sorted), "-" for
     * standard input. A path that does not exist stays an input, so reading it reports it as skipped.
     */
    static List<Input> resolve(List<String> args) {
        return Sources.expand(args.stream().map(Path::of).toList());
    }
}
