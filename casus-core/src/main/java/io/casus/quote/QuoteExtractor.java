package io.casus.quote;

import io.casus.lexicon.Lexicons;
import io.casus.lexicon.Outlet;
import io.casus.model.AnnotatedArticle;
import io.casus.model.DependencyTree;
import io.casus.model.EntityMention;
import io.casus.model.Quote;
import io.casus.model.Sentence;
import io.casus.model.Speaker;
import io.casus.model.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Extracts direct quotes and reported speech with their speakers.
 *
 * <p>Direct quotes are found by pairing quotation marks in the text; their speaker is the subject of the outermost
 * verb of saying in the sentence that ends the quote (or the one that starts it), outside the quote itself: in
 * "An official said Blinken emphasized that ... 'his message was ...'" the official is the speaker. Indirect speech
 * is a verb of saying with a clausal complement ("said that ..."), a reporting clause set off from its content
 * ("..., Axios reported"), or "according to X". An outlet that is told something or that something is according to
 * is the {@code via}; an unnamed speaker ("a U.S. official") is {@code anonymous}. Speakers named by surname or
 * pronoun get the full name of the person mentioned before. Thread-safe.
 */
public final class QuoteExtractor {
    private static final int MIN_QUOTE_WORDS = 4;
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");

    private final Lexicons lexicons;

