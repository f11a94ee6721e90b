package org.advocacy.events.rsvp;

/**
 * What a supporter's request gets back.
 *
 * @param status  {@code CHECK_YOUR_EMAIL}, {@code CONFIRMED}, {@code WAITING} or {@code CANCELLED}
 * @param message a sentence to show
 * @param eventId the event, after a confirmation or cancellation
 */
record RsvpAnswer(String status, String message, String eventId) {

    // The same answer whether the email is new or answered already: whether an address answered stays private.
    static final RsvpAnswer CHECK_YOUR_EMAIL = new RsvpAnswer("CHECK_YOUR_EMAIL",
            "Thank you. Check your email and confirm with the link we sent you.", null);

    static RsvpAnswer of(RsvpStatus status, String eventId) {
        return switch (status) {
            case CONFIRMED -> new RsvpAnswer("CONFIRMED", "Thank you: your place is confirmed.", eventId);
            case WAITING -> new RsvpAnswer("WAITING",
                    "The seats are taken: you are on the waiting list, and we will write if a seat comes free.", eventId);
            case CANCELLED -> new RsvpAnswer("CANCELLED", "Your answer is cancelled and we keep nothing of it.", eventId);
            case PENDING -> CHECK_YOUR_EMAIL;
        };
    }
}
