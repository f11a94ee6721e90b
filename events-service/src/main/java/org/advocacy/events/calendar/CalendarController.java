package org.advocacy.events.calendar;

import java.io.IOException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import org.advocacy.conventions.problem.NotFound;
import org.advocacy.conventions.security.Access;
import org.advocacy.events.event.CampaignEvent;
import org.advocacy.events.event.CampaignEvents;
import org.advocacy.events.event.EventStatus;
import org.advocacy.events.event.Viewer;
import org.advocacy.events.event.Viewers;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Calendars", description = "iCalendar files: one event, or a campaign's feed to subscribe to")
class CalendarController {

    private final CampaignEvents events;
    private final EventCalendars calendars;
    private final Viewers viewers;
    private final Clock clock;

    CalendarController(CampaignEvents events, EventCalendars calendars, Viewers viewers, Clock clock) {
        this.events = events;
        this.calendars = calendars;
        this.viewers = viewers;
        this.clock = clock;
    }

    @Operation(summary = "One event as .ics; a confirmed attendee's token (attendee) shows a hidden address")
    @PreAuthorize(Access.ANYONE)
    @GetMapping("/api/events/{id}/calendar.ics")
    void event(@PathVariable String id, @RequestParam(required = false) @Size(max = 100) String attendee,
               HttpServletResponse response) throws IOException {
        CampaignEvent event = events.findById(id).filter(found -> found.isPublic() || Viewers.isStaff())
                .orElseThrow(() -> new NotFound("Event", id));
        Viewer viewer = viewers.of(id, attendee);
        write(calendars.of(List.of(event), e -> e.addressShownTo(viewer, clock.instant()), viewer == Viewer.STAFF,
                clock.instant()), "event-" + id.replaceAll("[^A-Za-z0-9-]", ""), response);
    }

    @Operation(summary = "A campaign's published and cancelled events as a feed to subscribe to")
    @PreAuthorize(Access.ANYONE)
    @GetMapping("/api/events/calendar.ics")
    void campaign(@RequestParam @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "must be a campaign slug") String campaign,
                  HttpServletResponse response) throws IOException {
        List<CampaignEvent> found = events.findByCampaignAndStatusIn(campaign,
                EnumSet.of(EventStatus.PUBLISHED, EventStatus.CANCELLED), Sort.by("startsAtUtc", "id"));
        // A feed is shared: it shows what the public sees, whoever asks.
        write(calendars.of(found, e -> e.addressShownTo(Viewer.PUBLIC, clock.instant()), false, clock.instant()),
                campaign, response);
    }

    private static void write(Calendar calendar, String name, HttpServletResponse response) throws IOException {
        response.setContentType("text/calendar;charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"" + name + ".ics\"");
        new CalendarOutputter(false).output(calendar, response.getWriter());
    }
}
