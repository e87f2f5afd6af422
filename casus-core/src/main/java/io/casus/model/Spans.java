package io.casus.model;

/** Validation shared by every record that carries a half-open character span. */
final class Spans {
    private Spans() {}

    static void check(int begin, int end, String what) {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException(what + ": bad span [" + begin + ", " + end + ")");
        }
    }
}
