/**
 * JSON Lines articles: one JSON object a line ({@code id, title, text, published, url, outlet, author, tags}),
 * streamed line by line, plain or gzipped. A bad line is reported with its number and reading goes on.
 */
package io.casus.ingest.jsonl;
