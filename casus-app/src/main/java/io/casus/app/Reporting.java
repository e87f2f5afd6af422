package io.casus.app;

/** A batch listener for commands: counts skipped inputs and shows them and the progress line on standard error. */
final class Reporting implements Batch.Listener {
    private final Progress progress;
    private int skipped;

    /** @param total articles expected, or 0 when unknown */
    Reporting(int total) {
        this.progress = new Progress(System.err, Progress.isTerminal(), total);
    }

    @Override
    public void skipped(String location, String reason) {
        skipped++;
        progress.skipped(location, reason);
    }

    @Override
    public void done(int articlesDone) {
        progress.done(articlesDone);
    }

    /** Clears the progress line. */
    void finish() {
        progress.finish();
    }

    int skipped() {
        return skipped;
    }
}
