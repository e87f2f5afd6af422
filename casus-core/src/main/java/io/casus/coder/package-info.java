/**
 * The coding stage: {@link io.casus.model.AnnotatedArticle} in, {@link io.casus.model.CodedArticle} out (mentions,
 * resolved time expressions, quotes; events when the event coder lands). Pure Java over casus' own records.
 */
package io.casus.coder;
