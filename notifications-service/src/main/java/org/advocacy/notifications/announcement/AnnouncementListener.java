package org.advocacy.notifications.announcement;

import java.time.Clock;

import org.advocacy.contracts.Topics;
import org.advocacy.contracts.cases.CasePublished;
import org.advocacy.contracts.events.EventPublished;
import org.advocacy.contracts.events.EventSchedule;
import org.advocacy.contracts.events.EventScheduled;
import org.advocacy.contracts.events.EventUpdated;
import org.advocacy.messaging.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Turns what the other services publish into announcements; other message types are not its business. */
@Component
class AnnouncementListener {

    private final IdempotentConsumer consumer;
    private final Announcements announcements;
    private final Clock clock;

    AnnouncementListener(IdempotentConsumer consumer, Announcements announcements, Clock clock) {
        this.consumer = consumer;
        this.announcements = announcements;
        this.clock = clock;
    }

    @KafkaListener(topics = {Topics.CASE_FILES, Topics.EVENTS}, groupId = "notifications-service.announcements")
    void on(ConsumerRecord<String, byte[]> record) {
        consumer.handleOnce("announcements", record, message -> {
            switch (message.type()) {
                case CasePublished.TYPE -> announcements.save(Announcement.of(message.payload(CasePublished.class)));
                case EventScheduled.TYPE ->
                        announcements.save(Announcement.of(message.payload(EventScheduled.class), clock.instant()));
                case EventPublished.TYPE -> announcements.save(Announcement.of(
                        scheduled(message.payload(EventPublished.class).schedule()), clock.instant()));
                case EventUpdated.TYPE -> announcements.save(Announcement.of(
                        scheduled(message.payload(EventUpdated.class).schedule()), clock.instant()));
                default -> { }
            }
        });
    }

    // A published or moved event is announced as a scheduled one was: one announcement per event, with its start.
    private static EventScheduled scheduled(EventSchedule schedule) {
        String title = schedule.title().getOrDefault("en", schedule.title().values().iterator().next());
        return new EventScheduled(schedule.eventId(), schedule.campaign(), schedule.kind(), title, schedule.startsAt(),
                schedule.endsAt(), schedule.timeZone());
    }
}
