package io.casus.event;

import io.casus.lexicon.Tsv;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Every CAMEO event code with its Goldstein score, quad class and PLOVER type, from {@code cameo.tsv}. */
public final class Codebook {
    /** The 18 PLOVER event types of the PLOVER gold-standard records. */
    private static final Set<String> PLOVER = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
            "COERCE", "ASSAULT", "FIGHT");
    private static volatile Codebook standard;

    private final Map<String, CameoCode> codes = new LinkedHashMap<>();

    private Codebook() {
        for (Tsv.Row r : Tsv.resource("io/casus/cameo/cameo.tsv", 6)) {
            String code = r.get(0);
            if (!code.matches("\\d{2,4}") || !code.startsWith(r.get(1))) {
                throw r.error("code '" + code + "' is not 2-4 digits starting with its root " + r.get(1));
            }
            double g;
            int quad;
            try {
                g = Double.parseDouble(r.get(3));
                quad = Integer.parseInt(r.get(4));
            } catch (NumberFormatException e) {
                throw r.error("goldstein and quad must be numbers");
            }
            if (g < -10 || g > 10 || quad < 1 || quad > 4 || !PLOVER.contains(r.get(5))) {
                throw r.error("goldstein out of [-10, 10], quad out of 1-4 or unknown PLOVER type " + r.get(5));
            }
            if (codes.put(code, new CameoCode(code, r.get(1), r.get(2), g, quad, r.get(5))) != null) {
                throw r.error("duplicate code " + code);
            }
        }
    }

    public static Codebook standard() {
        Codebook c = standard;
        if (c == null) {
            synchronized (Codebook.class) {
                c = standard;
                if (c == null) {
                    c = new Codebook();
                    standard = c;
                }
            }
        }
        return c;
    }

    /** The code, or null when the codebook has no such code. */
    public CameoCode get(String code) {
        return codes.get(code);
    }

    public int size() {
        return codes.size();
    }
}
