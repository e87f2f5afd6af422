package io.casus.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One real-world event as reported by one or more event records: asserted events with the same source and target
 * country and CAMEO root, dated within a day of each other, with compatible codes (see
 * {@link io.casus.store.cluster.Clusterer}). The representative fields come from the member with the most specific
 * code (then the earliest date, then the smallest id); the counts follow GDELT's NumMentions, NumArticles and
 * NumSources.
 *
 * @param id             the id of the event that founded the cluster (its earliest member by date, then id)
 * @param cameoCode      representative CAMEO code
 * @param cameoRoot      CAMEO root shared by all members
 * @param quadClass      quad class of the root
 * @param goldstein      Goldstein score of the representative code
 * @param sourceCode     representative source actor code, or null
 * @param sourceCountry  source country shared by all members, or null
 * @param targetCode     representative target actor code, or null
 * @param targetCountry  target country shared by all members, or null
 * @param eventDate      the representative member's date
 * @param firstEventDate earliest member event date
 * @param lastEventDate  latest member event date
 * @param firstSeen      earliest time a member's article was stored
 * @param lastSeen       latest time a member's article was stored
 * @param mentions       member events (GDELT NumMentions)
 * @param articles       distinct articles among the members (NumArticles)
 * @param sources        distinct outlets among the members' articles (NumSources); an article without an outlet
 *                       counts as a source of its own
 */
public record Cluster(String id, String cameoCode, String cameoRoot, int quadClass, double goldstein,
                      String sourceCode, String sourceCountry, String targetCode, String targetCountry,
                      LocalDate eventDate, LocalDate firstEventDate, LocalDate lastEventDate, Instant firstSeen,
                      Instant lastSeen, int mentions, int articles, int sources) {
    public Cluster {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cameoCode, "cameoCode");
    }
}
