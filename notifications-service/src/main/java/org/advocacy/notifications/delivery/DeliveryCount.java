package org.advocacy.notifications.delivery;

/** How many emails of one kind stand where. */
record DeliveryCount(String kind, String channel, long sent, long failed, long waiting) {
}
