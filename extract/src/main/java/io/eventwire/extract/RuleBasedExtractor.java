package io.eventwire.extract;

import io.eventwire.extract.detect.Actors;
import io.eventwire.extract.detect.Analysis;
import io.eventwire.extract.detect.ArmsPauseDetector;
import io.eventwire.extract.detect.ArticleState;
import io.eventwire.extract.detect.Draft;
import io.eventwire.extract.detect.LeaderCallDetector;
import io.eventwire.extract.detect.PrisonerSwapDetector;
import io.eventwire.extract.detect.StrikeDetector;
import io.eventwire.extract.model.Article;
import io.eventwire.extract.model.EventStatus;
import io.eventwire.extract.model.ExtractedEvent;
import io.eventwire.extract.normalize.DateMention;
import io.eventwire.extract.reference.Leader;
import io.eventwire.extract.reference.ReferenceData;
import io.eventwire.extract.text.PageCleaner;
import io.eventwire.extract.text.Sentence;
import io.eventwire.extract.text.Story;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Rule-based event extractor: page cleaning and story splitting, sentence analysis against the reference data, one
 * detector per event type, merging of mentions into events. The reference data is loaded once in the constructor;
 * afterwards the instance is immutable and {@link #extract} keeps all state on the stack, so one instance can serve
 * many threads.
 */
public final class RuleBasedExtractor implements EventExtractor {

    public static final String VERSION = "rules-1.0";

    private final ReferenceData ref;
    private final PageCleaner cleaner;
    private final Actors actors;

    /** Uses the reference data shipped on the classpath. */
    public RuleBasedExtractor() {
        this(List.of());
    }

    /**
     * Uses the classpath reference data extended by user files or directories (files named countries*.tsv,
     * leaders*.tsv, places*.tsv, lexicon*.tsv, outlets*.tsv, junk*.tsv, attackers*.tsv; same layout as the
     * shipped files).
     */
    public RuleBasedExtractor(Collection<Path> extraReferenceData) {
        this.ref = ReferenceData.load(extraReferenceData);
        this.cleaner = new PageCleaner(ref.pageRules());
        this.actors = new Actors(ref);
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public List<ExtractedEvent> extract(Article article) {
        String text = article.text();
        LocalDate published = article.published();
        List<Story> stories = cleaner.clean(text);
        ArticleState st = new ArticleState(text, published, ref, actors);
        List<Analysis> all = new ArrayList<>();
        for (Story story : stories) {
            String publisher = story.publisher() != null ? story.publisher()
                    : stories.size() > 1 ? article.publisher() : null;
            st.storyPublisher.put(story.index(), publisher);
            int i = 0;
            boolean hasDay = false;
            for (Sentence s : story.sentences()) {
                Analysis a = new Analysis(text, s, story.index(), i++, ref, published);
                all.add(a);
                // onlyDate once per sentence, not once per date: a sentence of many dates was quadratic.
                if (!hasDay && !a.dates().isEmpty() && !onlyDate(a)) {
                    for (DateMention d : a.dates()) {
                        if (d.pinsDay() && !d.dateline() && d.kind() != DateMention.Kind.RELATIVE) {
                            hasDay = true;
                            break;
                        }
                    }
                }
            }
            st.storyHasDay.put(story.index(), hasDay);
        }
        LeaderCallDetector calls = new LeaderCallDetector();
        ArmsPauseDetector pauses = new ArmsPauseDetector();
        PrisonerSwapDetector swaps = new PrisonerSwapDetector();
        StrikeDetector strikes = new StrikeDetector();
        for (Analysis a : all) {
            st.sentenceMentions.clear();
            calls.process(a, st);
            pauses.process(a, st);
            swaps.process(a, st);
            strikes.process(a, st);
        }
        mergeHeadlineCalls(st.calls);
        swaps.finish(st);
        strikes.finish(st);
        for (Draft d : st.calls) {
            if (d.date == null && d.status == EventStatus.OCCURRED && !st.storyHasDay.getOrDefault(d.story, false)
                    && !d.vagueTime) {
                d.date = published;
            }
            for (String iso : d.participants) {
                if (!d.leaders.containsKey(iso)) {
                    Leader l = ref.leaderOf(iso, null, d.date != null ? d.date : published);
                    if (l != null) {
                        d.leaders.put(iso, l.surname());
                    }
                }
            }
        }
        for (Draft d : st.pauses) {
            if (d.date == null && d.relativeTo != null && d.relativeTo.date != null) {
                d.date = d.relativeTo.date.plusDays(d.relativeOffset);
            }
        }
        for (Draft d : st.swaps) {
            if (d.date == null && !st.storyHasDay.getOrDefault(d.story, false) && !d.vagueTime) {
                d.date = published;
            }
        }
        List<Draft> drafts = new ArrayList<>();
        drafts.addAll(st.calls);
        drafts.addAll(st.pauses);
        drafts.addAll(st.swaps);
        drafts.addAll(st.strikes);
        List<ExtractedEvent> out = new ArrayList<>();
        for (Draft d : drafts) {
            out.add(d.build(text));
        }
        out.sort(Comparator.comparingInt(e -> e.evidence().isEmpty() ? 0 : e.evidence().get(0).start()));
        return List.copyOf(out);
    }

    /**
     * A call told only in a headline ("Starmer and Zelensky hold call after overnight attacks") is the call the body
     * tells with its day: one event, with the body's date.
     */
    private static void mergeHeadlineCalls(List<Draft> calls) {
        for (int i = 0; i < calls.size(); i++) {
            Draft h = calls.get(i);
            if (h.evidence.isEmpty() || !h.evidence.stream().allMatch(Sentence::headline)) {
                continue;
            }
            for (Draft b : calls) {
                if (b != h && b.story == h.story && b.participants.equals(h.participants) && b.status == h.status
                        && !b.evidence.stream().allMatch(Sentence::headline)) {
                    for (Sentence s : h.evidence) {
                        b.addEvidence(s);
                    }
                    h.leaders.forEach(b.leaders::putIfAbsent);
                    calls.remove(i--);
                    break;
                }
            }
        }
    }

    /** A sentence that is nothing but a date (a byline date line). */
    private static boolean onlyDate(Analysis a) {
        for (DateMention d : a.dates()) {
            if (d.from() <= 1 && d.to() >= a.size() - 1) {
                return true;
            }
        }
        return false;
    }
}
