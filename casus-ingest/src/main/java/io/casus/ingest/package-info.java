/**
 * Reading articles: the {@link io.casus.ingest.Sources} facade picks a reader for each input (by extension, else by
 * its first bytes) and expands directories into inputs.
 *
 * <p>The readers live in sub-packages, one per format: {@code text} (plain text, including the seed layout),
 * {@code html} (jsoup, with boilerplate removal), {@code jsonl} (JSON Lines), {@code feed} (RSS and Atom) and
 * {@code warc} (web archives). They share {@link io.casus.ingest.ReadLimits}, {@link io.casus.ingest.StableIds} and
 * the helpers of {@code io.casus.ingest.internal}.
 */
package io.casus.ingest;
