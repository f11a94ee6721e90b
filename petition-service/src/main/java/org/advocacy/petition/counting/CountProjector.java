package org.advocacy.petition.counting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.advocacy.contracts.Topics;
import org.advocacy.contracts.petitions.PetitionMilestoneReached;
import org.advocacy.contracts.petitions.SignatureConfirmed;
import org.advocacy.contracts.petitions.SignatureErased;
import org.advocacy.messaging.cloudevents.CloudEventRecords;
import org.advocacy.messaging.inbox.InboundMessage;
import org.advocacy.messaging.outbox.AggregateStore;
import org.advocacy.messaging.outbox.OutgoingMessage;
import org.advocacy.petition.config.PetitionProperties;
import org.advocacy.petition.counting.PetitionTally.CountChange;
import org.advocacy.petition.petition.Petition;
import org.advocacy.petition.petition.Petitions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the tallies from the service's own signatures topic. The record key is the petition id,
 * so all of a petition's messages are in one partition and this partition's consumer is the only
 * writer of its tally. A poll's records are grouped by petition and each tally is written once per
 * poll, with the milestones it reached in its outbox; records at or below the offset the tally
 * stored were applied before and are skipped.
 */
@Component
class CountProjector {

    static final String GROUP = "petition-service.counting";

    private static final Logger log = LoggerFactory.getLogger(CountProjector.class);

    private final Tallies tallies;
    private final Petitions petitions;
    private final AggregateStore store;
    private final CloudEventRecords records;
    private final PetitionProperties properties;
    private final Clock clock;

    CountProjector(Tallies tallies, Petitions petitions, AggregateStore store, CloudEventRecords records,
                   PetitionProperties properties, Clock clock) {
        this.tallies = tallies;
        this.petitions = petitions;
        this.store = store;
        this.records = records;
        this.properties = properties;
        this.clock = clock;
    }

    @KafkaListener(id = GROUP, topics = Topics.SIGNATURES, containerFactory = CountingConfiguration.BATCH_FACTORY)
    void on(List<ConsumerRecord<String, byte[]>> batch) {
        Map<String, List<ConsumerRecord<String, byte[]>>> byPetition = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : batch) {
            if (record.key() != null) {
                byPetition.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(record);
            }
        }
        byPetition.forEach(this::apply);
    }

    private void apply(String petitionId, List<ConsumerRecord<String, byte[]>> records) {
        PetitionTally tally = tallies.findById(petitionId).orElseGet(() -> PetitionTally.startFor(petitionId));
        List<CountChange> changes = new ArrayList<>();
        ConsumerRecord<String, byte[]> last = null;
        for (ConsumerRecord<String, byte[]> record : records) {
            if (!tally.hasApplied(record.partition(), record.offset())) {
                changes.add(changeOf(record));
                last = record;
            }
        }
        if (last == null) {
            return;
        }
        long goal = petitions.findById(petitionId).map(Petition::goal).orElse(0L);
        Instant now = clock.instant();
        List<PetitionMilestoneReached> reached = tally.apply(changes, last.partition(), last.offset(), goal,
                properties.counting().milestones(), properties.counting().duplicateWindow(), now);
        store.save(tally, reached.stream()
                .map(m -> new OutgoingMessage(Topics.PETITIONS, PetitionMilestoneReached.TYPE, petitionId, m)).toList());
    }

    private CountChange changeOf(ConsumerRecord<String, byte[]> record) {
        try {
            InboundMessage message = records.read(record);
            if (SignatureConfirmed.TYPE.equals(message.type())) {
                SignatureConfirmed confirmed = message.payload(SignatureConfirmed.class);
                return new CountChange(message.id(), 1, confirmed.country(), dayOf(confirmed.confirmedAt()));
            }
            if (SignatureErased.TYPE.equals(message.type())) {
                SignatureErased erased = message.payload(SignatureErased.class);
                return erased.counted() ? new CountChange(message.id(), -1, erased.country(), dayOf(erased.confirmedAt()))
                        : CountChange.none(message.id());
            }
            return CountChange.none(message.id());
        } catch (RuntimeException unreadable) {
            // Our own topic: a record that cannot be read changes no count and must not stop the others.
            log.warn("Skipped an unreadable record at {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    unreadable.toString());
            return CountChange.none(null);
        }
    }

    private static LocalDate dayOf(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
