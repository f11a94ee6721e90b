package org.advocacy.events.rsvp;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.advocacy.conventions.security.Access;
import org.advocacy.events.event.Viewers;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/events/{id}")
@Tag(name = "Attendees", description = "Who comes: the list, the CSV, check-in at the door, a message to all")
class AttendeeController {

    private final Attendees attendees;

    AttendeeController(Attendees attendees) {
        this.attendees = attendees;
    }

    @Operation(summary = "The confirmed and the waiting, by name")
    @PreAuthorize(Access.ORGANISER)
    @GetMapping("/attendees")
    List<AttendeeView> list(@PathVariable String id) {
        return attendees.of(id).stream().map(AttendeeView::of).toList();
    }

    @Operation(summary = "How many answered: pending confirmation, confirmed, waiting, checked in")
    @PreAuthorize(Access.ORGANISER)
    @GetMapping("/attendee-counts")
    AttendeeCounts counts(@PathVariable String id) {
        return attendees.counts(id);
    }

    @Operation(summary = "The list as CSV; the email column only for an admin who asks (includeEmail=true)")
    @PreAuthorize(Access.ORGANISER)
    @GetMapping("/attendees.csv")
    void csv(@PathVariable String id, @RequestParam(defaultValue = "false") boolean includeEmail,
             HttpServletResponse response) throws IOException {
        if (includeEmail && !Viewers.isAdmin()) {
            throw new AccessDeniedException("Only an admin may export attendees' emails");
        }
        attendees.of(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"attendees-" + id.replaceAll("[^A-Za-z0-9-]", "") + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        attendees.writeCsv(id, includeEmail, response.getWriter());
    }

    @Operation(summary = "Check a confirmed attendee in at the door; again changes nothing")
    @PreAuthorize(Access.ORGANISER)
    @PostMapping("/attendees/{rsvpId}/check-in")
    AttendeeView checkIn(@PathVariable String id, @PathVariable String rsvpId) {
        return attendees.checkIn(id, rsvpId);
    }

    @Operation(summary = "Ask the notifications service to write to every confirmed attendee")
    @PreAuthorize(Access.ORGANISER)
    @PostMapping("/attendee-messages")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SentMessage message(@PathVariable String id, @Valid @RequestBody AttendeesMessageRequest request) {
        AttendeesMessage message = attendees.message(id, request);
        return new SentMessage(message.id(), message.rsvpIds().size());
    }

    /** @param recipients how many confirmed attendees it goes to */
    record SentMessage(String id, int recipients) {
    }
}
