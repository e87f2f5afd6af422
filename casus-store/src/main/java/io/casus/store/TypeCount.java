package io.casus.store;

/**
 * How many events one event type has.
 *
 * @param type          a CAMEO root ({@code 19}) or PLOVER type ({@code ASSAULT})
 * @param label         a short name of the type ("fight" for root 19), or null when none is known
 * @param events        events of this type
 * @param goldsteinMean their mean Goldstein score
 */
public record TypeCount(String type, String label, long events, double goldsteinMean) {}
