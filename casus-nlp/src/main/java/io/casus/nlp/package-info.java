package io.casus.nlp;
