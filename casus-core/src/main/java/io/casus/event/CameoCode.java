package io.casus.event;

/**
 * One CAMEO event code of the codebook.
 *
 * @param code      "195", "0256"
 * @param root      "19"
 * @param name      short label
 * @param goldstein Goldstein score, -10 to 10
 * @param quadClass 1 to 4
 * @param plover    PLOVER event type
 */
public record CameoCode(String code, String root, String name, double goldstein, int quadClass, String plover) {}
