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
    /** Seals by reversing, bound to the endpoint: enough to see that what is kept is not the secret itself. */
    static final SecretLocker LOCKER = new SecretLocker() {
        public String lock(String secret, String endpointId) {
            return endpointId + ":" + new StringBuilder(secret).reverse();
        }

        public String unlock(String locked, String endpointId) {
            return new StringBuilder(locked.substring(endpointId.length() + 1)).reverse().toString();
        }
    };

    @Test
    void aPartnerMaySubscribeOnlyToPublicEventTypes() {
        assertThat(WebhookEndpoint.register("p", url(), Set.of(CasePublished.TYPE, EventCancelled.TYPE), NOW, LOCKER).eventTypes())
                .containsExactly(CasePublished.TYPE, EventCancelled.TYPE);
        for (String notForPartners : List.of(SignaturePending.TYPE, SignatureConfirmed.TYPE, PetitionCreated.TYPE,
                WebhookEventTypes.TEST, "org.advocacy.unknown.v1")) {
            assertThatThrownBy(() -> WebhookEndpoint.register("p", url(), Set.of(notForPartners), NOW, LOCKER))
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
        WebhookEndpoint endpoint = WebhookEndpoint.register("p", url(), Set.of(CasePublished.TYPE), NOW, LOCKER);
        WebhookSecret old = endpoint.signingSecrets(NOW, LOCKER).get(0);
        WebhookSecret rotated = endpoint.rotateSecret(Duration.ofHours(24), NOW, LOCKER);

        assertThat(rotated).isNotEqualTo(old);
        assertThat(endpoint.signingSecrets(NOW.plusSeconds(60), LOCKER)).containsExactly(rotated, old);
        assertThat(endpoint.signingSecrets(NOW.plus(Duration.ofHours(24)), LOCKER)).containsExactly(rotated);
    }

    private static URI url() {
        return URI.create("https://partner.example/hook");
    }
}
