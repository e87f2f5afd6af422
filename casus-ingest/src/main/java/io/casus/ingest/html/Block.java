package io.casus.ingest.html;

/**
 * One paragraph-like run of text from the page, with how much of it is link text.
 *
 * @param text      normalised text, never blank
 * @param linkChars characters of {@code text} inside links
 */
record Block(String text, int linkChars) {
    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
}
