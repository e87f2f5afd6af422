package io.casus.store;

/** How {@link EventStore#eventTypes} groups events: by CAMEO root or by PLOVER type. */
public enum TypeGrouping {
    ROOT,
    PLOVER
}
