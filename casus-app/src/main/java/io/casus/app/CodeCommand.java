package io.casus.app;

import io.casus.json.CodedArticleJson;
import io.casus.source.Input;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code casus code}: read, annotate and code articles, one JSON object per article. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Codes news articles and prints one JSON object per article (JSON Lines).",
                "INPUT is a file (plain text, HTML, JSON Lines, RSS/Atom, WARC; .gz too), a directory (read "
                        + "recursively) or - for standard input.",
                "Exit status: 0 all read, 2 some inputs or records skipped (listed on standard error), 1 usage error."})
final class CodeCommand implements Callable<Integer> {
    enum Format { jsonl, json }

    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipeline;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default: one object a line) or json (an indented array)")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output (written whole or not at all)")
    Path out;

    @Option(names = "--parses", description = "add each sentence's tokens (WORD/POS/LEMMA/NER) and dependencies, to audit the coding")
    boolean parses;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, directories or -")
    List<String> inputs;

    @Override
    public Integer call() throws IOException {
        Batch batch = pipeline.batch();
        PrintWriter err = spec.commandLine().getErr();
        Reporting listener = new Reporting(0);
        List<Input> resolved = Pipeline.resolve(inputs);
        Path tmp = out == null ? null : Files.createTempFile(out.toAbsolutePath().getParent(), ".casus-", ".part");
        Batch.Totals totals;
        try (Writer w = out == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            JsonOut json = new JsonOut(w, format, parses);
            totals = batch.run(resolved, json::write, listener);
            json.close();
        } catch (IOException | RuntimeException e) {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
            throw e;
        } finally {
            listener.finish();
        }
        if (tmp != null) {
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        err.printf("casus: coded %d articles (%d sentences, %d tokens)%s%s%n", totals.articles(), totals.sentences(),
                totals.tokens(), listener.skipped() > 0 ? "; " + listener.skipped() + " skipped (see above)" : "",
                out != null ? "; wrote " + out : "");
        err.flush();
        return listener.skipped() > 0 ? Main.SKIPPED : Main.OK;
    }

    /** Writes coded articles as JSON Lines or as one JSON array. */
    static final class JsonOut {
        private final Writer w;
        private final Format format;
        private final boolean parses;
        private boolean first = true;

        JsonOut(Writer w, Format format, boolean parses) {
            this.w = w;
            this.format = format;
            this.parses = parses;
        }

        void write(io.casus.model.CodedArticle c) {
            try {
                if (format == Format.jsonl) {
                    w.write(CodedArticleJson.line(c, parses));
                    w.write('\n');
                } else {
                    w.write(first ? "[\n" : ",\n");
                    w.write(CodedArticleJson.pretty(c, parses));
                }
                first = false;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write output", e);
            }
        }

        void close() throws IOException {
            if (format == Format.json) {
                w.write(first ? "[]\n" : "\n]\n");
            }
            w.flush();
        }
    }
}
