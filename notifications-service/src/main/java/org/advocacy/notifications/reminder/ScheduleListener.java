package org.advocacy.notifications.reminder;

import org.advocacy.contracts.Topics;
import org.advocacy.contracts.events.EventCancelled;
import org.advocacy.contracts.events.EventPublished;
import org.advocacy.contracts.events.EventSchedule;
import org.advocacy.contracts.events.EventUpdated;
import org.advocacy.messaging.inbox.IdempotentConsumer;
import org.advocacy.messaging.inbox.MalformedMessageException;
import org.advocacy.notifications.rsvp.EventSchedules;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the events' times and plans their reminders: moved with the event, dropped when it is called
 * off; the attendees hear of a move and of a cancellation.
 */
@Component
class ScheduleListener {

    private final IdempotentConsumer consumer;
    private final EventSchedules schedules;
    private final Reminders reminders;
    private final EventNews news;

    ScheduleListener(IdempotentConsumer consumer, EventSchedules schedules, Reminders reminders, EventNews news) {
        this.consumer = consumer;
        this.schedules = schedules;
        this.reminders = reminders;
        this.news = news;
    }

    @KafkaListener(topics = Topics.EVENTS, groupId = "notifications-service.reminders")
    void on(ConsumerRecord<String, byte[]> record) {
        consumer.handleOnce("reminders", record, message -> {
            switch (message.type()) {
                case EventPublished.TYPE -> planned(message.payload(EventPublished.class).schedule(), false);
                case EventUpdated.TYPE -> {
                    EventUpdated updated = message.payload(EventUpdated.class);
                    planned(updated.schedule(), updated.moved());
                }
                case EventCancelled.TYPE -> {
                    EventSchedule schedule = valid(message.payload(EventCancelled.class).schedule());
                    if (schedules.isNews(schedule, true)) {
                        // The attendees hear first: should the mail server be away, the message comes again whole.
                        news.cancelled(schedule);
                        schedules.keep(schedule, true);
                        reminders.drop(schedule.eventId());
                        news.forget(schedule.eventId());
                    }
                }
                default -> {
                    // Other news of events needs no reminder.
                }
            }
        });
    }

    private void planned(EventSchedule schedule, boolean moved) {
        if (schedules.isNews(valid(schedule), false)) {
            if (moved) {
                news.moved(schedule);
            }
            schedules.keep(schedule, false);
            reminders.plan(schedule.eventId(), schedule.startsAt());
        }
    }

    private static EventSchedule valid(EventSchedule schedule) {
        if (schedule == null || schedule.eventId() == null || schedule.startsAt() == null) {
            throw new MalformedMessageException("An event's message has no schedule with an id and a start");
        }
        return schedule;
    }
}
