/**
 * The event coder: CAMEO events from dependency parses, with a verb-frame lexicon ({@code frames.tsv}), the CAMEO
 * codebook ({@code cameo.tsv}: Goldstein, quad class, PLOVER), modality, dates from the text, location and
 * attribution. Pure Java over casus' own records, so it is tested on hand-built parses.
 */
package io.casus.event;
