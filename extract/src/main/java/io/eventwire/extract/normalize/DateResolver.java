package io.eventwire.extract.normalize;

import io.eventwire.extract.text.Token;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds time expressions in tokens and resolves them against the article's published date.
 * Weekdays: an event in the past is the latest such day on or before the published date ("on Thursday"), "last
 * Tuesday" the latest strictly before; a planned event is the next such day on or after it. Explicit dates without a
 * year take the published year (the year before when that would put a past event more than a week in the future).
 */
public final class DateResolver {

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY));
    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("january", Month.JANUARY), Map.entry("jan", Month.JANUARY),
            Map.entry("february", Month.FEBRUARY), Map.entry("feb", Month.FEBRUARY),
            Map.entry("march", Month.MARCH), Map.entry("mar", Month.MARCH),
            Map.entry("april", Month.APRIL), Map.entry("apr", Month.APRIL),
            Map.entry("may", Month.MAY), Map.entry("june", Month.JUNE), Map.entry("jun", Month.JUNE),
            Map.entry("july", Month.JULY), Map.entry("jul", Month.JULY),
            Map.entry("august", Month.AUGUST), Map.entry("aug", Month.AUGUST),
            Map.entry("september", Month.SEPTEMBER), Map.entry("sep", Month.SEPTEMBER),
            Map.entry("sept", Month.SEPTEMBER), Map.entry("october", Month.OCTOBER), Map.entry("oct", Month.OCTOBER),
            Map.entry("november", Month.NOVEMBER), Map.entry("nov", Month.NOVEMBER),
            Map.entry("december", Month.DECEMBER), Map.entry("dec", Month.DECEMBER));
    private static final Set<String> REPORT = Set.of("said", "says", "told", "announced", "reported", "stated",
            "added", "confirmed", "wrote", "claimed", "informed", "noted", "declared", "insisted", "tweeted",
            "warned", "denied", "statement", "according");

    private DateResolver() {
    }

    public static boolean isMonth(String norm) {
        return MONTHS.containsKey(norm);
    }

    /** All time expressions in tokens [from, to); explicit dates are resolved against {@code published}. */
    public static List<DateMention> findAll(List<Token> t, int from, int to, LocalDate published) {
        List<DateMention> out = new ArrayList<>();
        int i = from;
        int[] end = new int[1]; // one out-parameter for the whole walk: this runs for every token of every sentence
        while (i < to) {
            end[0] = i + 1;
            DateMention m = at(t, i, to, from, published, end);
            if (m != null) {
                out.add(m);
                i = Math.max(end[0], i + 1);
            } else {
                i++;
            }
        }
        return anchorRelatives(t, nightSpans(t, out));
    }

    /**
     * "on the night of 12 to 13 May", "the night of May 12-13", "the night from Monday to Tuesday", "overnight from
     * Saturday into Sunday": a night between two days is dated by the later day, as "overnight into Tuesday" is.
     */
    private static List<DateMention> nightSpans(List<Token> t, List<DateMention> in) {
        List<DateMention> out = null;
        for (int k = 0; k < in.size(); k++) {
            DateMention d = in.get(k);
            if (d.kind() != DateMention.Kind.EXPLICIT && d.kind() != DateMention.Kind.WEEKDAY) {
                continue;
            }
            int p = d.from() - 1;
            if (p >= 0 && t.get(p).is("the")) {
                p--;
            }
            String prep = p >= 0 ? t.get(p).norm() : "";
            String night = p >= 1 ? t.get(p - 1).norm() : "";
            if (!((prep.equals("of") || prep.equals("from") || prep.equals("between"))
                    && (night.equals("night") || night.equals("overnight")))) {
                continue;
            }
            String link = d.to() < t.size() ? t.get(d.to()).norm() : "";
            boolean joins = link.equals("to") || link.equals("into") || link.equals("-") || link.equals("and");
            if (!joins) {
                continue;
            }
            if (k + 1 < in.size() && in.get(k + 1).from() <= d.to() + 2 && in.get(k + 1).pinsDay()) {
                // the later day is its own expression: the earlier one goes
                if (out == null) {
                    out = new ArrayList<>(in);
                }
                out.set(k, null);
                continue;
            }
            // "May 12-13": the later day is a bare number
            if (d.kind() == DateMention.Kind.EXPLICIT && d.date() != null && d.to() + 1 < t.size()
                    && t.get(d.to() + 1).isNumber()) {
                LocalDate next = d.date().plusDays(1);
                if (t.get(d.to() + 1).norm().equals(Integer.toString(next.getDayOfMonth()))) {
                    if (out == null) {
                        out = new ArrayList<>(in);
                    }
                    out.set(k, new DateMention(d.from(), d.to() + 2, d.kind(), next, null, null, 0, null, 0,
                            d.reporting(), d.dateline()));
                }
            }
        }
        if (out == null) {
            return in;
        }
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    /**
     * "the day before Zelensky arrived in Copenhagen on Thursday", "a day after the summit on 3 July": a relative
     * day followed, in the same stretch of clause, by the day of the event it is relative to. The pair becomes one
     * expression for the anchor's day shifted by the offset. A comma, semicolon, sentence end or a reporting verb
     * between them breaks the link ("the day before, officials said on Thursday").
     */
    private static List<DateMention> anchorRelatives(List<Token> t, List<DateMention> in) {
        List<DateMention> out = null;
        // "still searching the rubble on Monday, two days after a bomb hit the block": the event told after
        // "N days after" lies N days before the day just named
        for (int k = 0; k + 1 < in.size(); k++) {
            DateMention x = in.get(k);
            DateMention r = in.get(k + 1);
            if (r.kind() != DateMention.Kind.RELATIVE || r.offset() == 0 || r.from() - x.to() > 1
                    || !(x.kind() == DateMention.Kind.WEEKDAY || x.kind() == DateMention.Kind.EXPLICIT
                    || x.kind() == DateMention.Kind.PUBLISHED_OFFSET) || x.reporting()) {
                continue;
            }
            String dir = t.get(r.to() - 1).norm();
            if (!(dir.equals("after") || dir.equals("before")) || r.from() > x.to() && !t.get(x.to()).is(",")) {
                continue;
            }
            LocalDate d = x.date() == null ? null : x.date().minusDays(r.offset());
            DateMention back = new DateMention(r.from(), r.to(), x.kind(), d, x.weekday(), x.modifier(),
                    x.kind() == DateMention.Kind.WEEKDAY ? x.offset() - r.offset() : 0, null, 0, false, false);
            if (out == null) {
                out = new ArrayList<>(in);
            }
            out.set(k + 1, back);
        }
        if (out != null) {
            in = out;
            out = null;
        }
        for (int k = 0; k + 1 < in.size(); k++) {
            DateMention r = in.get(k);
            DateMention x = in.get(k + 1);
            if (r.kind() != DateMention.Kind.RELATIVE || r.offset() == 0 || x.from() - r.to() > 14
                    || x.from() - r.to() < 2 || !(x.kind() == DateMention.Kind.WEEKDAY
                    || x.kind() == DateMention.Kind.EXPLICIT || x.kind() == DateMention.Kind.PUBLISHED_OFFSET)) {
                continue;
            }
            boolean linked = true;
            for (int j = r.to(); j < x.from(); j++) {
                String w = t.get(j).norm();
                if (w.equals(",") || w.equals(";") || w.equals(".") || w.equals("--") || w.equals(":")
                        || REPORT.contains(w) || w.equals("says") || w.equals("and") || w.equals("but")) {
                    linked = false;
                    break;
                }
            }
            if (!linked) {
                continue;
            }
            LocalDate d = x.date() == null ? null : x.date().plusDays(r.offset());
            DateMention merged = new DateMention(r.from(), x.to(), x.kind(), d, x.weekday(), x.modifier(),
                    x.kind() == DateMention.Kind.WEEKDAY ? r.offset() : 0, null, 0, false, false);
            if (out == null) {
                out = new ArrayList<>(in);
            }
            out.set(k, merged);
            out.set(k + 1, null);
            k++;
        }
        if (out == null) {
            return in;
        }
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    private static String n(List<Token> t, int k, int to) {
        return k >= 0 && k < to ? t.get(k).norm() : "";
    }

    private static final Set<String> RELATIVE_SECOND = Set.of("day", "previous", "next", "following", "same");
    private static final Set<String> STARTERS = Set.of("yesterday", "today", "tonight", "overnight", "last",
            "this", "earlier", "the", "a", "years", "recently", "weekend");

    private static final Map<String, Integer> SMALL = Map.of("two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7);

    /** Every word a time expression can start with (numbers aside): one look-up rejects all other tokens. */
    private static final Set<String> FIRST_WORDS = java.util.stream.Stream.of(SMALL.keySet(), STARTERS,
                    WEEKDAYS.keySet(), MONTHS.keySet())
            .flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static DateMention at(List<Token> t, int i, int to, int from, LocalDate pub, int[] end) {
        String w = t.get(i).norm();
        if (!t.get(i).isNumber() && !FIRST_WORDS.contains(w)) {
            return null; // most tokens: this runs for every token of every sentence a detector asks dates of
        }
        // "two days earlier", "3 days later", "two days before": relative to the event told before
        if ((SMALL.containsKey(w) || t.get(i).isNumber() && w.length() == 1) && n(t, i + 1, to).equals("days")) {
            String dir = n(t, i + 2, to);
            int k = SMALL.containsKey(w) ? SMALL.get(w) : Integer.parseInt(w);
            int sign = dir.equals("earlier") || dir.equals("before") ? -1
                    : dir.equals("later") || dir.equals("after") ? 1 : 0;
            if (sign != 0 && k >= 1 && k <= 9 && !n(t, i - 1, to).equals("the") && !n(t, i - 1, to).equals("for")) {
                end[0] = i + 3;
                return mk(t, i, i + 3, from, to, DateMention.Kind.RELATIVE, null, null, null, sign * k, null, 0);
            }
        }
        if (!t.get(i).isNumber() && !STARTERS.contains(w) && !WEEKDAYS.containsKey(w) && !MONTHS.containsKey(w)) {
            return null;
        }
        if ((w.equals("the") || w.equals("a")) && !(i + 1 < to && RELATIVE_SECOND.contains(t.get(i + 1).norm()))) {
            return null;
        }
        // ISO 2025-07-03
        if (t.get(i).isNumber() && w.length() == 4 && n(t, i + 1, to).equals("-") && i + 4 < to
                && t.get(i + 2).isNumber() && n(t, i + 3, to).equals("-") && t.get(i + 4).isNumber()) {
            LocalDate d = safe(Integer.parseInt(w), Integer.parseInt(t.get(i + 2).norm()),
                    Integer.parseInt(t.get(i + 4).norm()));
            if (d != null) {
                end[0] = i + 5;
                return mk(t, i, end[0], from, to, DateMention.Kind.EXPLICIT, d, null, null, 0, null, 0);
            }
        }
        // 25/12/2023 (day/month/year)
        if (t.get(i).isNumber() && n(t, i + 1, to).equals("/") && i + 4 < to && t.get(i + 2).isNumber()
                && n(t, i + 3, to).equals("/") && t.get(i + 4).isNumber()) {
            int a = Integer.parseInt(w);
            int b = Integer.parseInt(t.get(i + 2).norm());
            int y = Integer.parseInt(t.get(i + 4).norm());
            LocalDate d = a > 12 ? safe(y, b, a) : b > 12 ? safe(y, a, b) : safe(y, b, a);
            if (d != null) {
                end[0] = i + 5;
                return mk(t, i, end[0], from, to, DateMention.Kind.EXPLICIT, d, null, null, 0, null, 0);
            }
        }
        // Month day[, year]  /  Month year / Month
        Month mo = MONTHS.get(w);
        if (mo != null && t.get(i).capitalized()) {
            int j = i + 1;
            if (n(t, j, to).equals(".")) {
                j++;
            }
            if (j < to && t.get(j).isNumber() && t.get(j).norm().length() <= 2) {
                int day = Integer.parseInt(t.get(j).norm());
                int k = j + 1;
                if (n(t, k, to).equals("th") || n(t, k, to).equals("st") || n(t, k, to).equals("nd")
                        || n(t, k, to).equals("rd")) {
                    k++;
                }
                int year = 0;
                if (n(t, k, to).equals(",") && k + 1 < to && t.get(k + 1).isNumber()
                        && t.get(k + 1).norm().length() == 4) {
                    year = Integer.parseInt(t.get(k + 1).norm());
                    k += 2;
                } else if (k < to && t.get(k).isNumber() && t.get(k).norm().length() == 4) {
                    year = Integer.parseInt(t.get(k).norm());
                    k++;
                }
                LocalDate d = explicit(year, mo, day, pub);
                if (d != null) {
                    end[0] = k;
                    return mk(t, i, k, from, to, DateMention.Kind.EXPLICIT, d, null, null, 0, null, 0);
                }
            }
            if (!t.get(i).capitalized()) {
                return null;
            }
            int year = 0;
            int k = i + 1;
            if (k < to && t.get(k).isNumber() && t.get(k).norm().length() == 4) {
                year = Integer.parseInt(t.get(k).norm());
                k++;
            }
            String prev = n(t, i - 1, to);
            if (year > 0 || prev.equals("in") || prev.equals("last") || prev.equals("since") || prev.equals("early")
                    || prev.equals("late") || prev.equals("mid") || prev.equals("of") || prev.equals("until")) {
                end[0] = k;
                return mk(t, i, k, from, to, DateMention.Kind.MONTH_ONLY, null, null, prev.equals("last") ? "last"
                        : null, 0, mo, year);
            }
            return null;
        }
        // day Month [year]: 3 July 2025, 31 October
        if (t.get(i).isNumber() && w.length() <= 2 && i + 1 < to && MONTHS.containsKey(n(t, i + 1, to))
                && t.get(i + 1).capitalized()) {
            int day = Integer.parseInt(w);
            Month m = MONTHS.get(n(t, i + 1, to));
            int k = i + 2;
            int year = 0;
            if (k < to && t.get(k).isNumber() && t.get(k).norm().length() == 4) {
                year = Integer.parseInt(t.get(k).norm());
                k++;
            }
            LocalDate d = explicit(year, m, day, pub);
            if (d != null) {
                end[0] = k;
                return mk(t, i, k, from, to, DateMention.Kind.EXPLICIT, d, null, null, 0, null, 0);
            }
        }
        DayOfWeek wd = WEEKDAYS.get(w);
        if (wd != null) {
            String prev = n(t, i - 1, to);
            String mod = prev.equals("last") || prev.equals("next") || prev.equals("this") ? prev : null;
            int k = i + 1;
            // "Tuesday (Mar 19)" / "Monday (25/12/2023)": the explicit date wins
            if (n(t, k, to).equals("(")) {
                int[] e2 = {k + 2};
                DateMention inner = k + 1 < to ? at(t, k + 1, to, from, pub, e2) : null;
                if (inner != null && inner.kind() == DateMention.Kind.EXPLICIT) {
                    int close = e2[0];
                    if (n(t, close, to).equals(")")) {
                        close++;
                    }
                    end[0] = close;
                    return mk(t, mod != null ? i - 1 : i, close, from, to, DateMention.Kind.EXPLICIT, inner.date(),
                            null, null, 0, null, 0);
                }
            }
            end[0] = k;
            return mk(t, mod != null ? i - 1 : i, k, from, to, DateMention.Kind.WEEKDAY, null, wd, mod, 0, null, 0);
        }
        switch (w) {
            case "yesterday":
                end[0] = i + 1;
                return mk(t, i, i + 1, from, to, DateMention.Kind.PUBLISHED_OFFSET, pub == null ? null
                        : pub.minusDays(1), null, null, -1, null, 0);
            case "today":
            case "tonight":
                end[0] = i + 1;
                return mk(t, i, i + 1, from, to, DateMention.Kind.PUBLISHED_OFFSET, pub, null, null, 0, null, 0);
            case "overnight":
                if (WEEKDAYS.containsKey(n(t, i + 2, to)) || WEEKDAYS.containsKey(n(t, i + 1, to))) {
                    return null; // "overnight into Monday": the weekday decides
                }
                end[0] = i + 1;
                return mk(t, i, i + 1, from, to, DateMention.Kind.PUBLISHED_OFFSET, pub, null, null, 0, null, 0);
            case "last":
                if (n(t, i + 1, to).equals("night") || n(t, i + 1, to).equals("evening")) {
                    end[0] = i + 2;
                    return mk(t, i, i + 2, from, to, DateMention.Kind.PUBLISHED_OFFSET, pub == null ? null
                            : pub.minusDays(1), null, null, -1, null, 0);
                }
                if (n(t, i + 1, to).equals("week") || n(t, i + 1, to).equals("month")) {
                    end[0] = i + 2;
                    return mk(t, i, i + 2, from, to, DateMention.Kind.VAGUE, null, null, null, 0, null, 0);
                }
                if (n(t, i + 1, to).equals("year")) {
                    end[0] = i + 2;
                    return mk(t, i, i + 2, from, to, DateMention.Kind.YEAR_ONLY, null, null, "last", 0, null, 0);
                }
                return null;
            case "this":
                if (n(t, i + 1, to).equals("morning") || n(t, i + 1, to).equals("evening")
                        || n(t, i + 1, to).equals("afternoon")) {
                    end[0] = i + 2;
                    return mk(t, i, i + 2, from, to, DateMention.Kind.PUBLISHED_OFFSET, pub, null, null, 0, null, 0);
                }
                if (n(t, i + 1, to).equals("week")) {
                    end[0] = i + 2;
                    return mk(t, i, i + 2, from, to, DateMention.Kind.VAGUE, null, null, null, 0, null, 0);
                }
                return null;
            case "earlier":
                if (n(t, i + 1, to).equals("today") || n(t, i + 1, to).equals("in") && n(t, i + 2, to).equals("the")
                        && n(t, i + 3, to).equals("day")) {
                    end[0] = n(t, i + 1, to).equals("today") ? i + 2 : i + 4;
                    return mk(t, i, end[0], from, to, DateMention.Kind.PUBLISHED_OFFSET, pub, null, null, 0, null, 0);
                }
                if (n(t, i + 1, to).equals("this") || n(t, i + 1, to).equals("in")) {
                    end[0] = i + 3;
                    return mk(t, i, end[0], from, to, DateMention.Kind.VAGUE, null, null, null, 0, null, 0);
                }
                return null;
            case "the":
            case "a":
                // the day before / the day after / the next day / the same day / a day later / the previous day
                String a = n(t, i + 1, to);
                String b = n(t, i + 2, to);
                if (a.equals("day") && (b.equals("before") || b.equals("earlier"))
                        || a.equals("previous") && b.equals("day")) {
                    end[0] = i + 3;
                    return mk(t, i, i + 3, from, to, DateMention.Kind.RELATIVE, null, null, null, -1, null, 0);
                }
                if (a.equals("day") && (b.equals("after") || b.equals("later"))
                        || a.equals("next") && b.equals("day") || a.equals("following") && b.equals("day")) {
                    end[0] = i + 3;
                    return mk(t, i, i + 3, from, to, DateMention.Kind.RELATIVE, null, null, null, 1, null, 0);
                }
                if (a.equals("same") && (b.equals("day") || b.equals("night"))) {
                    end[0] = i + 3;
                    return mk(t, i, i + 3, from, to, DateMention.Kind.RELATIVE, null, null, null, 0, null, 0);
                }
                return null;
            case "years":
                if (n(t, i + 1, to).equals("ago")) {
                    end[0] = i + 2;
                    return mk(t, i, i + 2, from, to, DateMention.Kind.YEAR_ONLY, null, null, null, 0, null, 0);
                }
                return null;
            case "recently":
            case "weekend":
                end[0] = i + 1;
                return mk(t, i, i + 1, from, to, DateMention.Kind.VAGUE, null, null, null, 0, null, 0);
            default:
                break;
        }
        // "in 2019"
        if (t.get(i).isNumber() && w.length() == 4 && (n(t, i - 1, to).equals("in")
                || n(t, i - 1, to).equals("since"))) {
            int y = Integer.parseInt(w);
            if (y >= 1900 && y <= 2100) {
                end[0] = i + 1;
                return mk(t, i, i + 1, from, to, DateMention.Kind.YEAR_ONLY, null, null, null, 0, null, y);
            }
        }
        return null;
    }

    private static DateMention mk(List<Token> t, int s, int e, int from, int to, DateMention.Kind kind,
                                  LocalDate d, DayOfWeek wd, String mod, int offset, Month mo, int year) {
        boolean reporting = false;
        for (int k = s - 1; k >= Math.max(from, s - 3); k--) {
            String p = t.get(k).norm();
            if (REPORT.contains(p)) {
                reporting = true;
                break;
            }
            if (p.equals("by") && kind != DateMention.Kind.RELATIVE) {
                // "by Monday morning the toll stood at ten", "by Sunday afternoon rescuers had pulled": the time
                // a figure stood, not the day of the event
                reporting = true;
                break;
            }
            if (!(p.equals("on") || p.equals("late") || p.equals("early") || p.equals("this") || p.equals("last"))) {
                break;
            }
        }
        // dateline: a date near the start of the sentence followed by "(Agency)", "/TASS/", "--" or ":"
        boolean dateline = false;
        if (kind == DateMention.Kind.EXPLICIT && s - from <= 4) {
            String a = n(t, e, to);
            String b = n(t, e + 1, to);
            dateline = a.equals("(") || a.equals("--") || a.equals(".") && b.equals("/") || a.equals("/")
                    || e >= to;
        }
        return new DateMention(s, e, kind, d, wd, mod, offset, mo, year, reporting, dateline);
    }

    private static LocalDate safe(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate explicit(int year, Month m, int day, LocalDate pub) {
        if (year > 0) {
            return safe(year, m.getValue(), day);
        }
        if (pub == null) {
            return null;
        }
        LocalDate d = safe(pub.getYear(), m.getValue(), day);
        if (d != null && d.isAfter(pub.plusDays(60))) {
            d = safe(pub.getYear() - 1, m.getValue(), day);
        }
        return d;
    }

    /**
     * Resolves a mention to a day. {@code future} selects the next weekday on or after the published date;
     * {@code previous} is the date of the event told just before (for "the day before" / "the same day").
     */
    public static LocalDate resolve(DateMention m, LocalDate published, boolean future, LocalDate previous) {
        switch (m.kind()) {
            case EXPLICIT:
            case PUBLISHED_OFFSET:
                return m.date();
            case WEEKDAY: {
                if (published == null) {
                    return null;
                }
                int diff = published.getDayOfWeek().getValue() - m.weekday().getValue();
                if ("last".equals(m.modifier())) {
                    int back = diff <= 0 ? diff + 7 : diff;
                    return published.minusDays(back).plusDays(m.offset());
                }
                if ("next".equals(m.modifier()) || future) {
                    int fwd = ((m.weekday().getValue() - published.getDayOfWeek().getValue()) + 7) % 7;
                    if ("next".equals(m.modifier()) && fwd == 0) {
                        fwd = 7;
                    }
                    return published.plusDays(fwd).plusDays(m.offset());
                }
                return published.minusDays(((diff % 7) + 7) % 7).plusDays(m.offset());
            }
            case RELATIVE:
                return previous == null ? null : previous.plusDays(m.offset());
            default:
                return null;
        }
    }
}
