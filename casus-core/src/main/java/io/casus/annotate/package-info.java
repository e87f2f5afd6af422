/** The language-processing stage: {@link io.casus.model.Article} in, {@link io.casus.model.AnnotatedArticle} out. */
package io.casus.annotate;
