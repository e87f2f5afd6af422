package io.casus.store;

import java.time.LocalDate;

/**
 * The store's size.
 *
 * @param articles      articles
 * @param mentions      actor mentions
 * @param quotes        quotes
 * @param events        events of every modality
 * @param asserted      asserted events
 * @param clusters      event clusters
 * @param firstEventDay earliest event date, or null when there are no events
 * @param lastEventDay  latest event date, or null
 */
public record StoreStats(long articles, long mentions, long quotes, long events, long asserted, long clusters,
                         LocalDate firstEventDay, LocalDate lastEventDay) {}
