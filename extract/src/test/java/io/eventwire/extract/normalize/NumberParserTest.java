package io.eventwire.extract.normalize;

import io.eventwire.extract.model.Count;
import io.eventwire.extract.model.Qualifier;
import io.eventwire.extract.text.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NumberParserTest {

    private static final Set<String> PERSON = Set.of("woman", "man", "child", "boy", "wife");

    private static List<NumberSpan> find(String s) {
        var t = Tokenizer.tokenize(s);
        return NumberParser.findAll(t, 0, t.size(), PERSON::contains, Set.of("including", "among")::contains);
    }

    private static Count first(String s) {
        return find(s).stream().filter(x -> !x.sub()).findFirst().map(NumberSpan::count).orElse(null);
    }

    @Test
    void digitsWithSeparators() {
        assertThat(first("some 1,250 residents fled")).isEqualTo(Count.of(1250, Qualifier.ABOUT));
    }

    @Test
    void numberWordsIncludingHyphenatedOnes() {
        assertThat(first("Twenty-three people died")).isEqualTo(Count.exact(23));
        assertThat(first("eight soldiers")).isEqualTo(Count.exact(8));
        assertThat(first("a dozen others")).isEqualTo(Count.of(12, Qualifier.ABOUT));
        assertThat(first("more than a hundred were hurt")).isEqualTo(Count.of(100, Qualifier.MORE_THAN));
    }

    @Test
    void numberWordsStartingWithOne() {
        assertThat(first("one hundred and twelve prisoners came home")).isEqualTo(Count.exact(112));
        assertThat(first("nearly one thousand people fled")).isEqualTo(Count.of(1000, Qualifier.ABOUT));
    }

    @Test
    void qualifiers() {
        assertThat(first("at least 14 people")).isEqualTo(Count.of(14, Qualifier.AT_LEAST));
        assertThat(first("over 40 people")).isEqualTo(Count.of(40, Qualifier.MORE_THAN));
        assertThat(first("nearly 30 people")).isEqualTo(Count.of(30, Qualifier.ABOUT));
        assertThat(first("up to 15 people")).isEqualTo(Count.of(15, Qualifier.AT_MOST));
        assertThat(first("no fewer than 6 people")).isEqualTo(Count.of(6, Qualifier.AT_LEAST));
    }

    @Test
    void vagueCounts() {
        assertThat(first("dozens of civilians")).isEqualTo(Count.vague("dozens"));
        assertThat(first("several residents")).isEqualTo(Count.vague("several"));
    }

    @Test
    void singlePersonWithAgeIsOne() {
        assertThat(first("shelling killed a 71-year-old man")).isEqualTo(Count.exact(1));
        assertThat(first("a 12-year-old was killed")).isEqualTo(Count.exact(1));
    }

    @Test
    void agesYearsTimesAndMeasuresAreNotCounts() {
        assertThat(find("in 2023 a 500-pound bomb fell at 9 a.m. on March 4")).isEmpty();
        assertThat(find("the 18-hour barrage")).isEmpty();
    }

    @Test
    void subCountsAreMarked() {
        List<NumberSpan> s = find("nine people, including four children");
        assertThat(s).hasSize(2);
        assertThat(s.get(0).sub()).isFalse();
        assertThat(s.get(1).sub()).isTrue();
    }

    @Test
    void appositiveAgesAreNotCounts() {
        assertThat(find("said Olena, 58, who was at home")).isEmpty();
        assertThat(find("Ahmad Saleh, 34, a driver")).isEmpty();
        assertThat(find("the victim, aged 64, died")).isEmpty();
        assertThat(first("killing 12, the mayor said")).isEqualTo(Count.exact(12));
    }

    @Test
    void oneOfTheSuperlativeIsNotACount() {
        assertThat(find("one of the deadliest attacks this year")).isEmpty();
        assertThat(find("one of the worst death tolls")).isEmpty();
        assertThat(first("one of them died")).isEqualTo(Count.exact(1));
    }
}
