package io.casus.app;

import java.io.PrintStream;

/**
 * Reports skipped inputs on standard error and, when standard error is a terminal, a progress line that redraws
 * itself (articles done, rate, and a bar when the total is known). Silent on pipes and in CI logs.
 */
final class Progress implements Batch.Listener {
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final int total;
    private final long start = System.nanoTime();
    private long lastDraw;
    private int done;
    private boolean drawn;

    /**
     * @param total the number of articles expected, or 0 when unknown
     */
    Progress(PrintStream err, boolean terminal, int total) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
    }

    static boolean isTerminal() {
        return System.console() != null && !"true".equals(System.getenv("CI"));
    }

    @Override
    public synchronized void skipped(String location, String reason) {
        clear();
        err.println("skipped: " + location + ": " + reason);
    }

    @Override
    public synchronized void done(int articlesDone) {
        done = articlesDone;
        long now = System.nanoTime();
        if (terminal && now - lastDraw > 200_000_000L) {
            lastDraw = now;
            draw();
        }
    }

    synchronized void finish() {
        clear();
    }

    private void draw() {
        double secs = (System.nanoTime() - start) / 1e9;
        String rate = String.format("%.1f articles/s", secs > 0 ? done / secs : 0.0);
        String line;
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, (long) WIDTH * done / total);
            line = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + "  " + rate;
        } else {
            line = done + " articles  " + rate;
        }
        err.print("\r" + line);
        err.flush();
        drawn = true;
    }

    private void clear() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }
}
