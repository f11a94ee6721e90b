package org.advocacy.events.event;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Works out who is looking at an event: staff by their token's roles, an attendee by their link's token. */
@Component
public class Viewers {

    private final AttendeeCheck attendees;

    Viewers(AttendeeCheck attendees) {
        this.attendees = attendees;
    }

    public Viewer of(String eventId, String attendeeToken) {
        if (isStaff()) {
            return Viewer.STAFF;
        }
        return attendeeToken != null && attendees.isConfirmedAttendee(eventId, attendeeToken) ? Viewer.ATTENDEE : Viewer.PUBLIC;
    }

    public static boolean isStaff() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null && caller.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_organiser") || a.getAuthority().equals("ROLE_admin"));
    }

    public static boolean isAdmin() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null && caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_admin"));
    }
}
