package io.casus.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The bundled lexicons, loaded and validated once: countries (names, adjectives, capitals), places within countries,
 * news outlets, speech verbs, nouns that head anonymous sources and nouns that head nominal actors.
 */
public final class Lexicons {
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static volatile Lexicons standard;

    private final Map<String, Country> countriesByCode = new HashMap<>();
    private final Gazetteer<Country> countryNames = new Gazetteer<>();
    private final Gazetteer<Country> adjectives = new Gazetteer<>();
    private final Gazetteer<Outlet> outlets = new Gazetteer<>();
    private final Map<String, String> speechVerbs = new HashMap<>();
    private final Map<String, String> anonymousHeads = new HashMap<>();
    private final Map<String, String> actorNouns = new HashMap<>();
    private final Map<String, String> partyNouns = new HashMap<>();
    private final Map<String, String> cameoCodes = new HashMap<>();
    private final Map<String, String> places = new HashMap<>();
    private final Set<String> regions = new java.util.HashSet<>();
    private final Gazetteer<String> placeNames = new Gazetteer<>();

    private Lexicons() {
        for (Tsv.Row r : Tsv.resource(Lexicons.class, "countries.tsv", 6)) {
            if (!CODE.matcher(r.get(0)).matches()) {
                throw r.error("country code '" + r.get(0) + "' is not three capital letters");
            }
            Country c = new Country(r.get(0), r.get(1), r.list(2), r.list(3), r.list(4), r.get(5));
            if (c.names().isEmpty()) {
                throw r.error("country " + c.code() + " has no name");
            }
            if (countriesByCode.put(c.code(), c) != null) {
                throw r.error("duplicate country code " + c.code());
            }
            addAll(countryNames, c.names(), c, r);
            addAll(adjectives, c.adjectives(), c, r);
        }
        for (Tsv.Row r : Tsv.resource(Lexicons.class, "places.tsv", 3)) {
            if (!countriesByCode.containsKey(r.get(1)) || !Set.of("city", "region", "territory").contains(r.get(2))) {
                throw r.error("expected a known country code and city, region or territory");
            }
            if (places.put(r.get(0), r.get(1)) != null) {
                throw r.error("duplicate place '" + r.get(0) + "'");
            }
            if (!r.get(2).equals("city")) {
                regions.add(r.get(0));
            }
            addAll(placeNames, List.of(r.get(0)), r.get(1), r);
        }
        for (Country c : countriesByCode.values()) {
            for (String capital : c.capitals()) {
                if (placeNames.get(capital) == null) {
                    placeNames.add(capital, c.code()); // capitals the recogniser missed ("a request from Kyiv")
                }
            }
        }
        for (Tsv.Row r : Tsv.resource(Lexicons.class, "outlets.tsv", 3)) {
            Outlet o = new Outlet(r.list(0), r.get(1), r.get(2));
            addAll(outlets, o.names(), o, r);
        }
        load("speech-verbs.tsv", speechVerbs);
        load("anonymous-sources.tsv", anonymousHeads);
        load("actor-nouns.tsv", actorNouns);
        load("party-nouns.tsv", partyNouns);
        for (Tsv.Row r : Tsv.resource(Lexicons.class, "cameo-codes.tsv", 3)) {
            if (!CODE.matcher(r.get(0)).matches() || !Set.of("region", "international", "sector").contains(r.get(1))) {
                throw r.error("expected a three-letter code and region, international or sector");
            }
            if (cameoCodes.put(r.get(0), r.get(1)) != null) {
                throw r.error("duplicate code " + r.get(0));
            }
        }
    }

    /** The bundled lexicons. */
    public static Lexicons standard() {
        Lexicons l = standard;
        if (l == null) {
            synchronized (Lexicons.class) {
                l = standard;
                if (l == null) {
                    l = new Lexicons();
                    standard = l;
                }
            }
        }
        return l;
    }

