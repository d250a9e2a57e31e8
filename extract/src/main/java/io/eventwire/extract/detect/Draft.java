package io.eventwire.extract.detect;

import io.eventwire.extract.model.Count;
import io.eventwire.extract.model.EventStatus;
import io.eventwire.extract.model.EventType;
import io.eventwire.extract.model.Evidence;
import io.eventwire.extract.model.ExtractedEvent;
import io.eventwire.extract.text.Sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** A mutable event being assembled from one or more mentions within one extraction call. */
public final class Draft {

    public final EventType type;
    public EventStatus status = EventStatus.OCCURRED;
    public LocalDate date;
    /** the date came only from a "said on Monday" clause or a default; a better one may replace it */
    public boolean weakDate;
    public final TreeSet<String> participants = new TreeSet<>();
    public final Map<String, String> leaders = new TreeMap<>();
    public String supplier;
    public String recipient;
    public final TreeSet<String> parties = new TreeSet<>();
    public final Map<String, Count> released = new LinkedHashMap<>();
    /** swaps: dual nationals released, each a pair of countries, settled once the other side's count is known */
    final List<String[]> dualNationals = new java.util.ArrayList<>();
    public String country;
    public String location;
    public int locationSpecificity;
    public String attacker;
    public boolean attackerExplicit;
    /** STRIKE: told as done by a state's forces named without their country ("the army bombed ...") */
    public boolean stateForces;
    /** a strike whose agent is a non-state armed group: no attacker, none inferred */
    public boolean nonState;
    /** a strike whose toll was told as revised ("the toll has risen to seven") */
    public boolean revised;
    /** told as a car bomb, suicide attack or the like (lexicon IRREGULAR): no state's agent is inferred for it */
    public boolean irregular;
    public Count killed;
    public Count wounded;
    public String cameo;
    public String publisher;
    public int story;
    public int lastSentence;
    public final List<Sentence> evidence = new ArrayList<>();
    /** date relative to another draft ("the day after Washington announced ..."): resolved at the end */
    public Draft relativeTo;
    public int relativeOffset;
    public boolean optionalish;
    /** PRISONER_SWAP: the side said to get "the same number" back as the other side got */
    public String sameNumberSide;
    /** a swap told as a counted group "in exchange for" one named person */
    public boolean namedOther;
    /** the text gives the event only a period ("earlier this week", "last month"): no default day */
    public boolean vagueTime;
    /** sentence index (in its story) of each evidence sentence, by start offset */
    public final Map<Integer, Integer> sentenceIndex = new java.util.HashMap<>();

    public Draft(EventType type) {
        this.type = type;
    }

    public void addEvidence(Sentence s) {
        for (Sentence e : evidence) {
            if (e.start() == s.start()) {
                return;
            }
        }
        evidence.add(s);
    }

    public void setDate(LocalDate d, boolean weak) {
        if (d == null) {
            return;
        }
        if (date == null || (weakDate && !weak)) {
            date = d;
            weakDate = weak;
        }
    }

    public ExtractedEvent build(String text) {
        List<Evidence> ev = new ArrayList<>();
        evidence.sort(Comparator.comparingInt(Sentence::start));
        for (Sentence s : evidence) {
            ev.add(new Evidence(text.substring(s.start(), s.end()), s.start(), s.end()));
        }
        List<String> ls = new ArrayList<>();
        for (String p : participants) {
            String l = leaders.get(p);
            if (l != null) {
                ls.add(l);
            }
        }
        return new ExtractedEvent(type, cameo, date, status,
                type == EventType.LEADER_CALL ? new ArrayList<>(participants) : null,
                type == EventType.LEADER_CALL ? ls : null,
                supplier, recipient,
                type == EventType.PRISONER_SWAP ? new ArrayList<>(parties) : null,
                type == EventType.PRISONER_SWAP ? released : null,
                country, location, attacker, killed, wounded, publisher, ev);
    }
}
