package io.casus.eval;

/** Counts and the measures from them. */
public record Score(int truePositives, int falsePositives, int gold, int falseEvents) {
    public double precision() {
        return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Score plus(Score o) {
        return new Score(truePositives + o.truePositives, falsePositives + o.falsePositives, gold + o.gold,
                falseEvents + o.falseEvents);
    }
}
