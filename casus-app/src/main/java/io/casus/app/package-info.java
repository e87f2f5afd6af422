package io.casus.app;
