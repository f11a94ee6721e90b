package org.advocacy.petition.counting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.advocacy.contracts.Topics;
import org.advocacy.contracts.petitions.PetitionMilestoneReached;
import org.advocacy.contracts.petitions.SignatureConfirmed;
import org.advocacy.contracts.petitions.SignatureErased;
import org.advocacy.messaging.cloudevents.CloudEventRecords;
import org.advocacy.messaging.inbox.InboundMessage;
import org.advocacy.messaging.outbox.AggregateStore;
import org.advocacy.messaging.outbox.OutgoingMessage;
import org.advocacy.petition.config.PetitionProperties;
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
 * writer of its tally. Per poll: the tallies and the entries of the poll's signatures are read in
 * bulk, the entries are written in one bulk write, then each tally once, with the milestones it
 * reached in its outbox. A crash between the two writes is redelivered and decided again the same
 * way ({@link CountedSignature}).
 */
@Component
class CountProjector {

    static final String GROUP = "petition-service.counting";

    private static final Logger log = LoggerFactory.getLogger(CountProjector.class);

    private final Tallies tallies;
    private final CountedSignatures entries;
    private final Petitions petitions;
    private final AggregateStore store;
    private final CloudEventRecords records;
    private final PetitionProperties properties;
    private final Clock clock;

    CountProjector(Tallies tallies, CountedSignatures entries, Petitions petitions, AggregateStore store,
                   CloudEventRecords records, PetitionProperties properties, Clock clock) {
        this.tallies = tallies;
        this.entries = entries;
        this.petitions = petitions;
        this.store = store;
        this.records = records;
        this.properties = properties;
        this.clock = clock;
    }

    @KafkaListener(id = GROUP, topics = Topics.SIGNATURES, containerFactory = CountingConfiguration.BATCH_FACTORY)
    void on(List<ConsumerRecord<String, byte[]>> batch) {
        Map<String, List<SignatureEvent>> byPetition = new LinkedHashMap<>();
        Set<String> signatureIds = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : batch) {
            if (record.key() != null) {
                SignatureEvent event = eventOf(record);
                byPetition.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(event);
                if (event.concernsCounting()) {
                    signatureIds.add(event.signatureId());
                }
            }
        }
        if (byPetition.isEmpty()) {
            return;
        }
        Map<String, PetitionTally> known = new LinkedHashMap<>();
        tallies.findAllById(byPetition.keySet()).forEach(tally -> known.put(tally.petitionId(), tally));
        Map<String, CountedSignature> stored = entries.byId(signatureIds);

        Map<String, CountingRound> rounds = new LinkedHashMap<>();
        List<CountedSignature> toWrite = new ArrayList<>();
        byPetition.forEach((petitionId, events) -> {
            PetitionTally tally = known.computeIfAbsent(petitionId, PetitionTally::startFor);
            CountingRound round = new CountingRound(tally, stored).apply(petitionId, events);
            if (round.advanced()) {
                rounds.put(petitionId, round);
                toWrite.addAll(round.entries());
            }
        });
        entries.saveAll(toWrite);
        rounds.forEach((petitionId, round) -> saveTally(known.get(petitionId), round));
    }

    private void saveTally(PetitionTally tally, CountingRound round) {
        String petitionId = tally.petitionId();
        long goal = petitions.findById(petitionId).map(Petition::goal).orElse(0L);
        Instant now = clock.instant();
        List<PetitionMilestoneReached> reached = tally.apply(round.changes(), round.upTo(), goal,
                properties.counting().milestones(), now);
        store.save(tally, reached.stream()
                .map(m -> new OutgoingMessage(Topics.PETITIONS, PetitionMilestoneReached.TYPE, petitionId, m)).toList());
    }

    private SignatureEvent eventOf(ConsumerRecord<String, byte[]> record) {
        AppliedAt at = new AppliedAt(record.partition(), record.offset());
        try {
            InboundMessage message = records.read(record);
            if (SignatureConfirmed.TYPE.equals(message.type())) {
                SignatureConfirmed confirmed = message.payload(SignatureConfirmed.class);
                return SignatureEvent.confirmation(confirmed.signatureId(), confirmed.country(),
                        dayOf(confirmed.confirmedAt()), at);
            }
            if (SignatureErased.TYPE.equals(message.type())) {
                SignatureErased erased = message.payload(SignatureErased.class);
                return SignatureEvent.erasure(erased.signatureId(), erased.counted(), erased.country(),
                        dayOf(erased.confirmedAt()), at);
            }
            return SignatureEvent.other(at);
        } catch (RuntimeException unreadable) {
            // Our own topic: a record that cannot be read changes no count and must not stop the others.
            log.warn("Skipped an unreadable record at {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    unreadable.toString());
            return SignatureEvent.other(at);
        }
    }

    private static LocalDate dayOf(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
