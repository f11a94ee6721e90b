package org.advocacy.gateway.web.admin.events;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.advocacy.gateway.web.admin.FieldProblems;
import org.advocacy.gateway.web.services.EventsClient;
import org.advocacy.gateway.web.services.ServiceProblem;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An event's attendees for its organisers: the counts, the CSV, the check-in list at the door (a
 * form per attendee, usable on a phone) and a message to everyone confirmed.
 */
@Controller
class AttendeesAdminController {

    private final EventsClient events;

    AttendeesAdminController(EventsClient events) {
        this.events = events;
    }

    @PreAuthorize(EventAdminController.ORGANISERS)
    @GetMapping("/admin/events/{id}/attendees")
    Mono<Rendering> attendees(@PathVariable String id, @RequestParam(required = false) Integer sent) {
        return page(id, Map.of(), FieldProblems.NONE, sent, HttpStatus.OK);
    }

    @PreAuthorize(EventAdminController.ORGANISERS)
    @GetMapping("/admin/events/{id}/attendees.csv")
    Mono<ResponseEntity<Flux<DataBuffer>>> csv(@PathVariable String id, @RequestParam(defaultValue = "false") boolean includeEmail) {
        return Mono.just(ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"attendees-" + id.replaceAll("[^A-Za-z0-9_-]", "") + ".csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(events.attendeesCsv(id, includeEmail)));
    }

    @PreAuthorize(EventAdminController.ORGANISERS)
    @PostMapping("/admin/events/{id}/attendees/{rsvpId}/check-in")
    Mono<Rendering> checkIn(@PathVariable String id, @PathVariable String rsvpId) {
        return events.checkIn(id, rsvpId).map(done -> Rendering.redirectTo("/admin/events/" + id + "/attendees#rsvp-" + rsvpId).build());
    }

    @PreAuthorize(EventAdminController.ORGANISERS)
    @PostMapping("/admin/events/{id}/attendee-messages")
    Mono<Rendering> message(@PathVariable String id, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> {
            Map<String, String> typed = typed(form);
            return events.message(id, request(typed))
                    .map(recipients -> Rendering.redirectTo("/admin/events/" + id + "/attendees?sent=" + recipients).build())
                    .onErrorResume(ServiceProblem.class, problem -> problem.status() == 404 ? Mono.error(problem)
                            : page(id, typed, FieldProblems.of(problem), null, HttpStatus.UNPROCESSABLE_CONTENT));
        });
    }

    private Mono<Rendering> page(String id, Map<String, String> message, FieldProblems problems, Integer sent, HttpStatus status) {
        return Mono.zip(events.one(id), events.attendees(id), events.attendeeCounts(id)).map(found -> Rendering
                .view("admin/events/attendees").modelAttribute("section", "events")
                .modelAttribute("event", found.getT1()).modelAttribute("attendees", found.getT2())
                .modelAttribute("counts", found.getT3()).modelAttribute("message", message)
                .modelAttribute("problems", problems).modelAttribute("sent", sent == null ? -1 : sent)
                .modelAttribute("languages", EventForm.LANGUAGES).status(status).build());
    }

    private static Map<String, String> typed(MultiValueMap<String, String> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : new String[] {"subject_en", "subject_pl", "body_en", "body_pl"}) {
            String value = form.getFirst(field);
            typed.put(field, value == null ? "" : value.replace("\r\n", "\n").strip());
        }
        return typed;
    }

    private static Map<String, Object> request(Map<String, String> typed) {
        Map<String, String> subject = new LinkedHashMap<>();
        Map<String, String> body = new LinkedHashMap<>();
        EventForm.LANGUAGES.forEach(language -> {
            if (!typed.get("subject_" + language).isEmpty()) {
                subject.put(language, typed.get("subject_" + language));
            }
            if (!typed.get("body_" + language).isEmpty()) {
                body.put(language, typed.get("body_" + language));
            }
        });
        return Map.of("subject", subject, "body", body);
    }
}
