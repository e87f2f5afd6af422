package io.casus.store;

/** How {@link EventStore#topActors} groups actors: by full CAMEO code or by country. */
public enum ActorGrouping {
    CODE,
    COUNTRY
}
