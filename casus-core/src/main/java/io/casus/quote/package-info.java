/**
 * Quotes and reported speech: direct quotations in quotation marks and indirect attributions ("X said that",
 * "according to X", "X told Y that"), each with its speaker, cue and the outlet it came through, found from the
 * dependency parse rather than from coreference.
 */
package io.casus.quote;