    public QuoteExtractor(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** A reporting verb and who is behind it. */
    private record Attribution(Speaker speaker, String cue, String via, boolean anonymous) {}

    public List<Quote> extract(AnnotatedArticle article) {
        String text = article.article().text();
        List<Sentence> sentences = article.sentences();
        List<Quote> quotes = new ArrayList<>();
        List<int[]> directSpans = quotationSpans(text);
        String lastVia = null;
        Quote previous = null;
        for (int[] span : directSpans) {
            int b = span[0];
            while (b < span[1] && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            int e = trimEnd(text, b, span[1]);
            if (e - b < 2 || wordCount(text, b, e) < MIN_QUOTE_WORDS) {
                continue;
            }
            Sentence endS = sentenceAt(sentences, span[1] - 1);
            Sentence startS = sentenceAt(sentences, b);
            Attribution a = null;
            if (endS != null) {
                a = attribute(article, endS, span[0] - 1, span[1] + 1);
            }
            if (a == null && startS != null && startS != endS) {
                a = attribute(article, startS, span[0] - 1, span[1] + 1);
            }
            if (a == null && previous != null && previous.speaker() != null && !text.substring(previous.end(), b).contains("\n\n")) {
                // a quote that runs on in the same paragraph without its own attribution continues the last speaker's
                a = new Attribution(previous.speaker(), previous.cue(), previous.via(), previous.anonymous());
            }
            String via = a == null ? null : a.via;
            if (a != null && via == null && a.anonymous) {
                // an unnamed source without an outlet of its own speaks through the outlet the article reports from
                via = lastVia;
            }
            if (via != null) {
                lastVia = via;
            }
            int sentence = startS == null ? 0 : startS.index();
            previous = new Quote(sentence, b, e, text.substring(b, e), true, a == null ? null : a.speaker,
                    a == null ? null : a.cue, via, a != null && a.anonymous);
            quotes.add(previous);
        }
        transcript(article, directSpans, quotes);
        for (Sentence s : sentences) {
            indirect(article, s, directSpans, quotes);
        }
        quotes.sort(Comparator.comparingInt(Quote::begin));
        return quotes;
    }

    // ---- direct quotes ----

    /** Pairs of quotation marks, as content spans: curly quotes pair as open/close, straight quotes alternate. */
    static List<int[]> quotationSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        char openChar = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n' && open >= 0) {
                // a paragraph break closes an unclosed quote only when the next paragraph does not reopen it
                int next = i + 2;
                if (next < text.length() && (text.charAt(next) == '"' || text.charAt(next) == '\u201C')) {
                    spans.add(new int[] {open, i});
                    open = -1;
                    i = next;
                    open = next + 1;
                    openChar = text.charAt(next);
                    continue;
                }
                open = -1;
            }
            if (open < 0 && (c == '\u201C' || c == '"')) {
                open = i + 1;
                openChar = c;
            } else if (open >= 0 && (c == '\u201D' && openChar == '\u201C' || c == '"' && openChar == '"')) {
                spans.add(new int[] {open, i});
                open = -1;
            }
        }
        return spans;
    }

    private static int trimEnd(String text, int b, int e) {
        while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        return e;
    }

    private static int wordCount(String text, int b, int e) {
        String s = text.substring(b, e).trim();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.begin() && offset < s.end()) {
                return s;
            }
        }
        return null;
    }

    /**
     * The attribution of a quote spanning characters {@code [qBegin, qEnd)} (quotation marks included) from the
     * sentence: the outermost verb of saying outside the quote.
     */
    private Attribution attribute(AnnotatedArticle article, Sentence s, int qBegin, int qEnd) {
        DependencyTree t = DependencyTree.of(s);
        int best = -1;
        int bestDepth = Integer.MAX_VALUE;
        for (Token tok : s.tokens()) {
            if (tok.begin() >= qBegin && tok.end() <= qEnd || !tok.isVerb() || !lexicons.isSpeechVerb(tok.lemma())) {
                continue;
            }
            int depth = depth(t, tok.index());
            if (depth < bestDepth) {
                best = tok.index();
                bestDepth = depth;
            }
        }
        if (best >= 0) {
            int subject = subjectOf(t, best, qBegin, qEnd);
            if (subject >= 0 && !(t.token(subject).begin() >= qBegin && t.token(subject).end() <= qEnd)) {
                return attribution(article, t, subject, s.textOf(best, best + 1), viaOf(t, best), qBegin, qEnd);
            }
        }
        int accordingTo = accordingTo(t);
        if (accordingTo >= 0) {
            if (outlet(t, accordingTo) == null) {
                return attribution(article, t, accordingTo, "according to", null, qBegin, qEnd);
            }
        }
        return null;
    }

    private static int depth(DependencyTree t, int i) {
        int d = 0;
        for (int at = i; at >= 0 && d <= t.size(); at = t.governor(at)) {
            d++;
        }
        return d;
    }

    /**
     * The subject of a verb of saying, outside the quote spanning characters {@code [qBegin, qEnd)}: its own subject,
     * the passive subject of "X is said to have told", or for a verb in an open complement ("went on to say") the
     * subject of the verb that controls it. A dateline parsed as the subject ("YEREVAN, March 14 - Armenia said")
     * gives way to the name in apposition to it.
     */
    private static int subjectOf(DependencyTree t, int verb, int qBegin, int qEnd) {
        for (int at = verb, steps = 0; at >= 0 && steps < 4; at = t.governor(at), steps++) {
            for (int c : t.children(at)) {
                Token tok = t.token(c);
                if (SUBJECTS.contains(t.relation(c)) && !tok.pos().equals("EX") && !(tok.begin() >= qBegin && tok.end() <= qEnd)) {
                    return isDateline(tok) && !t.children(c, "appos").isEmpty() ? t.children(c, "appos").get(0) : c;
                }
            }
            if (!t.baseRelation(at).equals("xcomp")) {
                break;
            }
        }
        return -1;
    }

    private static boolean isDateline(Token t) {
        String w = t.text();
        return w.length() >= 3 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().filter(Character::isLetter).count() >= 3
                && t.begin() < 40;
    }

    /** An outlet the verb's content goes to or comes from: "told Axios", "said to Axios", "according to IRNA". */
    private String viaOf(DependencyTree t, int verb) {
        for (int c : t.children(verb)) {
            String rel = t.relation(c);
            if (rel.equals("obj") || rel.equals("iobj") || rel.startsWith("obl")) {
                Outlet o = outlet(t, c);
                if (o != null) {
                    return t.sentence().textOf(nameBegin(t, c), c + 1);
                }
            }
        }
        int acc = accordingTo(t);
        if (acc >= 0 && outlet(t, acc) != null) {
            return t.sentence().textOf(nameBegin(t, acc), acc + 1);
        }
        return null;
    }

    /** The head of X in "according to X", or -1. */
    private static int accordingTo(DependencyTree t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.token(i).text().equalsIgnoreCase("according") && t.token(i + 1).text().equalsIgnoreCase("to")) {
                int g = t.governor(i);
                if (g >= 0 && g > i) {
                    return g;
                }
                // unparsed or odd attachment: the first noun after "according to"
                for (int k = i + 2; k < t.size(); k++) {
                    if (t.token(k).isNoun() && (k + 1 >= t.size() || !t.token(k + 1).isNoun())) {
                        return k;
                    }
                }
            }
        }
        return -1;
    }

    /** The outlet a noun (with its compound name parts) names, or null. */
    private Outlet outlet(DependencyTree t, int head) {
        return lexicons.outlets().get(t.sentence().textOf(nameBegin(t, head), head + 1));
    }

    /** First token of a name ending at {@code head}: its compound and flat parts to the left. */
    private static int nameBegin(DependencyTree t, int head) {
        int b = head;
        while (b > 0 && t.token(b - 1).isProperNoun() && t.token(head).isProperNoun()) {
            b--;
        }
        return b;
    }

    private Attribution attribution(AnnotatedArticle article, DependencyTree t, int head, String cue, String via,
                                    int qBegin, int qEnd) {
        Sentence s = t.sentence();
        int b = t.parsed() ? phraseBegin(t, head) : nameBegin(t, head);
        int e = t.parsed() ? t.subtreeEnd(head) : head + 1;
        // the speaker phrase never reaches into the quote or past a comma that ends the subject
        while (b < head && (t.token(b).begin() < qEnd && t.token(b).end() > qBegin || isPunct(t.token(b)))) {
            b++;
        }
        for (int k = head + 1; k < e; k++) {
            if (t.token(k).begin() >= qBegin && t.token(k).end() <= qEnd || t.token(k).text().equals(",")) {
                e = k;
                break;
            }
        }
        while (e - 1 > head && isPunct(t.token(e - 1))) {
            e--;
        }
        Token headTok = t.token(head);
        String phrase = s.textOf(b, e);
        String name = fullName(article, s, b, e, headTok);
        boolean named = hasPerson(article, s, b, e) || PRONOUNS.contains(headTok.text().toLowerCase(Locale.ROOT));
        boolean anonymous = !named && lexicons.isAnonymousHead(headTok.text().toLowerCase(Locale.ROOT));
        Outlet speakerOutlet = outlet(t, head);
        if (speakerOutlet != null && via == null) {
            via = s.textOf(nameBegin(t, head), head + 1);
        }
        Speaker speaker = new Speaker(phrase, t.token(b).begin(), t.token(e - 1).end(), headTok.text(), name);
        return new Attribution(speaker, cue, via, anonymous);
    }

    /** The first token of the noun phrase headed by {@code head}, leaving out its preposition ("according to"). */
    private static int phraseBegin(DependencyTree t, int head) {
        int b = head;
        for (int c : t.children(head)) {
            String rel = t.baseRelation(c);
            if (c < head && !Set.of("case", "punct", "cc", "mark", "dep").contains(rel)) {
                b = Math.min(b, t.subtreeBegin(c));
            }
        }
        return b;
    }

    private static boolean isPunct(Token t) {
        return t.pos().equals(",") || t.pos().equals(".") || t.pos().equals(":") || t.pos().equals("``") || t.pos().equals("''");
    }

    private static boolean hasPerson(AnnotatedArticle a, Sentence s, int b, int e) {
        for (EntityMention m : a.entities()) {
            if (m.sentence() == s.index() && m.tokenBegin() >= b && m.tokenEnd() <= e && m.nerTag().equals("PERSON")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The fullest name for the speaker: the person named in the phrase, extended to the longest earlier person
     * mention ending in the same surname ("Blinken" gives "Antony Blinken"); a pronoun gives the last person named
     * before it; a phrase without a person is its own name.
     */
    private static String fullName(AnnotatedArticle a, Sentence s, int b, int e, Token head) {
        EntityMention person = null;
        for (EntityMention m : a.entities()) {
            if (m.sentence() == s.index() && m.tokenBegin() >= b && m.tokenEnd() <= e && m.nerTag().equals("PERSON")) {
                person = m;
            }
        }
        if (person == null && PRONOUNS.contains(head.text().toLowerCase(Locale.ROOT))) {
            EntityMention last = null;
            for (EntityMention m : a.entities()) {
                if (m.nerTag().equals("PERSON") && m.end() <= head.begin()) {
                    last = m;
                }
            }
            person = last;
        }
        String surname = person != null ? lastWord(person.text()) : head.isProperNoun() ? head.text() : null;
        if (surname == null) {
            return s.textOf(b, e);
        }
        // NER sometimes misses a bare surname it tagged in full before: the head word then stands for the person
        String best = person != null ? person.text() : s.textOf(b, e);
        int before = person != null ? person.begin() : head.begin();
        for (EntityMention m : a.entities()) {
            if (m.nerTag().equals("PERSON") && m.begin() <= before && lastWord(m.text()).equals(surname)
                    && m.text().length() > best.length()) {
                best = m.text();
            }
        }
        return best;
    }

    private static String lastWord(String s) {
        String[] w = s.trim().split("\\s+");
        return w[w.length - 1];
    }

    // ---- interview transcripts ----

    private static final java.util.regex.Pattern TRANSCRIPT =
            java.util.regex.Pattern.compile("(?m)^([A-Z][A-Z.'\\-]+(?: [A-Z][A-Z.'\\-]+){0,3}):[ \\t]+(\\S.*)$");

    /**
     * Interview transcripts: a paragraph opening with a speaker's name in capitals and a colon ("WALLACE: Do you ...")
     * is that speaker's words; the name is matched to a person of the article by surname.
     */
    private void transcript(AnnotatedArticle article, List<int[]> directSpans, List<Quote> out) {
        String text = article.article().text();
        java.util.regex.Matcher m = TRANSCRIPT.matcher(text);
        while (m.find()) {
            int b = m.start(2);
            int e = trimEnd(text, b, m.end(2));
            if (wordCount(text, b, e) < MIN_QUOTE_WORDS || insideDirect(b, e, directSpans) || lexicons.countryNames().get(m.group(1)) != null) {
                continue;
            }
            String label = m.group(1);
            int labelStart = m.start(1);
            if (article.entities().stream().anyMatch(x -> x.begin() == labelStart && !x.nerTag().equals("PERSON"))) {
                // a dateline ("LYON: Interpol said ..."), not a speaker
                continue;
            }
            String surname = lastWord(label);
            String name = label;
            for (EntityMention p : article.entities()) {
                if (p.nerTag().equals("PERSON") && lastWord(p.text()).equalsIgnoreCase(surname) && p.text().length() > name.length()) {
                    name = p.text();
                }
            }
            Sentence s = sentenceAt(article.sentences(), b);
            Speaker speaker = new Speaker(label, m.start(1), m.end(1), surname, name);
            out.add(new Quote(s == null ? 0 : s.index(), b, e, text.substring(b, e), true, speaker, ":", null, false));
        }
    }

    // ---- indirect speech ----

    private void indirect(AnnotatedArticle article, Sentence s, List<int[]> directSpans, List<Quote> out) {
        DependencyTree t = DependencyTree.of(s);
        if (!t.parsed()) {
            return;
        }
        boolean according = false;
        int trailingComma = trailingReport(t);
        for (Token tok : s.tokens()) {
            int v = tok.index();
            if (!tok.isVerb() || !lexicons.isSpeechVerb(tok.lemma())) {
                continue;
            }
            int content = -1;
            for (int c : t.children(v)) {
                String rel = t.baseRelation(c);
                // a misparsed complement often hangs from the verb as a bare "dep"
                if (rel.equals("ccomp") || rel.equals("dep") && c > v && t.token(c).isVerb() && content < 0) {
                    content = c;
                }
            }
            int cBegin;
            int cEnd;
            if (trailingComma >= 0 && v > trailingComma) {
                // "..., an attendee said to Axios": the content is everything before the reporting clause
                cBegin = 0;
                cEnd = trailingComma;
            } else if (content >= 0) {
                cBegin = t.subtreeBegin(content);
                cEnd = t.subtreeEnd(content);
                if (trailingComma >= 0 && trailingComma > cBegin && trailingComma < cEnd) {
                    cEnd = trailingComma;
                }
                while (cBegin < cEnd && (t.relation(cBegin).equals("mark") || t.token(cBegin).text().equalsIgnoreCase("that"))) {
                    cBegin++;
                }
            } else if (t.relation(v).equals("parataxis") && t.governor(v) >= 0 && v > t.governor(v)) {
                // "..., Axios reported, ...": the content is the governing clause before the reporting clause
                int g = t.governor(v);
                cBegin = t.subtreeBegin(g);
                cEnd = t.subtreeBegin(v);
            } else {
                continue;
            }
            while (cEnd > cBegin && isPunct(t.token(cEnd - 1))) {
                cEnd--;
            }
            if (cEnd <= cBegin || insideDirect(t.token(cBegin).begin(), t.token(cEnd - 1).end(), directSpans)) {
                continue;
            }
            int subject = subjectOf(t, v, -1, -1);
            if (subject < 0 || subject >= cBegin && subject < cEnd) {
                continue;
            }
            Attribution a = attribution(article, t, subject, tok.text(), viaOf(t, v), -1, -1);
            according |= accordingTo(t) >= 0;
            out.add(quote(s, t, cBegin, cEnd, a));
        }
        int acc = accordingTo(t);
        if (acc >= 0 && !according && outlet(t, acc) == null) {
            // "According to three people who attended, X did Y": the whole clause is reported by X
            int root = -1;
            for (int i = 0; i < t.size(); i++) {
                if (t.governor(i) == -1) {
                    root = i;
                }
            }
            if (root >= 0 && !t.dominates(acc, root)) {
                int cBegin = t.subtreeEnd(acc);
                while (cBegin < t.size() && isPunct(t.token(cBegin))) {
                    cBegin++;
                }
                int cEnd = t.subtreeEnd(root);
                while (cEnd > cBegin && isPunct(t.token(cEnd - 1))) {
                    cEnd--;
                }
                if (cEnd > cBegin && acc < cBegin && !insideDirect(t.token(cBegin).begin(), t.token(cEnd - 1).end(), directSpans)) {
                    Attribution a = attribution(article, t, acc, "according to", null, -1, -1);
                    out.add(quote(s, t, cBegin, cEnd, a));
                }
            }
        }
    }

    /**
     * The comma that opens a reporting clause closing the sentence ("..., an attendee said to Axios."), or -1.
     * Found by position, not attachment, because the parser often hangs such clauses anywhere.
     */
    private int trailingReport(DependencyTree t) {
        int n = t.size();
        int end = n;
        while (end > 0 && isPunct(t.token(end - 1))) {
            end--;
        }
        for (int v = end - 1; v > 0 && v >= end - 4; v--) {
            if (!t.token(v).isVerb() || !lexicons.isSpeechVerb(t.token(v).lemma())) {
                continue;
            }
            int subject = subjectOf(t, v, -1, -1);
            if (subject < 0 || subject > v) {
                return -1;
            }
            int b = phraseBegin(t, subject);
            return b > 1 && t.token(b - 1).text().equals(",") ? b - 1 : -1;
        }
        return -1;
    }

    private static Quote quote(Sentence s, DependencyTree t, int cBegin, int cEnd, Attribution a) {
        int b = t.token(cBegin).begin();
        int e = t.token(cEnd - 1).end();
        return new Quote(s.index(), b, e, s.textOf(cBegin, cEnd), false, a.speaker, a.cue, a.via, a.anonymous);
    }

    private static boolean insideDirect(int b, int e, List<int[]> spans) {
        for (int[] sp : spans) {
            if (b < sp[1] && e > sp[0]) {
                return true;
            }
        }
        return false;
    }
}