    private static <T> void addAll(Gazetteer<T> g, List<String> phrases, T value, Tsv.Row r) {
        for (String p : phrases) {
            try {
                g.add(p, value);
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
        }
    }

    private static void load(String file, Map<String, String> into) {
        for (Tsv.Row r : Tsv.resource(Lexicons.class, file, 2)) {
            if (into.put(r.get(0), r.get(1)) != null) {
                throw r.error("duplicate entry '" + r.get(0) + "'");
            }
        }
    }

    public Country country(String code) {
        return countriesByCode.get(code);
    }

    /** The places within countries (places.tsv), to find the ones named entity recognition missed ("Sagaing"). */
    public Gazetteer<String> placeNames() {
        return placeNames;
    }

    public Gazetteer<Country> countryNames() {
        return countryNames;
    }

    public Gazetteer<Country> adjectives() {
        return adjectives;
    }

    public Gazetteer<Outlet> outlets() {
        return outlets;
    }

    /**
     * The country a place name stands for: a country's own name, a capital ("Kyiv"), or a city, region or territory
     * ("Aleppo"); a leading "the" is ignored. Null when the lexicons do not know it.
     */
    public String countryOfPlace(String name) {
        int comma = name.lastIndexOf(", ");
        String within = comma < 0 ? null : countryOfPlace(name.substring(comma + 2));
        if (within != null) {
            return within; // "Derry, N.H.", "Paris, Texas": the place is where its qualifier says
        }
        String p = name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
        Country c = countryNames.get(p);
        if (c != null) {
            return c.code();
        }
        for (Country k : countriesByCode.values()) {
            if (k.capitals().contains(p)) {
                return k.code();
            }
        }
        String place = places.get(p);
        // "Balochistan province", "Sagaing region", "Eastern Ukraine": the place named with its kind or its quarter
        String bare = KIND.matcher(QUARTER.matcher(p).replaceFirst("")).replaceFirst("");
        return place != null || bare.equals(p) || bare.isEmpty() ? place : countryOfPlace(bare);
    }

    private static final java.util.regex.Pattern KIND = java.util.regex.Pattern.compile(
            "(?i)\\s+(province|region|state|governorate|district|oblast|county|prefecture)$");
    private static final java.util.regex.Pattern QUARTER = java.util.regex.Pattern.compile(
            "^(?i)(north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(ern)?\\s+");

    /** Whether a name is a known region or territory within a country ("Texas", "N.H.", "Donetsk Oblast"), not a city. */
    public boolean isRegion(String name) {
        return regions.contains(name);
    }

    /** The country a city, region or territory of that name lies in ("Aleppo" gives SYR), or null. */
    public String placeCountry(String name) {
        return places.get(name);
    }

    /** Whether a lemma is a verb of saying or reporting ("say", "tell", "report"). */
    public boolean isSpeechVerb(String lemma) {
        return speechVerbs.containsKey(lemma);
    }

    /** Whether a verb reports what is said without an addressee ("say", "announce", "report"; not "tell"). */
    public boolean isReportingVerb(String lemma) {
        String kind = speechVerbs.get(lemma);
        return kind != null && !kind.equals("tell");
    }

    /** Whether a noun heads anonymous-source phrases ("official", "people", "source"). */
    public boolean isAnonymousHead(String word) {
        return anonymousHeads.containsKey(word);
    }

    /** The sector a noun suggests when it heads an actor phrase ("police" gives COP), or null. */
    public String actorNounSector(String word) {
        return actorNouns.get(word);
    }

    /** Whether a common noun names a party of no stated kind: "the group", "the two sides" (party-nouns.tsv). */
    public boolean isPartyNoun(String word) {
        return partyNouns.containsKey(word);
    }

    /** Whether a three-letter code is a CAMEO role (sector) code such as GOV or MIL. */
    public boolean isSector(String code) {
        return "sector".equals(cameoCodes.get(code));
    }

    /** Whether a three-letter code can start an actor code: a country, a region or a generic international code. */
    public boolean isActorRoot(String code) {
        return countriesByCode.containsKey(code) || "region".equals(cameoCodes.get(code))
                || "international".equals(cameoCodes.get(code));
    }

    public Set<String> countryCodes() {
        return Set.copyOf(countriesByCode.keySet());
    }
}
