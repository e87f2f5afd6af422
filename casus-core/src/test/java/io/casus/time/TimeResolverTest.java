package io.casus.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casus.model.Sentence;
import io.casus.model.TimeExpression;
import io.casus.testing.Parses;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeResolverTest {
    /** A Tuesday. */
    private static final LocalDate TUESDAY = LocalDate.of(2024, 4, 16);
    private final TimeResolver resolver = TimeResolver.standard();

    private List<TimeExpression> resolve(Sentence s, LocalDate ref) {
        return resolver.resolve(s, ref);
    }

    private static String summary(List<TimeExpression> times) {
        return times.stream().map(t -> t.text() + "=" + t.value()).collect(Collectors.joining("; "));
    }

    @Test
    void pastWeekdayResolvesToTheLastSuchDayBeforePublication() {
        Sentence s = Parses.sentence("Iran/NNP on/IN Saturday/NNP launched/VBD drones/NNS ./.",
                "nsubj(launched-4, Iran-1)", "case(Saturday-3, on-2)", "nmod(Iran-1, Saturday-3)",
                "root(ROOT-0, launched-4)", "obj(launched-4, drones-5)", "punct(launched-4, .-6)");
        assertEquals("Saturday=2024-04-13", summary(resolve(s, TUESDAY)));
    }

    @Test
    void weekdayOfThePublicationDayIsThatDay() {
        Sentence s = Parses.sentence("Blinken/NNP spoke/VBD on/IN Tuesday/NNP",
                "nsubj(spoke-2, Blinken-1)", "root(ROOT-0, spoke-2)", "case(Tuesday-4, on-3)", "obl(spoke-2, Tuesday-4)");
        assertEquals("Tuesday=2024-04-16", summary(resolve(s, TUESDAY)));
    }

    @Test
    void futureWeekdayResolvesForwardFromTheAuxiliary() {
        Sentence s = Parses.sentence("Ministers/NNS will/MD meet/VB on/IN Friday/NNP",
                "nsubj(meet-3, Ministers-1)", "aux(meet-3, will-2)", "root(ROOT-0, meet-3)",
                "case(Friday-5, on-4)", "obl(meet-3, Friday-5)");
        assertEquals("Friday=2024-04-19", summary(resolve(s, TUESDAY)));
    }

    @Test
    void presentTenseScheduleIsFuture() {
        Sentence s = Parses.sentence("Talks/NNS resume/VBP on/IN Monday/NNP",
                "nsubj(resume-2, Talks-1)", "root(ROOT-0, resume-2)", "case(Monday-4, on-3)", "obl(resume-2, Monday-4)");
        assertEquals("Monday=2024-04-22", summary(resolve(s, TUESDAY)));
    }

    @Test
    void withoutAParseAWillBeforeTheWeekdayMakesItFuture() {
        assertEquals("Thursday=2024-04-18",
                summary(resolve(Parses.sentence("The/DT envoy/NN will/MD arrive/VB Thursday/NNP"), TUESDAY)));
        assertEquals("Thursday=2024-04-11",
                summary(resolve(Parses.sentence("The/DT envoy/NN arrived/VBD Thursday/NNP"), TUESDAY)));
    }

    @Test
    void lastAndNextSkipAWeekOnTheSameWeekday() {
        assertEquals("last Tuesday=2024-04-09", summary(resolve(Parses.sentence("It/PRP happened/VBD last/JJ Tuesday/NNP"), TUESDAY)));
        assertEquals("next Tuesday=2024-04-23", summary(resolve(Parses.sentence("It/PRP happens/VBZ next/JJ Tuesday/NNP"), TUESDAY)));
    }

    @Test
    void dayPartsStayOnTheirDay() {
        Sentence s = Parses.sentence("Sirens/NNS sounded/VBD on/IN Sunday/NNP night/NN",
                "nsubj(sounded-2, Sirens-1)", "root(ROOT-0, sounded-2)", "case(night-5, on-3)",
                "compound(night-5, Sunday-4)", "obl(sounded-2, night-5)");
        assertEquals("Sunday night=2024-04-14TNI", summary(resolve(s, TUESDAY)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the/DT killing/NN on/IN April/NNP 1/CD                    | April 1=2024-04-01",
        "talks/NNS on/IN April/NNP 16/CD ,/, 2024/CD                | April 16 , 2024=2024-04-16",
        "signed/VBD on/IN 16/CD April/NNP 2023/CD                   | 16 April 2023=2023-04-16",
        "the/DT vote/NN on/IN 3/CD March/NNP                        | 3 March=2024-03-03",
        "fighting/NN since/IN March/NNP 2023/CD                     | March 2023=2023-03",
        "the/DT revolution/NN in/IN 1979/CD                         | 1979=1979",
        "the/DT 2024/CD elections/NNS                               | 2024=2024",
        "wars/NNS of/IN the/DT 1990s/NNS                            | 1990s=199X",
        "he/PRP left/VBD yesterday/NN                               | yesterday=2024-04-15",
        "she/PRP spoke/VBD today/NN                                 | today=2024-04-16",
        "they/PRP met/VBD last/JJ week/NN                           | last week=2024-W15",
        "they/PRP met/VBD earlier/RBR this/DT month/NN               | earlier this month=2024-04",
        "elections/NNS are/VBP due/JJ next/JJ year/NN               | next year=2025",
        "the/DT deal/NN collapsed/VBD last/JJ month/NN              | last month=2024-03",
        "the/DT envoy/NN arrived/VBD three/CD days/NNS ago/RB       | three days ago=2024-04-13",
        "the/DT siege/NN lasted/VBD for/IN two/CD weeks/NNS         | two weeks=P2W",
        "over/IN the/DT weekend/NN ,/, rebels/NNS attacked/VBD      | the weekend=2024-W15-WE",
        "the/DT vote/NN is/VBZ at/IN 3/CD p.m./NN                   | 3 p.m.=2024-04-16T15:00",
        "in/IN early/JJ 2023/CD                                     | early 2023=2023",
        "protests/NNS in/IN mid-March/NNP                           | mid-March=2024-03",
        "the/DT ISO/NN date/NN 2024-04-02/CD                        | 2024-04-02=2024-04-02",
    })
    void resolvesCommonNewsPatterns(String tokens, String expected) {
        assertEquals(expected.trim(), summary(resolve(Parses.sentence(tokens), TUESDAY)));
    }

    @Test
    void thePartOfANamedPeriodIsNotTheLastOneBeforePublication() {
        Sentence s = Parses.sentence("the/DT peak/NN came/VBD the/DT last/JJ week/NN of/IN October/NNP",
                "det(peak-2, the-1)", "nsubj(came-3, peak-2)", "root(ROOT-0, came-3)", "det(week-6, the-4)", "amod(week-6, last-5)",
                "obl:tmod(came-3, week-6)", "case(October-8, of-7)", "nmod(week-6, October-8)");
        assertEquals("October=2023-10", summary(resolve(s, TUESDAY)), "'the last week of October' is no 'last week'");
    }

    @Test
    void ambiguousWordsAreNotTimes() {
        assertTrue(resolve(Parses.sentence("Protesters/NNS march/VBP ;/: the/DT minister/NN may/MD resign/VB"), TUESDAY).isEmpty());
        assertTrue(resolve(Parses.sentence("some/DT 2000/CD troops/NNS crossed/VBD"), TUESDAY).isEmpty());
        assertTrue(resolve(Parses.sentence("he/PRP sent/VBD $/$ 2000/CD"), TUESDAY).isEmpty());
    }

    @Test
    void monthDayNearTheTurnOfTheYearGoesToThePreviousYearInPastTense() {
        LocalDate jan3 = LocalDate.of(2025, 1, 3);
        assertEquals("December 28=2024-12-28",
                summary(resolve(Parses.sentence("The/DT strike/NN happened/VBD on/IN December/NNP 28/CD"), jan3)));
    }

    @Test
    void offsetsPointIntoTheSentenceText() {
        Sentence s = Parses.sentence(2, 100, "Gallant/NNP spoke/VBD on/IN Sunday/NNP");
        TimeExpression t = resolve(s, TUESDAY).get(0);
        assertEquals("Sunday", s.text().substring(t.begin() - s.begin(), t.end() - s.begin()));
        assertEquals(2, t.sentence());
        assertEquals("2024-04-14", t.day());
    }

    @Test
    void invalidCalendarDatesAreNotInvented() {
        assertTrue(resolve(Parses.sentence("on/IN February/NNP 30/CD ,/, 2023/CD"), TUESDAY).stream()
                .noneMatch(t -> t.value().startsWith("2023-02-30")));
    }
}
