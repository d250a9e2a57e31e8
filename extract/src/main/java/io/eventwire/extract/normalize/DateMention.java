package io.eventwire.extract.normalize;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * A time expression in a sentence, tokens [from, to).
 *
 * @param kind      what kind of expression it is
 * @param date      the date for EXPLICIT and PUBLISHED_OFFSET kinds (already resolved), else null
 * @param weekday   for WEEKDAY
 * @param modifier  for WEEKDAY: "last", "next", "this" or null
 * @param offset    for RELATIVE (the day before = -1, the day after = +1, the same day = 0)
 * @param month     for MONTH_ONLY
 * @param year      for MONTH_ONLY / YEAR_ONLY when stated, else 0
 * @param reporting the expression dates a "said"/"announced" verb rather than the event itself
 * @param dateline  the expression is part of a dateline ("WARSAW, Sept. 21 (Xinhua) --")
 */
public record DateMention(int from, int to, Kind kind, LocalDate date, DayOfWeek weekday, String modifier,
                          int offset, Month month, int year, boolean reporting, boolean dateline) {

    public enum Kind {
        /** a calendar date: July 3, 3 July 2025, 2025-07-03, 25/12/2023 */
        EXPLICIT,
        /** yesterday, today, last night, tonight: resolved against the published date */
        PUBLISHED_OFFSET,
        /** Monday ... Sunday, with an optional last/next/this */
        WEEKDAY,
        /** the day before / the day after / the same day: relative to the previous event in the story */
        RELATIVE,
        /** "in June", "last July", "in December 2022": no day */
        MONTH_ONLY,
        /** "in 2019", "last year", "years ago" */
        YEAR_ONLY,
        /** "last week", "earlier this week", "recently": a period, no day */
        VAGUE
    }

    /** True when this expression pins a day (given the published date and, for RELATIVE, a previous date). */
    public boolean pinsDay() {
        return kind == Kind.EXPLICIT || kind == Kind.PUBLISHED_OFFSET || kind == Kind.WEEKDAY
                || kind == Kind.RELATIVE;
    }
}
