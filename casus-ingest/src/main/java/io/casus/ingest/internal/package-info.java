/**
 * Helpers shared by the readers: opening and bounding inputs, decoding bytes to text, splitting paragraphs, parsing
 * dates and zone abbreviations, and the final checks every article passes before it reaches a listener.
 *
 * <p>Internal: public only so the reader packages can share them; not part of casus' API and free to change.
 */
package io.casus.ingest.internal;
