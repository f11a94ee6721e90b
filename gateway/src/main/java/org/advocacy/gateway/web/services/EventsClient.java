package org.advocacy.gateway.web.services;

import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** events-service's API, as the pages use it; an organiser's token rides along where one is logged in. */
@Component
public class EventsClient {

    private static final ParameterizedTypeReference<PageOf<CampaignEvent>> PAGE = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Attendee>> ATTENDEES = new ParameterizedTypeReference<>() {
    };

    private final WebClient http;

    EventsClient(ServiceClients clients) {
        this.http = clients.forRoute("events");
    }

    /** A campaign's events, soonest first. */
    public Mono<PageOf<CampaignEvent>> ofCampaign(String campaign) {
        return Responses.checked(http.get().uri("/api/events?campaign={campaign}&size=100", campaign).retrieve())
                .bodyToMono(PAGE).defaultIfEmpty(PageOf.empty());
    }

    /** Every campaign's events, soonest first (drafts too, for organisers). */
    public Mono<PageOf<CampaignEvent>> all() {
        return Responses.checked(http.get().uri("/api/events?size=100").retrieve()).bodyToMono(PAGE).defaultIfEmpty(PageOf.empty());
    }

    public Mono<CampaignEvent> one(String id) {
        return Responses.checked(http.get().uri("/api/events/{id}", id).retrieve()).bodyToMono(CampaignEvent.class);
    }

    /** A supporter's answer; events-service emails the link that confirms it. */
    public Mono<Void> rsvp(String id, Map<String, Object> answer) {
        return Responses.checked(http.post().uri("/api/events/{id}/rsvps", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(answer).retrieve()).bodyToMono(Void.class);
    }

    /** @param action {@code confirmation} or {@code cancellation} */
    public Mono<RsvpAnswer> byLink(String action, String token) {
        return Responses.checked(http.post().uri("/api/rsvps/{action}", action).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("token", token)).retrieve()).bodyToMono(RsvpAnswer.class);
    }

    public Mono<CampaignEvent> draft(Map<String, Object> event) {
        return Responses.checked(http.post().uri("/api/events").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(event).retrieve()).bodyToMono(CampaignEvent.class);
    }

    public Mono<CampaignEvent> revise(String id, Map<String, Object> event) {
        return Responses.checked(http.put().uri("/api/events/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(event).retrieve()).bodyToMono(CampaignEvent.class);
    }

    /** @param step {@code publication} or {@code cancellation} */
    public Mono<CampaignEvent> step(String id, String step) {
        return Responses.checked(http.post().uri("/api/events/{id}/{step}", id, step).retrieve()).bodyToMono(CampaignEvent.class);
    }

    public Mono<List<Attendee>> attendees(String id) {
        return Responses.checked(http.get().uri("/api/events/{id}/attendees", id).retrieve()).bodyToMono(ATTENDEES)
                .defaultIfEmpty(List.of());
    }

    public Mono<AttendeeCounts> attendeeCounts(String id) {
        return Responses.checked(http.get().uri("/api/events/{id}/attendee-counts", id).retrieve()).bodyToMono(AttendeeCounts.class);
    }

    public Flux<DataBuffer> attendeesCsv(String id, boolean includeEmail) {
        return Responses.checked(http.get().uri("/api/events/{id}/attendees.csv?includeEmail={email}", id, includeEmail).retrieve())
                .bodyToFlux(DataBuffer.class);
    }

    public Mono<Attendee> checkIn(String id, String rsvpId) {
        return Responses.checked(http.post().uri("/api/events/{id}/attendees/{rsvp}/check-in", id, rsvpId).retrieve())
                .bodyToMono(Attendee.class);
    }

    /** @return how many confirmed attendees the message goes to */
    public Mono<Integer> message(String id, Map<String, Object> message) {
        return Responses.checked(http.post().uri("/api/events/{id}/attendee-messages", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(message).retrieve()).bodyToMono(SentMessage.class).map(SentMessage::recipients);
    }

    /** @param status {@code CONFIRMED}, {@code WAITING} or {@code CANCELLED} */
    public record RsvpAnswer(String status, String eventId) {
    }

    /** One line of the list at the door. */
    public record Attendee(String rsvpId, String name, String status, java.time.Instant checkedInAt) {

        public boolean confirmed() {
            return "CONFIRMED".equals(status);
        }
    }

    /** How many answered, by where they stand. */
    public record AttendeeCounts(long pending, long confirmed, long waiting, long checkedIn) {
    }

    record SentMessage(String id, int recipients) {
    }
}
