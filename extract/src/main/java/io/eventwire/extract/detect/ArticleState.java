package io.eventwire.extract.detect;

import io.eventwire.extract.normalize.DateMention;
import io.eventwire.extract.normalize.DateResolver;
import io.eventwire.extract.reference.ReferenceData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Per-call state shared by the detectors while one article is processed. Never shared between threads. */
public final class ArticleState {

    public final String text;
    public final LocalDate published;
    public final ReferenceData ref;
    public final Actors actors;
    /** publisher per story index (null when the page names none) */
    public final Map<Integer, String> storyPublisher = new HashMap<>();
    /** stories in which some sentence pins a day */
    public final Map<Integer, Boolean> storyHasDay = new HashMap<>();
    /** the last date an event was told on, per story ("the day before", "the same day") */
    public final Map<Integer, LocalDate> lastDate = new HashMap<>();
    public final List<Draft> calls = new ArrayList<>();
    public final List<Draft> pauses = new ArrayList<>();
    public final List<Draft> swaps = new ArrayList<>();
    public final List<Draft> strikes = new ArrayList<>();
    /** party votes per swap draft */
    public final Map<Draft, Map<String, Integer>> swapVotes = new HashMap<>();
    /** drafts touched by the sentence being processed, in token order of their trigger */
    public final List<Object[]> sentenceMentions = new ArrayList<>();

    public ArticleState(String text, LocalDate published, ReferenceData ref, Actors actors) {
        this.text = text;
        this.published = published;
        this.ref = ref;
        this.actors = actors;
    }

    /** A mention's date at a trigger: the nearest usable date expression in [from, to). */
    public DateMention pickDate(Analysis a, int from, int to, int trig, boolean preferNonReporting) {
        DateMention best = null;
        int bestScore = Integer.MAX_VALUE;
        for (DateMention d : a.dates()) {
            if (d.from() < from || d.to() > to || d.dateline()) {
                continue;
            }
            String prev = a.norm(d.from() - 1);
            if (prev.equals("since") || prev.equals("until") || prev.equals("before") && d.kind() != DateMention.Kind.WEEKDAY
                    || prev.equals("after") && d.kind() == DateMention.Kind.EXPLICIT) {
                // "stopped sending weapons after October 7": a point of reference, not the event's day
                continue;
            }
            int dist = Math.abs(d.from() - trig);
            int score = dist + (d.pinsDay() ? 0 : 1000) + (preferNonReporting && d.reporting() ? 200 : 0)
                    - (d.kind() == DateMention.Kind.EXPLICIT ? 6 : 0);
            if (score < bestScore) {
                bestScore = score;
                best = d;
            }
        }
        if (best != null && best.reporting()) {
            // "paused a shipment last week, an official said on Wednesday": the event's own time is a period, the
            // day belongs to the saying
            for (DateMention d : a.dates()) {
                if (d.from() >= from && d.to() <= to && !d.pinsDay() && !d.dateline()
                        && (d.kind() == DateMention.Kind.VAGUE || d.kind() == DateMention.Kind.MONTH_ONLY)
                        && Math.abs(d.from() - trig) < Math.abs(best.from() - trig)
                        && !a.norm(d.from() - 1).equals("since")) {
                    return d;
                }
            }
        }
        return best;
    }

    public LocalDate resolve(DateMention d, boolean future, int story) {
        if (d == null) {
            return null;
        }
        return DateResolver.resolve(d, published, future, lastDate.get(story));
    }

    /**
     * True when the time expression closest to the trigger puts it in a past month or year, even if another clause
     * pins a day: "met in Moscow on Monday, after the two had spoken by video link in January" recalls an older
     * call.
     */
    public boolean recalledAt(Analysis a, int from, int to, int trig) {
        DateMention nearest = null;
        for (DateMention d : a.dates()) {
            if (d.from() < from || d.to() > to || d.dateline() || a.norm(d.from() - 1).equals("since")) {
                continue;
            }
            if (nearest == null || distance(d, trig) < distance(nearest, trig)) {
                nearest = d;
            }
        }
        if (nearest == null || nearest.pinsDay() || distance(nearest, trig) > 8) {
            return false;
        }
        if (isBackground(a, nearest.from(), nearest.to())) {
            return true;
        }
        // "had spoken in November" in a February article: a month still to come this year is last year's when
        // the event is told as past
        return published != null && nearest.kind() == DateMention.Kind.MONTH_ONLY && nearest.year() == 0
                && nearest.month().getValue() > published.getMonthValue()
                && Modality.of(a, from, to, trig) == Modality.Kind.OCCURRED;
    }

    private static int distance(DateMention d, int trig) {
        return trig < d.from() ? d.from() - trig : trig >= d.to() ? trig - d.to() + 1 : 0;
    }

    /** True when the clause only talks about a past month/year (background), with no day in it. */
    public boolean isBackground(Analysis a, int from, int to) {
        boolean old = false;
        for (DateMention d : a.dates()) {
            if (d.from() < from || d.to() > to) {
                continue;
            }
            String prev = a.norm(d.from() - 1);
            if (prev.equals("since")) {
                continue;
            }
            if (d.pinsDay() && !d.dateline()) {
                return false;
            }
            if (published == null) {
                continue;
            }
            if (d.kind() == DateMention.Kind.MONTH_ONLY) {
                int y = d.year() > 0 ? d.year() : published.getYear();
                if (y < published.getYear() || y == published.getYear() && d.month().getValue() < published.getMonthValue()
                        || "last".equals(d.modifier())) {
                    old = true;
                }
            } else if (d.kind() == DateMention.Kind.YEAR_ONLY) {
                if (d.year() == 0 || d.year() < published.getYear()) {
                    old = true;
                }
            }
        }
        return old;
    }
}
