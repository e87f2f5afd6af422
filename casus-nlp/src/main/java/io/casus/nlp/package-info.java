/**
 * The Stanford CoreNLP adapter. The only package in casus that imports {@code edu.stanford.*}: everything it
 * produces is casus' own records ({@link io.casus.model.AnnotatedArticle}), so the engine can be swapped.
 */
package io.casus.nlp;
