package org.advocacy.notifications.reminder;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Event reminders, under {@code advocacy.reminders}.
 *
 * @param interval how often an instance looks for due reminders
 * @param lease    how long a claimed reminder is this instance's before another may take it over
 */
@ConfigurationProperties("advocacy.reminders")
record ReminderProperties(@DefaultValue("30s") Duration interval, @DefaultValue("5m") Duration lease) {
}
