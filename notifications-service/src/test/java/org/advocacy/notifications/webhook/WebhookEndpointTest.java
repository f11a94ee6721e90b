package org.advocacy.notifications.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.advocacy.contracts.Topics;
import org.advocacy.contracts.cases.CasePublished;
import org.advocacy.contracts.events.EventCancelled;
import org.advocacy.contracts.petitions.PetitionCreated;
import org.advocacy.contracts.petitions.SignatureConfirmed;
import org.advocacy.contracts.petitions.SignaturePending;
import org.advocacy.conventions.problem.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.annotation.KafkaListener;

class WebhookEndpointTest {

    static final Instant NOW = Instant.parse("2017-12-08T11:00:00Z");

    @Test
    void aPartnerMaySubscribeOnlyToPublicEventTypes() {
        assertThat(WebhookEndpoint.register("p", url(), Set.of(CasePublished.TYPE, EventCancelled.TYPE), NOW).eventTypes())
                .containsExactly(CasePublished.TYPE, EventCancelled.TYPE);
        for (String notForPartners : List.of(SignaturePending.TYPE, SignatureConfirmed.TYPE, PetitionCreated.TYPE,
                WebhookEventTypes.TEST, "org.advocacy.unknown.v1")) {
            assertThatThrownBy(() -> WebhookEndpoint.register("p", url(), Set.of(notForPartners), NOW))
                    .isInstanceOf(RuleViolation.class)
                    .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("eventTypes"));
        }
    }

    @Test
    void theFeedReadsPublicTopicsOnly() throws Exception {
        Method on = WebhookFeed.class.getDeclaredMethod("on", org.apache.kafka.clients.consumer.ConsumerRecord.class);
        List<String> topics = List.of(on.getAnnotation(KafkaListener.class).topics());
        assertThat(topics).containsExactlyInAnyOrderElementsOf(WebhookEventTypes.TOPICS).doesNotContainAnyElementsOf(Topics.INTERNAL);
    }

    @Test
    void aRotatedSecretSignsBesideTheNewOneUntilTheOverlapEnds() {
        WebhookEndpoint endpoint = WebhookEndpoint.register("p", url(), Set.of(CasePublished.TYPE), NOW);
        WebhookSecret old = endpoint.signingSecrets(NOW).get(0);
        WebhookSecret rotated = endpoint.rotateSecret(Duration.ofHours(24), NOW);

        assertThat(rotated).isNotEqualTo(old);
        assertThat(endpoint.signingSecrets(NOW.plusSeconds(60))).containsExactly(rotated, old);
        assertThat(endpoint.signingSecrets(NOW.plus(Duration.ofHours(24)))).containsExactly(rotated);
    }

    private static URI url() {
        return URI.create("https://partner.example/hook");
    }
}
