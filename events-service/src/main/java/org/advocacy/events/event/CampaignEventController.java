package org.advocacy.events.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.advocacy.conventions.PageView;
import org.advocacy.conventions.problem.NotFound;
import org.advocacy.conventions.security.Access;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
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
@RequestMapping("/api/events")
class CampaignEventController {

    // By the moment it starts, whatever its zone; the id keeps pages stable among events at the same moment.
    private static final Sort BY_START = Sort.by("startsAtUtc", "id");

    private final CampaignEvents events;
    private final CampaignEventService service;

    CampaignEventController(CampaignEvents events, CampaignEventService service) {
        this.events = events;
        this.service = service;
    }

    /** Events, soonest first, of one campaign or of all. Public. */
    @PreAuthorize(Access.ANYONE)
    @GetMapping
    PageView<CampaignEventView> events(@RequestParam(required = false)
                                       @Pattern(regexp = CampaignEventRequest.CAMPAIGN_SLUG, message = "must be a campaign slug") String campaign,
                                       @RequestParam(defaultValue = "0") @Min(0) int page,
                                       @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var request = PageRequest.of(page, size, BY_START);
        var found = campaign == null ? events.findAll(request) : events.findByCampaign(campaign, request);
        return PageView.of(found, CampaignEventView::of);
    }

    /** One event. Public. */
    @PreAuthorize(Access.ANYONE)
    @GetMapping("/{id}")
    CampaignEventView one(@PathVariable String id) {
        return events.findById(id).map(CampaignEventView::of).orElseThrow(() -> new NotFound("Event", id));
    }

    /** Puts an event on the campaign's calendar. Organisers. */
    @PreAuthorize(Access.ORGANISER)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CampaignEventView schedule(@Valid @RequestBody CampaignEventRequest request) {
        return CampaignEventView.of(service.schedule(request));
    }
}
