package org.advocacy.notifications.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ReminderTest {

    static final Instant START = Instant.parse("2017-12-08T11:00:00Z");

    @Test
    void theDayBeforeReminderIsDueFromADayBeforeUntilTheTwoHourOneIs() {
        assertThat(Reminder.DAY_BEFORE.dueAt(START)).isEqualTo(Instant.parse("2017-12-07T11:00:00Z"));
        assertThat(Reminder.DAY_BEFORE.lateAfter(START)).isEqualTo(Instant.parse("2017-12-08T09:00:00Z"));
    }

    @Test
    void theTwoHourReminderIsDueUntilTheStart() {
        assertThat(Reminder.HOURS_BEFORE.dueAt(START)).isEqualTo(Instant.parse("2017-12-08T09:00:00Z"));
        assertThat(Reminder.HOURS_BEFORE.lateAfter(START)).isEqualTo(START);
    }

    @Test
    void eachEventHasOneDocumentPerReminder() {
        assertThat(Reminder.DAY_BEFORE.id("e1")).isEqualTo("e1:DAY_BEFORE").isNotEqualTo(Reminder.HOURS_BEFORE.id("e1"));
    }
}
