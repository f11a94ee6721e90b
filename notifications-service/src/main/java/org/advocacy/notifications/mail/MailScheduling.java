package org.advocacy.notifications.mail;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The service's own timed work: reminders, dropping expired copies of unsent emails. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailScheduling {
}
