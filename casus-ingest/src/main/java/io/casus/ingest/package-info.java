package io.casus.ingest;
