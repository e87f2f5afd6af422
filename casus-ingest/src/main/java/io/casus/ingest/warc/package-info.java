/**
 * Web archives (WARC, plain or gzipped, e.g. Common Crawl's CC-NEWS), read with jwarc: each successful HTML
 * response is one article.
 */
package io.casus.ingest.warc;
