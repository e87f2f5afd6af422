package io.casus.coder;

import io.casus.model.AnnotatedArticle;
import io.casus.model.CodedArticle;

/**
 * Turns an annotated article into a coded one.
 *
 * <p>Contract: every span of the result indexes into {@code annotated.article().text()}; problems of reading and
 * annotation are carried over, and the coder adds its own (such as a missing publication date). Implementations are
 * thread-safe.
 */
public interface Coder {
    CodedArticle code(AnnotatedArticle annotated);
}
