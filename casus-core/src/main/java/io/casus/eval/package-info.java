/**
 * Scoring coded events against gold files exactly as {@code shared/gold/README.md} defines it: asserted predictions
 * only, de-duplicated per document, matched one-to-one to gold events by maximum matching, with negatives counted
 * as false events and optionals ignored.
 */
package io.casus.eval;
