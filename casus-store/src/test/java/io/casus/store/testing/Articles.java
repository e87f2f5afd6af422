package io.casus.store.testing;

import io.casus.event.CameoCode;
import io.casus.event.Codebook;
import io.casus.model.Actor;
import io.casus.model.AnnotatedArticle;
import io.casus.model.Article;
import io.casus.model.CodedArticle;
import io.casus.model.Event;
import io.casus.model.Mention;
import io.casus.model.MentionType;
import io.casus.model.Published;
import io.casus.model.Quote;
import io.casus.model.Sentence;
import io.casus.model.Speaker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds realistic coded articles by hand, as the coder would have produced them: paragraphs of sentences, and
 * events placed on a sentence with their actors found in it by name, so every offset is right by construction.
 */
public final class Articles {
    private final String id;
    private String title;
    private String outlet;
    private String url;
    private Published published = Published.ofDate(LocalDate.of(2024, 4, 14));
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    private Articles(String id) {
        this.id = id;
    }

    public static Articles article(String id) {
        return new Articles(id);
    }

    public Articles title(String t) {
        title = t;
        return this;
    }

    public Articles outlet(String o) {
        outlet = o;
        return this;
    }

    public Articles url(String u) {
        url = u;
        return this;
    }

    public Articles published(String day) {
        published = day == null ? null : Published.ofDate(LocalDate.parse(day));
        return this;
    }

    /** A paragraph of sentences; paragraphs are separated by a blank line, sentences by a space. */
    public Articles paragraph(String... ss) {
        if (text.length() > 0) {
            text.append("\n\n");
        }
        for (int i = 0; i < ss.length; i++) {
            if (i > 0) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(ss[i]);
            sentences.add(new Sentence(sentences.size(), begin, text.length(), ss[i], List.of(), List.of()));
        }
        return this;
    }

    /** A direct quote: the quoted words must occur in the sentence. */
    public Articles quote(int sentence, String words, String speakerName, String speakerCode) {
        Sentence s = sentences.get(sentence);
        int at = s.text().indexOf(words);
        int sp = s.text().indexOf(speakerName);
        if (at < 0 || sp < 0) {
            throw new IllegalArgumentException("quote or speaker not in sentence " + sentence);
        }
        Actor actor = speakerCode == null ? null : Actor.of(speakerCode, speakerName, null, Actor.Basis.DICTIONARY, 0.9);
        quotes.add(new Quote(sentence, s.begin() + at, s.begin() + at + words.length(), words, true,
                new Speaker(speakerName, s.begin() + sp, s.begin() + sp + speakerName.length(), speakerName,
                        speakerName, actor), "said", null, false));
        return this;
    }

    /** One event, described by the spec. */
    public Articles event(Consumer<EventSpec> spec) {
        EventSpec e = new EventSpec();
        spec.accept(e);
        Sentence s = sentences.get(e.sentence);
        CameoCode code = Codebook.standard().get(e.code);
        if (code == null) {
            throw new IllegalArgumentException("no CAMEO code " + e.code);
        }
        Event.EventActor src = party(s, e.sourceCode, e.sourceText);
        Event.EventActor tgt = party(s, e.targetCode, e.targetText);
        int t = s.text().indexOf(e.trigger);
        if (t < 0) {
            throw new IllegalArgumentException("trigger '" + e.trigger + "' not in sentence " + e.sentence);
        }
        Event.Location loc = e.place == null ? null : place(s, e.place, e.placeCountry);
        String eid = id + "-" + e.sentence + "-" + events.size();
        events.add(new Event(eid, s.index(), s.begin(), s.end(), s.text(),
                new Event.Trigger(e.trigger, s.begin() + t, s.begin() + t + e.trigger.length()), src, tgt, e.code,
                code.root(), code.goldstein(), code.quadClass(), code.plover(), e.date, e.precision, e.dateSource, loc,
                e.modality, e.attribution, e.confidence, "test " + e.code));
        return this;
    }

    private Event.EventActor party(Sentence s, String code, String words) {
        if (code == null) {
            return null;
        }
        int at = s.text().indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("actor '" + words + "' not in sentence " + s.index());
        }
        Actor a = Actor.of(code, words, null, Actor.Basis.DICTIONARY, 0.9);
        int begin = s.begin() + at;
        int end = begin + words.length();
        if (mentions.stream().noneMatch(m -> m.begin() == begin)) {
            mentions.add(new Mention(s.index(), 0, 1, 0, begin, end, words, MentionType.COUNTRY, a));
        }
        return new Event.EventActor(a, words, begin, end);
    }

    private static Event.Location place(Sentence s, String place, String country) {
        int at = s.text().indexOf(place);
        return new Event.Location(country, place, s.begin() + at, s.begin() + at + place.length());
    }

    public CodedArticle build() {
        String body = text.toString();
        Article a = new Article(id, title, published, outlet, null, List.of("test"), url, body, "test:" + id, List.of());
        mentions.sort(java.util.Comparator.comparingInt(Mention::begin));
        AnnotatedArticle an = new AnnotatedArticle(a, sentences, List.of(), "hand-built", List.of());
        return new CodedArticle(an, mentions, List.of(), quotes, events, List.of());
    }

    /** What an event says; defaults: sentence 0, asserted, day precision, dated from the text, confidence 0.8. */
    public static final class EventSpec {
        int sentence;
        String trigger;
        String sourceCode;
        String sourceText;
        String targetCode;
        String targetText;
        String code;
        String date;
        String precision = "day";
        String dateSource = "text";
        String place;
        String placeCountry;
        Event.Modality modality = Event.Modality.ASSERTED;
        Event.Attribution attribution;
        double confidence = 0.8;

        public EventSpec sentence(int s) {
            sentence = s;
            return this;
        }

        public EventSpec trigger(String t) {
            trigger = t;
            return this;
        }

        public EventSpec source(String code, String words) {
            sourceCode = code;
            sourceText = words;
            return this;
        }

        public EventSpec target(String code, String words) {
            targetCode = code;
            targetText = words;
            return this;
        }

        public EventSpec code(String c) {
            code = c;
            return this;
        }

        public EventSpec date(String d) {
            date = d;
            return this;
        }

        public EventSpec precision(String p) {
            precision = p;
            return this;
        }

        public EventSpec dateSource(String s) {
            dateSource = s;
            return this;
        }

        public EventSpec place(String words, String country) {
            place = words;
            placeCountry = country;
            return this;
        }

        public EventSpec modality(Event.Modality m) {
            modality = m;
            return this;
        }

        public EventSpec attribution(Event.Attribution a) {
            attribution = a;
            return this;
        }

        public EventSpec confidence(double c) {
            confidence = c;
            return this;
        }
    }
}
