package io.casus.app;

import io.casus.annotate.Annotator;
import io.casus.coder.Coder;
import io.casus.coder.DocumentCoder;
import io.casus.ingest.ReadLimits;
import io.casus.ingest.Sources;
import io.casus.nlp.CoreNlpAnnotator;
import io.casus.source.Input;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
     * standard input. A path that does not exist is reported to {@code listener} and left out.
     */
    static List<Input> resolve(List<String> args, Batch.Listener listener) {
        List<Input> inputs = new ArrayList<>();
        for (String a : args) {
            if (a.equals("-")) {
                inputs.add(new Input("-", Pipeline::stdin));
                continue;
            }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                inputs.addAll(Sources.expand(List.of(p)));
            } else if (Files.isRegularFile(p)) {
                inputs.add(Input.of(p));
            } else {
                listener.skipped(a, Files.exists(p) ? "not a regular file or directory" : "no such file or directory");
            }
        }
        return inputs;
    }

    private static InputStream stdin() throws IOException {
        // the stream is shared: reading it twice would see nothing, so keep it open for the sources
        return new java.io.FilterInputStream(System.in) {
            @Override
            public void close() {}
        };
    }
}
