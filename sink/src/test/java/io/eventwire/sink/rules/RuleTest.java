package io.eventwire.sink.rules;

import io.eventwire.schemas.Count;
import io.eventwire.schemas.EventStatus;
import io.eventwire.schemas.EventType;
import io.eventwire.schemas.Qualifier;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.eventwire.sink.support.TestEvents.call;
import static io.eventwire.sink.support.TestEvents.pause;
import static io.eventwire.sink.support.TestEvents.strike;
import static org.assertj.core.api.Assertions.assertThat;

class RuleTest {

    private static final Rule DEADLY = new Rule("deadly", EventType.STRIKE, null, Set.of(), Set.of(),
            new Threshold(Threshold.Measure.KILLED, List.of(10, 50)));

    @Test
    void aTollRuleReportsTheHighestBandCrossed() {
        assertThat(DEADLY.outcome(strike("s", "UKR", 8))).isEmpty();
        assertThat(DEADLY.outcome(strike("s", "UKR", 10))).contains(new Outcome(10, "killed>=10"));
        assertThat(DEADLY.outcome(strike("s", "UKR", 49))).contains(new Outcome(10, "killed>=10"));
        assertThat(DEADLY.outcome(strike("s", "UKR", 50))).contains(new Outcome(50, "killed>=50"));
        assertThat(DEADLY.outcome(strike("s", "UKR", 900))).contains(new Outcome(50, "killed>=50"));
    }

    @Test
    void aTollIsTheReportedNumberWhateverItsQualifierAndAVagueCountHasNone() {
        assertThat(DEADLY.outcome(strike("s", "UKR", new Count(12, Qualifier.ABOUT, null)))).isPresent();
        assertThat(DEADLY.outcome(strike("s", "UKR", new Count(100, Qualifier.MORE_THAN, null))))
                .contains(new Outcome(50, "killed>=50"));
        assertThat(DEADLY.outcome(strike("s", "UKR", new Count(null, Qualifier.AT_LEAST, "dozens")))).isEmpty();
        assertThat(DEADLY.outcome(strike("s", "UKR", (Count) null))).isEmpty();
    }

    @Test
    void aWoundedRuleLooksAtTheWoundedOnly() {
        Rule wounded = new Rule("hurt", null, null, Set.of(), Set.of(),
                new Threshold(Threshold.Measure.WOUNDED, List.of(5)));
        assertThat(wounded.outcome(strike("s", "UKR", 40))).isEmpty();
    }

    @Test
    void typeAndStatusMustMatch() {
        Rule pauses = new Rule("pauses", EventType.ARMS_PAUSE, null, Set.of(), Set.of(), null);
        assertThat(pauses.outcome(pause("p", "USA", "UKR"))).contains(Outcome.MATCH);
        assertThat(pauses.outcome(strike("s", "UKR", 3))).isEmpty();

        Rule planned = new Rule("planned", null, EventStatus.PLANNED, Set.of(), Set.of(), null);
        assertThat(planned.outcome(call("c", "USA", "RUS"))).isEmpty();
    }

    @Test
    void allCountriesNeedsEveryOneAndAnyCountryOneOfThem() {
        Rule usRussia = new Rule("us-russia", EventType.LEADER_CALL, null, Set.of(), Set.of("USA", "RUS"), null);
        assertThat(usRussia.outcome(call("c", "RUS", "USA"))).isPresent();
        assertThat(usRussia.outcome(call("c", "USA", "UKR"))).isEmpty();

        Rule watched = new Rule("watched", null, null, Set.of("PSE", "UKR"), Set.of(), null);
        assertThat(watched.outcome(pause("p", "USA", "UKR"))).isPresent();
        assertThat(watched.outcome(strike("s", "UKR", 1))).as("the place's country counts").isPresent();
        assertThat(watched.outcome(call("c", "USA", "RUS"))).isEmpty();
    }

    @Test
    void onlyAHigherBandRaisesTheOutcome() {
        assertThat(new Outcome(10, "killed>=10").raises(null)).isTrue();
        assertThat(new Outcome(10, "killed>=10").raises(10)).isFalse();
        assertThat(new Outcome(50, "killed>=50").raises(10)).isTrue();
        assertThat(new Outcome(10, "killed>=10").raises(50)).isFalse();
        assertThat(Outcome.MATCH.raises(0)).isFalse();
    }
}
