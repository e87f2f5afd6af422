package io.casus.eval;

/**
 * An asserted event reduced to what the gold scores: source and target country ({@code ---} for none), root, PLOVER
 * type and date, with the evidence for reports.
 */
public record Prediction(String doc, String source, String target, String root, String plover, String date,
                         String code, String evidence) {
    /** The de-duplication key of the gold rules: (source, target, root, date). */
    String key() {
        return source + "|" + target + "|" + root + "|" + date;
    }
}
