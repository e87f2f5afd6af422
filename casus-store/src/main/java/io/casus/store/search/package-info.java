/**
 * The full-text index of article titles and bodies (Lucene, English analyzer), with the article's outlet,
 * publication day and actor codes as filter fields. Derived data: the database is the truth and the store makes
 * the index match it when it opens.
 */
package io.casus.store.search;
