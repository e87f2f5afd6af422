/**
 * Row formats of the text exports: the GDELT 2.0 event table ({@link io.casus.store.export.GdeltFormat}, its
 * columns in {@code gdelt-event-columns.tsv}) and JSON Lines ({@link io.casus.store.export.JsonLinesFormat}).
 * Pure functions of a stored event and its cluster; the store streams rows through them.
 */
package io.casus.store.export;
