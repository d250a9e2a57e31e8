package io.eventwire.extract.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    private static List<String> split(String s) {
        List<Sentence> out = new ArrayList<>();
        SentenceSplitter.split(s, 0, s.length(), 0, out);
        return out.stream().map(x -> s.substring(x.start(), x.end())).toList();
    }

    @Test
    void splitsSentencesGluedWithoutSpace() {
        assertThat(split("The two leaders talked for an hour, the ministry said.The talks ended without a deal."))
                .containsExactly("The two leaders talked for an hour, the ministry said.",
                        "The talks ended without a deal.");
    }

    @Test
    void keepsAbbreviationsInsideTheSentence() {
        assertThat(split("Gen. Petrov met U.S. envoys on Jan. 5 in Vienna. Mr. Ortiz, No. 2 in the ministry, stayed home."))
                .containsExactly("Gen. Petrov met U.S. envoys on Jan. 5 in Vienna.",
                        "Mr. Ortiz, No. 2 in the ministry, stayed home.");
    }

    @Test
    void closingQuoteStaysWithItsSentence() {
        assertThat(split("\"We will respond,\" he said. \"Nobody is safe.\" The mayor left."))
                .containsExactly("\"We will respond,\" he said.", "\"Nobody is safe.\"", "The mayor left.");
    }

    @Test
    void decimalsAndThousandsDoNotSplit() {
        assertThat(split("Damage reached 2.5 million euros and 1,200 homes. Repairs start soon."))
                .hasSize(2);
    }

    @Test
    void gluedQuoteAfterFullStop() {
        List<String> s = split("The aide spoke to reporters.'Our position is firm,' he added.");
        assertThat(s).hasSize(2);
        assertThat(s.get(1)).contains("Our position is firm");
    }
}
