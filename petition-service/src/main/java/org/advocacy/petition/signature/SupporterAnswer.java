package org.advocacy.petition.signature;

/**
 * What a supporter's request gets back.
 *
 * @param status     {@code CHECK_YOUR_EMAIL}, {@code CONFIRMED} or {@code ERASED}
 * @param message    a sentence to show
 * @param petitionId the petition, after a confirmation
 */
record SupporterAnswer(String status, String message, String petitionId) {

    // The same answer whether the email is new, signed already, or the request came from a robot.
    static final SupporterAnswer CHECK_YOUR_EMAIL = new SupporterAnswer("CHECK_YOUR_EMAIL",
            "Thank you. Check your email and confirm your signature with the link we sent you.", null);

    static SupporterAnswer confirmed(String petitionId) {
        return new SupporterAnswer("CONFIRMED", "Thank you: your signature counts now.", petitionId);
    }

    static final SupporterAnswer ERASED = new SupporterAnswer("ERASED",
            "Your signature and everything you gave with it are erased.", null);
}
