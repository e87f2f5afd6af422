/**
 * Actor mentions: named entities re-typed with casus' lexicons (countries, demonyms, outlets) and nominal actor
 * phrases ("a U.S. official", "protesters") found from the dependency parse.
 */
package io.casus.mention;
