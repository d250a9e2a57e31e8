package io.eventwire.app.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Tells whether a consumer group has processed everything committed to a topic, from the group's committed offsets
 * and the topic's last stable offsets.
 */
public final class PipelineProgress {

    private final Admin admin;

    public PipelineProgress(Admin admin) {
        this.admin = admin;
    }

    /**
     * @param transactional whether the topic is written in transactions. Every committed transaction ends with a
     *                      commit marker, which a consumer steps over without processing, so a group that processed
     *                      all data may have committed one offset short of the end.
     */
    public boolean caughtUp(String groupId, String topic, boolean transactional) {
        try {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(java.util.List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
            for (var end : ends.entrySet()) {
                long endOffset = end.getValue().offset();
                if (endOffset == 0) {
                    continue;
                }
                OffsetAndMetadata done = committed.get(end.getKey());
                if (done == null || done.offset() < endOffset - (transactional ? 1 : 0)) {
                    return false;
                }
            }
            return true;
        } catch (ExecutionException e) {
            return false; // The group or topic may not exist yet: not caught up.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
