package io.eventwire.schemas.wire;

import io.eventwire.schemas.Alert;
import io.eventwire.schemas.DeadLetter;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.RawArticle;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import java.io.IOException;
import java.util.function.Function;

/**
 * Kafka serde for eventwire records in Avro single-object encoding (2-byte marker, 8-byte schema fingerprint,
 * binary body): no schema registry is needed, the writer schema is found in {@link SchemaCatalog}.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T>, Serializer<T>, Deserializer<T> {

    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    private AvroSerde(BinaryMessageEncoder<T> encoder, Function<org.apache.avro.message.SchemaStore, BinaryMessageDecoder<T>> decoder) {
        this.encoder = encoder;
        this.decoder = decoder.apply(SchemaCatalog.get().store());
    }

    public static AvroSerde<RawArticle> rawArticles() {
        return new AvroSerde<>(RawArticle.getEncoder(), RawArticle::createDecoder);
    }

    public static AvroSerde<Event> events() {
        return new AvroSerde<>(Event.getEncoder(), Event::createDecoder);
    }

    public static AvroSerde<Alert> alerts() {
        return new AvroSerde<>(Alert.getEncoder(), Alert::createDecoder);
    }

    public static AvroSerde<DeadLetter> deadLetters() {
        return new AvroSerde<>(DeadLetter.getEncoder(), DeadLetter::createDecoder);
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        try {
            return encoder.encode(data).array();
        } catch (IOException e) {
            throw new SerializationException("cannot encode " + data.getSchema().getName() + " for " + topic, e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return decoder.decode(data);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot decode a record from " + topic + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }

    @Override
    public void configure(java.util.Map<String, ?> configs, boolean isKey) {
        // Nothing to configure: the writer schemas come from the schemas jar.
    }

    @Override
    public void close() {
        // Stateless: nothing to release.
    }
}
