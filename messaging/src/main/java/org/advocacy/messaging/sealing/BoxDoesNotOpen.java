package org.advocacy.messaging.sealing;

/** A sealed box that this key cannot open. The text says why in general terms, never what the box holds. */
public class BoxDoesNotOpen extends RuntimeException {

    BoxDoesNotOpen(String why) {
        super("The sealed box does not open: " + why);
    }
}
