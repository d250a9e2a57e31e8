package io.eventwire.extract.merge;

import io.eventwire.schemas.Event;
import io.eventwire.schemas.wire.AvroSerde;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The merge step's state store format: a version byte, then per event its stream time and its reports, each in
 * the events' own single-object Avro encoding (so state written by an older version reads like old messages do).
 * The merged form is not stored: it is recomputed from the reports.
 */
public final class MergeStateSerde implements Serde<MergeState>, Serializer<MergeState>, Deserializer<MergeState> {

    private static final byte VERSION = 1;
    private final AvroSerde<Event> events = AvroSerde.events();

    @Override
    public byte[] serialize(String topic, MergeState state) {
        if (state == null) {
            return null;
        }
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeInt(state.clusters().size());
            for (MergeState.Cluster cluster : state.clusters()) {
                out.writeLong(cluster.lastReportTime());
                out.writeInt(cluster.reports().size());
                for (Event report : cluster.reports()) {
                    byte[] encoded = events.serialize(topic, report);
                    out.writeInt(encoded.length);
                    out.write(encoded);
                }
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new SerializationException("cannot encode merge state", e);
        }
    }

    @Override
    public MergeState deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            byte version = in.readByte();
            if (version != VERSION) {
                throw new SerializationException("unknown merge state version " + version);
            }
            int clusterCount = in.readInt();
            List<MergeState.Cluster> clusters = new ArrayList<>(clusterCount);
            for (int c = 0; c < clusterCount; c++) {
                long lastReportTime = in.readLong();
                int reportCount = in.readInt();
                List<Event> reports = new ArrayList<>(reportCount);
                for (int r = 0; r < reportCount; r++) {
                    byte[] encoded = new byte[in.readInt()];
                    in.readFully(encoded);
                    reports.add(events.deserialize(topic, encoded));
                }
                clusters.add(MergeState.Cluster.of(reports, lastReportTime));
            }
            return new MergeState(clusters);
        } catch (IOException e) {
            throw new SerializationException("cannot decode merge state", e);
        }
    }

    @Override
    public void configure(java.util.Map<String, ?> configs, boolean isKey) {
    }

    @Override
    public Serializer<MergeState> serializer() {
        return this;
    }

    @Override
    public Deserializer<MergeState> deserializer() {
        return this;
    }

    @Override
    public void close() {
    }
}
