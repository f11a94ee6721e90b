package org.advocacy.notifications.delivery;

/** Where an email stands. */
public enum DeliveryStatus {
    /** The mail server took it. */
    SENT,
    /** The mail server refused it for good (the address); staff may send it again. */
    FAILED,
    /** The mail server is away; it is tried again until it is back. */
    WAITING
}
