/**
 * The {@code casus} command line: thin picocli commands over the pipeline ({@link io.casus.app.Batch}), which reads
 * inputs, annotates and codes articles on worker threads and hands results back in input order.
 */
package io.casus.app;
