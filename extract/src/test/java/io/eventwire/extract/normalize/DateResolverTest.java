package io.eventwire.extract.normalize;

import io.eventwire.extract.text.Token;
import io.eventwire.extract.text.Tokenizer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateResolverTest {

    // a Thursday
    private static final LocalDate PUB = LocalDate.of(2024, 5, 16);

    private static LocalDate resolve(String s, boolean future, LocalDate prev) {
        List<Token> t = Tokenizer.tokenize(s);
        List<DateMention> ds = DateResolver.findAll(t, 0, t.size(), PUB);
        assertThat(ds).as(s).isNotEmpty();
        return DateResolver.resolve(ds.get(0), PUB, future, prev);
    }

    @Test
    void pastWeekdayIsLatestOnOrBeforePublished() {
        assertThat(resolve("on Tuesday", false, null)).isEqualTo(LocalDate.of(2024, 5, 14));
        assertThat(resolve("on Thursday", false, null)).isEqualTo(PUB);
        assertThat(resolve("on Friday", false, null)).isEqualTo(LocalDate.of(2024, 5, 10));
    }

    @Test
    void lastWeekdayIsStrictlyBefore() {
        assertThat(resolve("last Thursday", false, null)).isEqualTo(LocalDate.of(2024, 5, 9));
        assertThat(resolve("last Tuesday", false, null)).isEqualTo(LocalDate.of(2024, 5, 14));
    }

    @Test
    void plannedWeekdayIsNextOnOrAfter() {
        assertThat(resolve("on Friday", true, null)).isEqualTo(LocalDate.of(2024, 5, 17));
        assertThat(resolve("on Thursday", true, null)).isEqualTo(PUB);
    }

    @Test
    void relativeDays() {
        assertThat(resolve("yesterday", false, null)).isEqualTo(PUB.minusDays(1));
        assertThat(resolve("last night", false, null)).isEqualTo(PUB.minusDays(1));
        assertThat(resolve("the day before", false, LocalDate.of(2024, 5, 12))).isEqualTo(LocalDate.of(2024, 5, 11));
        assertThat(resolve("the same day", false, LocalDate.of(2024, 5, 12))).isEqualTo(LocalDate.of(2024, 5, 12));
    }

    @Test
    void explicitDates() {
        assertThat(resolve("on July 3", false, null)).isEqualTo(LocalDate.of(2024, 7, 3));
        assertThat(resolve("on 3 July 2025", false, null)).isEqualTo(LocalDate.of(2025, 7, 3));
        assertThat(resolve("on 2025-07-03", false, null)).isEqualTo(LocalDate.of(2025, 7, 3));
        assertThat(resolve("hit on Dec. 31", false, null)).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(resolve("on Tuesday (May 14)", false, null)).isEqualTo(LocalDate.of(2024, 5, 14));
    }

    @Test
    void monthOnlyAndVagueDoNotPinADay() {
        List<Token> t = Tokenizer.tokenize("in June and last week");
        List<DateMention> ds = DateResolver.findAll(t, 0, t.size(), PUB);
        assertThat(ds).extracting(DateMention::kind)
                .containsExactly(DateMention.Kind.MONTH_ONLY, DateMention.Kind.VAGUE);
        assertThat(ds).noneMatch(DateMention::pinsDay);
    }

    @Test
    void modalMayIsNotAMonth() {
        List<Token> t = Tokenizer.tokenize("the strike may have killed ten");
        assertThat(DateResolver.findAll(t, 0, t.size(), PUB)).isEmpty();
    }

    @Test
    void datelineIsFlagged() {
        List<Token> t = Tokenizer.tokenize("LVIV, May 15 (Wire) -- Officials said on Wednesday");
        List<DateMention> ds = DateResolver.findAll(t, 0, t.size(), PUB);
        assertThat(ds.get(0).dateline()).isTrue();
        assertThat(ds.get(1).dateline()).isFalse();
        assertThat(ds.get(1).reporting()).isTrue();
    }

    @Test
    void relativeDayAnchoredOnALaterDayInTheSameClause() {
        // published Thursday 2024-05-16
        assertThat(resolve("the day before the president landed in Oslo on Tuesday", false, null))
                .isEqualTo(LocalDate.of(2024, 5, 13));
        assertThat(resolve("a day after talks in Geneva on May 2", false, null))
                .isEqualTo(LocalDate.of(2024, 5, 3));
        assertThat(resolve("the day after the vote yesterday", false, null)).isEqualTo(PUB);
    }

    @Test
    void relativeDayIsNotAnchoredAcrossACommaOrAReportingVerb() {
        LocalDate prev = LocalDate.of(2024, 5, 12);
        assertThat(resolve("the day before, officials said on Tuesday", false, prev))
                .isEqualTo(LocalDate.of(2024, 5, 11));
        assertThat(resolve("the day before the governor said on Tuesday", false, prev))
                .isEqualTo(LocalDate.of(2024, 5, 11));
    }

    @Test
    void countedDaysEarlierOrLaterAreRelative() {
        LocalDate prev = LocalDate.of(2024, 5, 12);
        assertThat(resolve("two days earlier", false, prev)).isEqualTo(LocalDate.of(2024, 5, 10));
        assertThat(resolve("3 days later", false, prev)).isEqualTo(LocalDate.of(2024, 5, 15));
        List<Token> t = Tokenizer.tokenize("for two days after the strike");
        assertThat(DateResolver.findAll(t, 0, t.size(), PUB)).isEmpty();
    }
}
