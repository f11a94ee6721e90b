package org.advocacy.notifications.subscription;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.advocacy.notifications.follow.Topic;
import org.springframework.stereotype.Service;

/**
 * Writes one letter of news for each confirmed follower of a topic, in the follower's language.
 * The letter's id joins the message and the follow, so news delivered twice is written once.
 */
@Service
class FollowerNews {

    private final Subscriptions subscriptions;
    private final Letters letters;
    private final Clock clock;

    FollowerNews(Subscriptions subscriptions, Letters letters, Clock clock) {
        this.subscriptions = subscriptions;
        this.letters = letters;
        this.clock = clock;
    }

    /**
     * @param variables what the letter shows, given the reader's language ({@code en}, {@code pl})
     */
    void tell(Topic topic, String messageId, LetterKind kind, Function<String, Map<String, String>> variables) {
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        try (var followers = subscriptions.findByTopicAndStatus(topic.toString(), Subscription.Status.CONFIRMED)) {
            followers.forEach(follower -> letters.save(new Letter(messageId + ":" + follower.id(), follower.id(), null,
                    follower.language(), kind, byLanguage.computeIfAbsent(follower.language(), variables),
                    clock.instant(), 0)));
        }
    }
}
