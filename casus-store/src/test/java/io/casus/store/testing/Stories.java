package io.casus.store.testing;

import io.casus.model.Actor;
import io.casus.model.CodedArticle;
import io.casus.model.Event;

/**
 * A small realistic news day: two outlets report Iran's drone and missile attack on Israel of 13 April 2024, one of
 * them also reports Israel's warning, a third article covers Sudan's war, and one reports a denied (negated) event.
 */
public final class Stories {
    private Stories() {}

    /** Wire report: the attack (lead), the interception, and a threat of retaliation. */
    public static CodedArticle wire() {
        return Articles.article("wire-2024-04-14-iran-israel")
                .title("Iran launches drones and missiles at Israel in first direct attack")
                .outlet("Casus Wire").url("https://wire.example/2024/04/14/iran-israel-attack").published("2024-04-14")
                .paragraph("Iran launched more than 300 drones and missiles at Israel on Saturday night, in the first"
                        + " direct military attack by Tehran on Israeli territory.")
                .paragraph("Israel's military said 99 percent of the projectiles were intercepted with help from the"
                        + " United States and other allies.",
                        "Israeli officials warned that Israel would retaliate against Iran \"at a time of our choosing\".")
                .quote(2, "at a time of our choosing", "Israeli officials", "ISRGOV")
                .event(e -> e.sentence(0).trigger("launched").source("IRN", "Iran").target("ISR", "Israel")
                        .code("195").date("2024-04-13").place("Israeli territory", "ISR"))
                .event(e -> e.sentence(2).trigger("warned").source("ISRGOV", "Israeli officials").target("IRN", "Iran")
                        .code("138").date("2024-04-14").dateSource("publication")
                        .attribution(new Event.Attribution("Israeli officials",
                                Actor.of("ISRGOV", "Israeli officials", null, Actor.Basis.TITLE, 0.7), null, false)))
                .build();
    }

    /** Second outlet: the same attack, dated the next day in its time zone, coded less specifically. */
    public static CodedArticle daily() {
        return Articles.article("daily-2024-04-14-iran-strike")
                .title("Tehran strikes Israel with drones; most shot down")
                .outlet("Meridian Daily").url("https://daily.example/world/iran-strike").published("2024-04-14")
                .paragraph("Tehran attacked Israel with waves of drones and cruise missiles overnight, Israeli"
                        + " officials said on Sunday.")
                .paragraph("The Iranian drones crossed Iraq and Jordan before reaching Israel.")
                .event(e -> e.sentence(0).trigger("attacked").source("IRNGOV", "Tehran").target("ISR", "Israel")
                        .code("190").date("2024-04-14").dateSource("publication"))
                .event(e -> e.sentence(1).trigger("crossed").source("IRNMIL", "Iranian drones").target("ISR", "Israel")
                        .code("195").date("2024-04-14").dateSource("publication"))
                .build();
    }

    /** An unrelated story, with a negated event. */
    public static CodedArticle sudan() {
        return Articles.article("sudan-2024-04-16-ceasefire")
                .title("Sudan's army rejects ceasefire talks as fighting reaches El Fasher")
                .outlet("Casus Wire").url("https://wire.example/2024/04/16/sudan").published("2024-04-16")
                .paragraph("Sudan's army rejected a call by the United Nations for ceasefire talks on Tuesday.",
                        "The army did not attack the refugee camps, a spokesman said.")
                .event(e -> e.sentence(0).trigger("rejected").source("SDNMIL", "Sudan's army")
                        .target("IGOUNO", "the United Nations").code("125").date("2024-04-16"))
                .event(e -> e.sentence(1).trigger("attack").source("SDNMIL", "The army").code("190")
                        .date("2024-04-16").modality(Event.Modality.NEGATED))
                .build();
    }
}
