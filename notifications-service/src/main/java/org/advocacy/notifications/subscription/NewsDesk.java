package org.advocacy.notifications.subscription;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.advocacy.contracts.cases.CasePublished;
import org.advocacy.contracts.cases.CaseStatusChanged;
import org.advocacy.contracts.cases.CaseTimelineEntryAdded;
import org.advocacy.contracts.cases.CaseUnpublished;
import org.advocacy.contracts.events.EventSchedule;
import org.advocacy.contracts.events.EventUpdated;
import org.advocacy.contracts.petitions.PetitionMilestoneReached;
import org.advocacy.notifications.follow.Subject;
import org.advocacy.notifications.follow.Subjects;
import org.advocacy.notifications.follow.Topic;
import org.springframework.stereotype.Service;

/**
 * Decides which followers hear of what: the followers of a case of its status and timeline, the
 * followers of an event that it moved or was called off, the followers of a campaign of a case or
 * an event published in it and of its petitions' milestones. Keeps the copies it needs to say so.
 */
@Service
class NewsDesk {

    private final Subjects subjects;
    private final FollowerNews news;

    NewsDesk(Subjects subjects, FollowerNews news) {
        this.subjects = subjects;
        this.news = news;
    }

    void casePublished(String messageId, CasePublished published) {
        Topic topic = Topic.ofCase(published.caseId());
        subjects.save(subjects.known(topic).published(Map.of("en", published.personName()), published.campaign()));
        if (published.campaign() != null) {
            Subject campaign = campaignKnown(published.campaign());
            news.tell(campaign.topic(), messageId, LetterKind.CAMPAIGN_CASE_PUBLISHED, language -> variables(
                    "title", published.personName(), "campaign", campaign.title(language),
                    "page", "/cases/" + published.caseId()));
        }
    }

    void caseUnpublished(CaseUnpublished unpublished) {
        subjects.findById(Topic.ofCase(unpublished.caseId()).toString())
                .ifPresent(known -> subjects.save(known.withdrawn()));
    }

    void caseStatusChanged(String messageId, CaseStatusChanged changed) {
        Topic topic = Topic.ofCase(changed.caseId());
        subjects.followable(topic).ifPresent(known -> news.tell(topic, messageId, LetterKind.CASE_STATUS_CHANGED,
                language -> variables("title", known.title(language), "status", changed.status(),
                        "since", changed.since(), "page", "/cases/" + changed.caseId())));
    }

    void timelineEntryAdded(String messageId, CaseTimelineEntryAdded added) {
        Topic topic = Topic.ofCase(added.caseId());
        subjects.followable(topic).ifPresent(known -> news.tell(topic, messageId, LetterKind.CASE_TIMELINE_ENTRY,
                language -> variables("title", known.title(language), "date", added.date(),
                        "detail", inLanguage(added.text(), language), "page", "/cases/" + added.caseId())));
    }

    void eventPublished(String messageId, EventSchedule schedule) {
        Subject event = eventKnown(schedule);
        Subject campaign = campaignKnown(schedule.campaign());
        news.tell(campaign.topic(), messageId, LetterKind.CAMPAIGN_EVENT_PUBLISHED, eventVariables(event,
                language -> campaign.title(language)));
    }

    Subject eventKnown(EventSchedule schedule) {
        campaignKnown(schedule.campaign());
        return subjects.save(subjects.known(Topic.ofEvent(schedule.eventId())).published(schedule.title(), schedule.campaign())
                .at(schedule.startsAt(), schedule.timeZone()));
    }

    void eventUpdated(String messageId, EventUpdated updated) {
        Subject event = eventKnown(updated.schedule());
        if (updated.moved()) {
            news.tell(event.topic(), messageId, LetterKind.EVENT_MOVED, eventVariables(event, language -> null));
        }
    }

    void eventCancelled(String messageId, EventSchedule schedule) {
        Subject event = subjects.save(eventKnown(schedule).withdrawn());
        news.tell(event.topic(), messageId, LetterKind.EVENT_CANCELLED, eventVariables(event, language -> null));
    }

    void petitionKnown(String petitionId, String campaign, String title) {
        campaignKnown(campaign);
        subjects.save(subjects.known(Topic.ofPetition(petitionId)).published(Map.of("en", title), campaign));
    }

    void milestone(String messageId, PetitionMilestoneReached reached) {
        subjects.findById(Topic.ofPetition(reached.petitionId()).toString()).filter(p -> p.campaign() != null)
                .ifPresent(petition -> {
                    Subject campaign = campaignKnown(petition.campaign());
                    news.tell(campaign.topic(), messageId, LetterKind.CAMPAIGN_MILESTONE, language -> variables(
                            "title", petition.title(language), "campaign", campaign.title(language),
                            "milestone", String.valueOf(reached.milestone()), "page", "/"));
                });
    }

    /** A campaign is followable once something public names it. */
    private Subject campaignKnown(String slug) {
        Topic topic = Topic.ofCampaign(slug);
        return subjects.followable(topic).orElseGet(() -> subjects.save(subjects.known(topic).published(null, null)));
    }

    private static Function<String, Map<String, String>> eventVariables(Subject event,
                                                                       Function<String, String> campaignTitle) {
        return language -> variables("title", event.title(language), "campaign", campaignTitle.apply(language),
                "startsAt", event.startsAt() == null ? null : event.startsAt().toString(), "timeZone", event.timeZone(),
                "page", "/events/" + event.id().substring(event.id().indexOf(':') + 1));
    }

    private static String inLanguage(Map<String, String> texts, String language) {
        if (texts == null || texts.isEmpty()) {
            return null;
        }
        return texts.getOrDefault(language, texts.getOrDefault("en", texts.values().iterator().next()));
    }

    /** Pairs of name and value; a null value is left out. */
    private static Map<String, String> variables(String... pairs) {
        Map<String, String> variables = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                variables.put(pairs[i], pairs[i + 1]);
            }
        }
        return variables;
    }
}
