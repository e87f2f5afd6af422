/**
 * Casus' own data model: immutable records that flow through the pipeline
 * (Article, AnnotatedArticle, CodedArticle and their parts).
 *
 * <p>All character offsets are half-open {@code [begin, end)} and index into {@link io.casus.model.Article#text()},
 * so {@code article.text().substring(begin, end)} is the span's text.
 */
package io.casus.model;
