package io.eventwire.schemas.flat;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventwire.schemas.SampleRecords;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FlatEventViewTest {

    @Test
    void aStrikeUsesTheGoldSlotNames() {
        JsonNode json = FlatEventView.toJson(SampleRecords.strike());
        assertThat(json.get("type").asText()).isEqualTo("STRIKE");
        assertThat(json.get("date").asText()).isEqualTo("2025-07-03");
        assertThat(json.get("country").asText()).isEqualTo("UKR");
        assertThat(json.get("location").asText()).isEqualTo("Odesa");
        assertThat(json.get("attacker").asText()).isEqualTo("RUS");
        assertThat(json.at("/killed/value").asInt()).isEqualTo(4);
        assertThat(json.at("/killed/qualifier").asText()).isEqualTo("AT_LEAST");
        assertThat(json.at("/wounded/value").isNull()).isTrue();
        assertThat(json.at("/wounded/vague").asText()).isEqualTo("dozens");
        assertThat(json.get("case").asText()).isEqualTo("sample-04-strike");
        assertThat(json.at("/evidence/0/start").asInt()).isEqualTo(10);
        assertThat(json.has("participants")).isFalse();
        assertThat(json.at("/killedHighest/value").asInt()).isEqualTo(4);
        assertThat(json.at("/sources/0/killed/qualifier").asText()).isEqualTo("AT_LEAST");
        assertThat(json.get("reportCount").asInt()).isEqualTo(1);
        assertThat(json.get("firstSeen").asText()).isEqualTo("2025-07-04T08:30:00Z");
    }

    @Test
    void aCallListsSortedParticipantsAndItsLeaders() {
        JsonNode json = FlatEventView.toJson(SampleRecords.call());
        assertThat(json.get("participants").toString()).isEqualTo("[\"RUS\",\"USA\"]");
        assertThat(json.get("leaders").toString()).isEqualTo("[\"Trump\",\"Putin\"]");
        assertThat(json.get("status").asText()).isEqualTo("PLANNED");
        assertThat(json.get("date").isNull()).isTrue();
        assertThat(json.get("case").asText()).isEqualTo("seed-000");
    }

    @Test
    void aSwapKeysReleasedCountsByTheReceivingCountry() {
        JsonNode json = FlatEventView.toJson(SampleRecords.swap());
        assertThat(json.get("parties").toString()).isEqualTo("[\"RUS\",\"UKR\"]");
        assertThat(json.at("/released/UKR").asInt()).isEqualTo(84);
        assertThat(json.at("/released").size()).isEqualTo(1);
    }
}
