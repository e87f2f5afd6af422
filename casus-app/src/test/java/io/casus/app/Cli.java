package io.casus.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the casus command line in process, capturing its streams. */
final class Cli {
    record Result(int exit, String out, String err) {
        List<JsonNode> lines() {
            ObjectMapper m = new ObjectMapper();
            List<JsonNode> nodes = new ArrayList<>();
            for (String l : out.split("\n")) {
                if (!l.isBlank()) {
                    try {
                        nodes.add(m.readTree(l));
                    } catch (Exception e) {
                        throw new AssertionError("not JSON: " + l, e);
                    }
                }
            }
            return nodes;
        }
    }

    private Cli() {}

    static synchronized Result withStdin(String stdin, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            int code = Main.run(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
    }

    static Result run(String... args) {
        return withStdin("", args);
    }

    /** The repository's samples directory. */
    static Path samples() {
        return repoRoot().resolve("samples");
    }

    static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("samples"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no samples/ above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    /** {@code ../shared} beside the repository, or null when it is absent (tests using it then skip). */
    static Path shared() {
        Path s = repoRoot().getParent().resolve("shared");
        return Files.isDirectory(s.resolve("seed")) ? s : null;
    }
}
