package io.eventwire.schemas.wire;

import io.eventwire.schemas.Event;
import io.eventwire.schemas.RawArticle;
import io.eventwire.schemas.SampleRecords;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AvroSerdeTest {

    @Test
    void eventsOfEveryDetailTypeSurviveTheWire() {
        AvroSerde<Event> serde = AvroSerde.events();
        for (Event event : new Event[] {SampleRecords.strike(), SampleRecords.call(), SampleRecords.swap()}) {
            byte[] bytes = serde.serialize("events", event);
            // Generated equals() cannot compare nested logical types (Avro compares them generically), so compare the JSON form.
            assertThat(serde.deserialize("events", bytes).toString()).isEqualTo(event.toString());
        }
    }

    @Test
    void messagesCarryTheSingleObjectHeaderAndTheWriterFingerprint() {
        byte[] bytes = AvroSerde.rawArticles().serialize("articles.raw", SampleRecords.article());
        // Avro single-object encoding: 0xC3 0x01, then the 64-bit CRC-64-AVRO fingerprint, little-endian.
        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        long fingerprint = ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        assertThat(fingerprint).isEqualTo(SchemaNormalization.parsingFingerprint64(RawArticle.getClassSchema()));
    }

    @Test
    void aMessageFromAnUnknownSchemaIsASerializationErrorNotACrash() {
        Schema unknown = new Schema.Parser().parse("""
                {"type":"record","name":"Other","namespace":"x","fields":[{"name":"a","type":"int"}]}""");
        byte[] bytes = new byte[12];
        ByteBuffer header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        header.put((byte) 0xC3).put((byte) 0x01).putLong(SchemaNormalization.parsingFingerprint64(unknown));
        assertThatThrownBy(() -> AvroSerde.events().deserialize("events", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("events");
        assertThatThrownBy(() -> AvroSerde.events().deserialize("events", "not avro".getBytes()))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void nullIsATombstoneBothWays() {
        assertThat(AvroSerde.events().serialize("events", null)).isNull();
        assertThat(AvroSerde.events().deserialize("events", null)).isNull();
    }
}
