/**
 * Lexicon data: the tab-separated resource files (countries, outlets, speech verbs, time words, ...) and their
 * loader, which validates every line and fails with file, line and reason.
 */
package io.casus.lexicon;
