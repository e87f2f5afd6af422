/**
 * HTML articles: metadata from Open Graph, JSON-LD, microdata and plain meta tags; the body from the main content
 * element without page furniture (navigation, ads, share and newsletter boxes, related links, comments, bios).
 * {@link io.casus.ingest.html.HtmlArticleParser} is shared with the feed and WARC readers.
 */
package io.casus.ingest.html;
