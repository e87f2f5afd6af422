/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds, read with Rome: one article per item, its text from the item's content or
 * description.
 */
package io.casus.ingest.feed;
