package io.eventwire.extract.merge;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The kept-up facts of a group give what the rule gives when the report is tested against each report. */
class GroupFactsTest {

    private static final MergeRule RULE = MergeRule.defaults();
    private static final LocalDate DAY = LocalDate.of(2025, 7, 3);
    private static final Instant NOON = Instant.parse("2025-07-03T12:00:00Z");
    private static final String[] ATTACKERS = {"", "", "RUS", "BLR"};
    private static final String[] PLACES = {null, "kharkiv", "kharkiv region", "odesa", "north kharkiv"};

    @RepeatedTest(30)
    void factsFitWhereTheRuleTestedAgainstEveryReportFits(RepetitionInfo repetition) {
        Random random = new Random(7_000 + repetition.getCurrentRepetition());
        int fitting = 0;
        for (int trial = 0; trial < 400; trial++) {
            List<ReportFacts> group = new ArrayList<>();
            GroupFacts facts = new GroupFacts();
            int size = 1 + random.nextInt(4);
            for (int i = 0; i < size; i++) {
                ReportFacts known = randomReport(random, "k" + i);
                group.add(known);
                facts.add(known);
            }
            ReportFacts report = randomReport(random, "new");
            boolean expected = RULE.fitsGroup(group, report);
            assertThat(facts.fits(report, RULE)).as("group %s, report %s", group, report).isEqualTo(expected);
            fitting += expected ? 1 : 0;
        }
        // Both outcomes are exercised, or the comparison says little.
        assertThat(fitting).isBetween(20, 380);
    }

    @Test
    void anEmptyGroupTakesAnyReport() {
        assertThat(new GroupFacts().fits(randomReport(new Random(1), "a"), RULE)).isTrue();
    }

    private static ReportFacts randomReport(Random random, String id) {
        LocalDate date = random.nextInt(4) == 0 ? null : DAY.plusDays(random.nextInt(4));
        Instant published = random.nextInt(8) == 0 ? null : NOON.plus(random.nextInt(96), ChronoUnit.HOURS);
        Integer killed = random.nextInt(3) == 0 ? null : random.nextInt(14);
        Set<String> articles = Set.of("art-" + random.nextInt(12));
        return new ReportFacts(id, articles, published, date, ATTACKERS[random.nextInt(ATTACKERS.length)],
                PLACES[random.nextInt(PLACES.length)], killed, 0);
    }
}
