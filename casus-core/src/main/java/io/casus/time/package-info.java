/**
 * Time expressions: finding them in a sentence and resolving them against the publication date
 * ("on Saturday" in a Tuesday 2024-04-16 article is 2024-04-13), with tense from the dependency parse deciding
 * between the last and the next such day.
 */
package io.casus.time;
