package org.advocacy.notifications.subscription;

import java.util.List;

import jakarta.validation.Valid;
import org.advocacy.conventions.security.Access;
import org.advocacy.notifications.follow.Subjects;
import org.advocacy.notifications.follow.Topic;
import org.advocacy.notifications.subscription.Following.FollowView;
import org.advocacy.notifications.subscription.SubscriptionRequests.FollowRequest;
import org.advocacy.notifications.subscription.SubscriptionRequests.ManageLinkRequest;
import org.advocacy.notifications.subscription.SubscriptionRequests.TokenRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Supporters follow cases, campaigns and events by email, without an account: every call is anonymous. */
@RestController
@RequestMapping("/api/subscriptions")
class SubscriptionController {

    private static final Accepted CHECK_YOUR_EMAIL = new Accepted(
            "If the address can receive email, a message with a link is on its way.");

    private final Following following;
    private final Subjects subjects;

    SubscriptionController(Following following, Subjects subjects) {
        this.following = following;
        this.subjects = subjects;
    }

    /** Asks to follow; the same answer whether the address is new, waiting or following already. */
    @PreAuthorize(Access.ANYONE)
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted follow(@Valid @RequestBody FollowRequest request) {
        following.follow(request.email(), request.topic(), request.locale());
        return CHECK_YOUR_EMAIL;
    }

    @PreAuthorize(Access.ANYONE)
    @PostMapping("/confirmation")
    Followed confirm(@Valid @RequestBody TokenRequest request) {
        Topic topic = following.confirm(request.token());
        return new Followed(topic.toString(), subjects.known(topic).title(Languages.of(request.locale())));
    }

    @PreAuthorize(Access.ANYONE)
    @PostMapping("/cancellation")
    Ended cancel(@Valid @RequestBody TokenRequest request) {
        following.cancel(request.token());
        return new Ended(true);
    }

    /**
     * RFC 8058 one-click unsubscribe: the POST a mail client sends ({@code List-Unsubscribe=One-Click}
     * as a form), authenticated by the token of the {@code List-Unsubscribe} header's link.
     */
    @PreAuthorize(Access.ANYONE)
    @PostMapping(path = "/one-click", consumes = {MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.ALL_VALUE})
    Ended oneClick(@RequestParam String token) {
        following.cancel(token);
        return new Ended(true);
    }

    /** Emails the address a link to the list of what it follows; the same answer whatever it follows. */
    @PreAuthorize(Access.ANYONE)
    @PostMapping("/manage-link")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted manageLink(@Valid @RequestBody ManageLinkRequest request) {
        following.sendManageLink(request.email());
        return CHECK_YOUR_EMAIL;
    }

    /** What the address of a "my follows" link follows. A POST, so that the token stays out of access logs. */
    @PreAuthorize(Access.ANYONE)
    @PostMapping("/mine")
    MyFollows mine(@Valid @RequestBody TokenRequest request) {
        return new MyFollows(following.mine(request.token(), request.locale()));
    }

    record Accepted(String message) {
    }

    record Followed(String topic, String title) {
    }

    record Ended(boolean ended) {
    }

    record MyFollows(List<FollowView> items) {
    }
}
