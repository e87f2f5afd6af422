/**
 * The first pipeline stage: reading articles from inputs (files, standard input, records inside container
 * formats). Implementations live in the {@code casus-ingest} module.
 */
package io.casus.source;
