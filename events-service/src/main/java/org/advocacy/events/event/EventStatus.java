package org.advocacy.events.event;

/** Where an event is in its life: drafted by organisers, published for everyone, or called off. */
public enum EventStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED
}
