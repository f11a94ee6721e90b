package org.advocacy.notifications.subscription;

import java.net.URI;
import java.net.URLEncoder;
import java.time.Duration;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.advocacy.messaging.sealing.BoxDoesNotOpen;
import org.advocacy.notifications.MailProperties;
import org.advocacy.notifications.mail.Mailer;
import org.advocacy.notifications.subscription.FollowerKeys.LinkPurpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends the waiting letters, oldest first, and drops follows left unconfirmed. A letter leaves once
 * and is deleted; while the mail server is down the letters wait. A letter of a follow that ended,
 * or news for a follow not confirmed, is dropped unsent.
 */
@Component
class LetterPost implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LetterPost.class);
    private static final int GIVE_UP_AFTER = 20;
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final Letters letters;
    private final Subscriptions subscriptions;
    private final Following following;
    private final LetterWriting writing;
    private final FollowerKeys keys;
    private final Mailer mailer;
    private final MailProperties mail;
    private final SubscriptionProperties properties;
    private volatile ScheduledExecutorService executor;
    private Instant lastSweep = Instant.EPOCH;

    LetterPost(Letters letters, Subscriptions subscriptions, Following following, LetterWriting writing,
               FollowerKeys keys, Mailer mailer, MailProperties mail, SubscriptionProperties properties) {
        this.letters = letters;
        this.subscriptions = subscriptions;
        this.following = following;
        this.writing = writing;
        this.keys = keys;
        this.mailer = mailer;
        this.mail = mail;
        this.properties = properties;
    }

    void sendWaiting() {
        if (Instant.now().isAfter(lastSweep.plus(SWEEP_EVERY))) {
            following.dropExpired();
            lastSweep = Instant.now();
        }
        for (Letter letter : letters.findTop100ByOrderByCreatedAt()) {
            if (!send(letter)) {
                return;
            }
        }
    }

    /** Sends one letter; false when the mail server is away and the rest should wait too. */
    private boolean send(Letter letter) {
        Optional<Subscription> subscription = letter.subscriptionId() == null ? Optional.empty()
                : subscriptions.findById(letter.subscriptionId());
        if (letter.subscriptionId() != null && (subscription.isEmpty()
                || letter.kind().news() && !subscription.get().confirmed())) {
            letters.delete(letter);
            return true;
        }
        try {
            String to = keys.open(subscription.map(Subscription::sealedEmail).orElse(letter.sealedEmail()));
            String cancelToken = subscription.map(s -> keys.token(LinkPurpose.CANCEL, s.id())).orElse(null);
            var written = writing.write(letter, subscription.map(s -> keys.token(LinkPurpose.CONFIRM, s.id())).orElse(null),
                    cancelToken);
            if (cancelToken == null) {
                mailer.send(to, written.subject(), written.body());
            } else {
                mailer.send(to, written.subject(), written.body(), URI.create(
                        mail.page("/api/subscriptions/one-click?token=") + URLEncoder.encode(cancelToken, StandardCharsets.UTF_8)));
            }
            letters.delete(letter);
            return true;
        } catch (Mailer.MailNotSent e) {
            log.warn("Letter {} waits for the mail server: {}", letter.id(), e.getMessage());
            letters.save(letter.failedOnce());
            return false;
        } catch (Mailer.AddressRefused | BoxDoesNotOpen e) {
            log.warn("Letter {} dropped: {}", letter.id(), e.getMessage());
            letters.delete(letter);
            return true;
        } catch (RuntimeException e) {
            log.warn("Letter {} failed ({} attempts): {}", letter.id(), letter.attempts() + 1, e.toString());
            if (letter.attempts() + 1 >= GIVE_UP_AFTER) {
                letters.delete(letter);
            } else {
                letters.save(letter.failedOnce());
            }
            return true;
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "follower-letters");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(() -> {
            try {
                sendWaiting();
            } catch (RuntimeException e) {
                log.warn("Sending follower letters failed; tried again shortly: {}", e.toString());
            }
        }, 0, properties.sendInterval().toMillis(), TimeUnit.MILLISECONDS);
        executor = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = executor;
        executor = null;
        if (current != null) {
            current.shutdown();
            try {
                current.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
