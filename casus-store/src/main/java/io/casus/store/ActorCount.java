package io.casus.store;

/**
 * How often an actor takes part in events.
 *
 * @param code     CAMEO actor code (or country code when grouped by country)
 * @param name     the name most events give it, or null
 * @param events   events with the actor as source or target (an event from the actor to itself counts once)
 * @param asSource events with the actor as source
 * @param asTarget events with the actor as target
 */
public record ActorCount(String code, String name, long events, long asSource, long asTarget) {}
