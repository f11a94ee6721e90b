package org.advocacy.events.event;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.advocacy.conventions.PageView;
import org.advocacy.conventions.problem.NotFound;
import org.advocacy.conventions.security.Access;
import org.advocacy.events.seat.SeatCounts;
import org.advocacy.events.seat.SeatLedger;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/events")
class CampaignEventController {

    // By the moment it starts, whatever its zone; the id keeps pages stable among events at the same moment.
    static final Sort BY_START = Sort.by("startsAtUtc", "id");
    private static final Set<EventStatus> PUBLIC = EnumSet.of(EventStatus.PUBLISHED, EventStatus.CANCELLED);

    private final CampaignEvents events;
    private final CampaignEventService service;
    private final SeatLedger seats;
    private final Viewers viewers;
    private final Clock clock;

    CampaignEventController(CampaignEvents events, CampaignEventService service, SeatLedger seats, Viewers viewers,
                            Clock clock) {
        this.events = events;
        this.service = service;
        this.seats = seats;
        this.viewers = viewers;
        this.clock = clock;
    }

    /** Events, soonest first, of one campaign or of all; drafts only for organisers. Public. */
    @PreAuthorize(Access.ANYONE)
    @GetMapping
    PageView<CampaignEventView> events(@RequestParam(required = false)
                                       @Pattern(regexp = CampaignEventRequest.CAMPAIGN_SLUG, message = "must be a campaign slug") String campaign,
                                       @RequestParam(defaultValue = "0") @Min(0) int page,
                                       @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var request = PageRequest.of(page, size, BY_START);
        Set<EventStatus> statuses = Viewers.isStaff() ? EnumSet.allOf(EventStatus.class) : PUBLIC;
        Page<CampaignEvent> found = campaign == null ? events.findByStatusIn(statuses, request)
                : events.findByCampaignAndStatusIn(campaign, statuses, request);
        Viewer viewer = Viewers.isStaff() ? Viewer.STAFF : Viewer.PUBLIC;
        Map<String, SeatCounts> counts = seats.counts(found.map(CampaignEvent::id).toList());
        return PageView.of(found, event -> CampaignEventView.of(event, counts.get(event.id()), viewer, clock.instant()));
    }

    /** One event; {@code attendee}, a confirmed attendee's token, shows a hidden address. Public. */
    @PreAuthorize(Access.ANYONE)
    @GetMapping("/{id}")
    CampaignEventView one(@PathVariable String id, @RequestParam(required = false) @Size(max = 100) String attendee) {
        CampaignEvent event = visible(id);
        return view(event, viewers.of(id, attendee));
    }

    /** Drafts an event; nobody but organisers sees it until it is published. Organisers. */
    @PreAuthorize(Access.ORGANISER)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CampaignEventView draft(@Valid @RequestBody CampaignEventRequest request) {
        return view(service.draft(request), Viewer.STAFF);
    }

    /** Changes an event; a published one's change is announced to its attendees. Organisers. */
    @PreAuthorize(Access.ORGANISER)
    @PutMapping("/{id}")
    CampaignEventView revise(@PathVariable String id, @Valid @RequestBody CampaignEventRequest request) {
        return view(service.revise(id, request), Viewer.STAFF);
    }

    /** Publishes a draft. Organisers. */
    @PreAuthorize(Access.ORGANISER)
    @PostMapping("/{id}/publication")
    CampaignEventView publish(@PathVariable String id) {
        return view(service.publish(id), Viewer.STAFF);
    }

    /** Calls an event off. Organisers. */
    @PreAuthorize(Access.ORGANISER)
    @PostMapping("/{id}/cancellation")
    CampaignEventView cancel(@PathVariable String id) {
        return view(service.cancel(id), Viewer.STAFF);
    }

    private CampaignEvent visible(String id) {
        return events.findById(id).filter(event -> event.isPublic() || Viewers.isStaff())
                .orElseThrow(() -> new NotFound("Event", id));
    }

    private CampaignEventView view(CampaignEvent event, Viewer viewer) {
        return CampaignEventView.of(event, seats.counts(event.id()), viewer, clock.instant());
    }
}
