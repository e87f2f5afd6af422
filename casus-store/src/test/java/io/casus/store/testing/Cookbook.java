package io.casus.store.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the GDELT 2.0 event table's column names from the shared copy of the GDELT Event Codebook
 * ({@code reference/cameo/gdelt_event_cookbook.md}), expanding its "repeated for Actor2 (and Action)" notes.
 */
public final class Cookbook {
    /** Where the shared reference lives beside the repository. */
    public static final Path FILE = Path.of("/work/shared/reference/cameo/gdelt_event_cookbook.md");

    /** A bullet of the codebook's field lists: a private-use bullet glyph, then the field name and a dot. */
    private static final Pattern FIELD = Pattern.compile("^-\\s+\\x{F0B7}\\s*([A-Za-z0-9\\\\_]+)\\s*\\.");

    private Cookbook() {}

    public static boolean available() {
        return Files.isReadable(FILE);
    }

    /** The event table's columns in order. */
    public static List<String> eventColumns() throws IOException {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        boolean inEvents = false;
        for (String line : Files.readAllLines(FILE)) {
            if (line.startsWith("## THE GDELT EVENT DATABASE")) {
                inEvents = true;
                continue;
            }
            if (line.startsWith("## MENTIONS TABLE")) {
                break;
            }
            if (!inEvents) {
                continue;
            }
            Matcher m = FIELD.matcher(line);
            if (m.find()) {
                String name = m.group(1).replace("\\_", "_");
                if (!name.startsWith("Actor1")) {
                    run.clear();
                } else {
                    run.add(name);
                }
                out.add(name);
            } else if (line.contains("repeated for Actor2") && !run.isEmpty()) {
                for (String n : run) {
                    out.add("Actor2" + n.substring("Actor1".length()));
                }
                if (line.contains("and Action")) {
                    for (String n : run) {
                        out.add("Action" + n.substring("Actor1".length()));
                    }
                }
                run.clear();
            }
        }
        return out;
    }
}
