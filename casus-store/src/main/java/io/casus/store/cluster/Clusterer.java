package io.casus.store.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Assigns the clusterable events of one {@link ClusterRules.Block} to clusters, one day at a time.
 *
 * <h2>Algorithm</h2>
 * Days are processed in ascending order; within a day, events in ascending id order. When day {@code d} starts,
 * the open clusters are those founded on day {@code d-1} (older ones cannot take a day-{@code d} event without
 * spanning more than a day). Each event joins the first open cluster, in founding order, whose every member has a
 * compatible code ({@link ClusterRules#compatibleCodes}); clusters founded on {@code d-1} come before those founded
 * earlier on {@code d}. An event that joins none founds a new cluster, whose id is the event's id.
 *
 * <p>So every pair of members is compatible and at most a day apart (complete linkage), and the result depends
 * only on the events, never on the order they were stored in.
 *
 * <h2>Why it can be incremental</h2>
 * The assignment of day {@code d} depends only on day {@code d}'s events and on the clusters founded on
 * {@code d-1} with their day-{@code d-1} members. A store that adds or removes events on days {@code [lo, hi]}
 * therefore seeds a clusterer with the stored clusters founded on {@code lo-1} and replays days from {@code lo};
 * once past {@code hi}, the first day whose assignment equals the stored one (or that follows a day without events)
 * ends the replay, since everything after it is unchanged.
 *
 * <p>Not thread-safe: one instance per replay.
 */
public final class Clusterer {
    /**
     * One clusterable event.
     *
     * @param eventId event id
     * @param date    event date
     * @param code    CAMEO code
     */
    public record Member(String eventId, LocalDate date, String code) {
        public Member {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(code, "code");
        }
    }

    private static final Comparator<Member> BY_ID = Comparator.comparing(Member::eventId);

    /** A cluster being built: its founder's id and its members' codes. */
    private static final class Group {
        final String id;
        final List<String> codes = new ArrayList<>();

        Group(String id) {
            this.id = id;
        }

        boolean accepts(String code) {
            for (String c : codes) {
                if (!ClusterRules.compatibleCodes(c, code)) {
                    return false;
                }
            }
            return true;
        }
    }

    private List<Group> founded = List.of();
    private LocalDate day;

    private Clusterer() {}

    /** A clusterer that starts from nothing: for a block's first day, or a full recomputation. */
    public static Clusterer fresh() {
        return new Clusterer();
    }

    /**
     * A clusterer that resumes after {@code day}, from the stored state of that day.
     *
     * @param day     the day before the first day to replay
     * @param members the block's events on {@code day}
     * @param stored  each of those events' stored cluster id
     */
    public static Clusterer resume(LocalDate day, List<Member> members, Map<String, String> stored) {
        Clusterer c = new Clusterer();
        c.day = day;
        Map<String, Group> groups = new LinkedHashMap<>();
        List<Member> sorted = new ArrayList<>(members);
        sorted.sort(BY_ID);
        for (Member m : sorted) {
            if (!m.date().equals(day)) {
                throw new IllegalArgumentException("event " + m.eventId() + " is dated " + m.date() + ", not " + day);
            }
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        sorted.forEach(m -> ids.add(m.eventId()));
        for (Member m : sorted) {
            String cluster = stored.get(m.eventId());
            if (cluster != null && ids.contains(cluster)) {
                groups.computeIfAbsent(cluster, Group::new).codes.add(m.code());
            }
        }
        List<Group> order = new ArrayList<>(groups.values());
        order.sort(Comparator.comparing(g -> g.id));
        c.founded = order;
        return c;
    }

    /**
     * Assigns one day's events.
     *
     * @param date   the day, after every day given before
     * @param events that day's events of the block
     * @return event id to cluster id, for every event given
     */
    public Map<String, String> next(LocalDate date, List<Member> events) {
        if (day != null && !date.isAfter(day)) {
            throw new IllegalArgumentException("days must ascend: " + date + " after " + day);
        }
        List<Group> open = day != null && date.equals(day.plusDays(1)) ? founded : List.of();
        List<Group> fresh = new ArrayList<>();
        List<Member> sorted = new ArrayList<>(events);
        sorted.sort(BY_ID);
        Map<String, String> out = new LinkedHashMap<>();
        for (Member e : sorted) {
            if (!e.date().equals(date)) {
                throw new IllegalArgumentException("event " + e.eventId() + " is dated " + e.date() + ", not " + date);
            }
            Group g = first(open, e.code());
            if (g == null) {
                g = first(fresh, e.code());
            }
            if (g == null) {
                g = new Group(e.eventId());
                fresh.add(g);
            }
            g.codes.add(e.code());
            out.put(e.eventId(), g.id);
        }
        founded = fresh;
        day = date;
        return out;
    }

    /** The clusters of a whole block from scratch: event id to cluster id. */
    public static Map<String, String> assignAll(List<Member> members) {
        Map<LocalDate, List<Member>> byDay = new java.util.TreeMap<>();
        for (Member m : members) {
            byDay.computeIfAbsent(m.date(), d -> new ArrayList<>()).add(m);
        }
        Clusterer c = fresh();
        Map<String, String> out = new LinkedHashMap<>();
        byDay.forEach((d, ms) -> out.putAll(c.next(d, ms)));
        return out;
    }

    private static Group first(List<Group> groups, String code) {
        for (Group g : groups) {
            if (g.accepts(code)) {
                return g;
            }
        }
        return null;
    }
}
