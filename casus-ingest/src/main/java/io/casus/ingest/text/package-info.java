/**
 * Plain-text articles: the seed layout (a date line, a tag line, the title, a timestamp, the body, the author's
 * name and bio) and any other plain text, read paragraph by paragraph.
 */
package io.casus.ingest.text;
