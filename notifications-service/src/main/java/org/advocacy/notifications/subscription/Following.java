package org.advocacy.notifications.subscription;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.advocacy.conventions.problem.RuleViolation;
import org.advocacy.notifications.follow.Subject;
import org.advocacy.notifications.follow.Subjects;
import org.advocacy.notifications.follow.Topic;
import org.advocacy.notifications.subscription.FollowerKeys.LinkPurpose;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The supporter's side of following: ask (double opt-in), confirm, end, and list by an emailed link.
 * Asking answers the same whatever the address's state, and every email leaves later through a
 * letter, so neither the answer nor its timing tells whether an address follows anything.
 */
@Service
class Following {

    private final Subscriptions subscriptions;
    private final Letters letters;
    private final Subjects subjects;
    private final FollowerKeys keys;
    private final LinkAllowance allowance;
    private final SubscriptionProperties properties;
    private final Clock clock;

    Following(Subscriptions subscriptions, Letters letters, Subjects subjects, FollowerKeys keys,
              LinkAllowance allowance, SubscriptionProperties properties, Clock clock) {
        this.subscriptions = subscriptions;
        this.letters = letters;
        this.subjects = subjects;
        this.keys = keys;
        this.allowance = allowance;
        this.properties = properties;
        this.clock = clock;
    }

    void follow(String email, String topicText, String locale) {
        Topic topic = Topic.parse(topicText).orElseThrow(() -> new RuleViolation("topic",
                "Give a topic as case:{id}, campaign:{slug} or event:{id}."));
        Subject subject = subjects.followable(topic).orElseThrow(() -> new RuleViolation("topic",
                "There is no public case, campaign or event " + topic + " to follow."));
        String language = Languages.of(locale);
        String hash = keys.hash(email);
        Instant now = clock.instant();
        Subscription subscription = subscriptions.findByEmailHashAndTopic(hash, topic.toString())
                .filter(found -> !found.expired(now) || dropped(found))
                .orElse(null);
        if (subscription != null && subscription.confirmed()) {
            return;
        }
        if (subscription == null) {
            subscription = Subscription.pending(hash, keys.seal(email.strip()), topic.toString(), language, now,
                    properties.confirmWithin());
        } else {
            subscription.askedAgain(language, now, properties.confirmWithin());
        }
        try {
            subscriptions.save(subscription);
        } catch (DuplicateKeyException askedTwiceAtOnce) {
            return;
        }
        if (allowance.take(hash)) {
            letters.save(new Letter("confirm:" + subscription.id() + ":" + now.toEpochMilli(), subscription.id(), null,
                    language, LetterKind.FOLLOW_CONFIRMATION, Map.of("title", subject.title(language)), now, 0));
        }
    }

    private boolean dropped(Subscription expired) {
        end(expired);
        return false;
    }

    /** Confirms the follow the link was made for; the topic it follows. */
    Topic confirm(String token) {
        Subscription subscription = keys.subscriptionOf(LinkPurpose.CONFIRM, token).flatMap(subscriptions::findById)
                .orElseThrow(LinkNoLongerValid::new);
        if (!subscription.confirm(clock.instant())) {
            end(subscription);
            throw new LinkNoLongerValid();
        }
        subscriptions.save(subscription);
        return Topic.parse(subscription.topic()).orElseThrow();
    }

    /** Ends the follow the link was made for; a follow already ended is simply gone. */
    void cancel(String token) {
        String id = keys.subscriptionOf(LinkPurpose.CANCEL, token).orElseThrow(LinkNoLongerValid::new);
        subscriptions.findById(id).ifPresent(this::end);
    }

    void sendManageLink(String email) {
        String hash = keys.hash(email);
        Instant now = clock.instant();
        if (subscriptions.existsByEmailHash(hash) && allowance.take(hash)) {
            List<Subscription> follows = subscriptions.findByEmailHashOrderByCreatedAt(hash);
            String language = follows.get(follows.size() - 1).language();
            letters.save(new Letter("mine:" + hash + ":" + now.toEpochMilli(), null, keys.seal(email.strip()), language,
                    LetterKind.MY_FOLLOWS_LINK,
                    Map.of("token", keys.manageToken(hash, now.plus(properties.manageLinkValidFor()))), now, 0));
        }
    }

    /** What the address of a "my follows" link follows, each with the token that ends it. */
    List<FollowView> mine(String manageToken, String locale) {
        Instant now = clock.instant();
        String hash = keys.addressOf(manageToken, now).orElseThrow(LinkNoLongerValid::new);
        String language = Languages.of(locale);
        return subscriptions.findByEmailHashOrderByCreatedAt(hash).stream()
                .filter(s -> !s.expired(now))
                .map(s -> new FollowView(s.topic(), title(s.topic(), language), s.status().name(), s.since(),
                        keys.token(LinkPurpose.CANCEL, s.id())))
                .toList();
    }

    private String title(String topic, String language) {
        return Topic.parse(topic).flatMap(t -> subjects.findById(t.toString())).map(s -> s.title(language))
                .orElse(topic);
    }

    /** Ending deletes the follow and its letters that have not left yet. */
    void end(Subscription subscription) {
        subscriptions.delete(subscription);
        letters.deleteBySubscriptionId(subscription.id());
    }

    /** Drops follows left unconfirmed past their time; the number dropped. */
    int dropExpired() {
        List<Subscription> expired = subscriptions.findTop500ByStatusAndExpiresAtLessThanEqual(
                Subscription.Status.PENDING, clock.instant());
        expired.forEach(this::end);
        return expired.size();
    }

    record FollowView(String topic, String title, String status, Instant since, String cancelToken) {

        @Override
        public String toString() {
            return "FollowView[%s %s]".formatted(topic, status);
        }
    }
}
