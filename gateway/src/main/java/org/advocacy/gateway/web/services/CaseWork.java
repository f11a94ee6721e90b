package org.advocacy.gateway.web.services;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What cases-service answers about a case's history and the work around it, for staff. */
public final class CaseWork {

    private CaseWork() {
    }

    /** One change of a case: who, when, what. */
    public record Revision(int number, Instant at, String by, String action, List<Change> changes) {

        public Revision {
            changes = changes == null ? List.of() : changes;
        }

        public String on() {
            return at == null ? "" : at.toString().substring(0, 16).replace('T', ' ') + " UTC";
        }
    }

    public record Change(String field, String before, String after) {
    }

    /** A partner's proposal: exactly one of a status change, a timeline entry or a source. */
    public record Submission(String caseId, String id, String partnerId, Proposal proposal, String note, String state,
                             String reason, Instant submittedAt, Instant reviewedAt, String reviewedBy) {

        /** When it came, to the minute, in UTC: "2026-12-01 14:05 UTC". */
        public String submittedOn() {
            return submittedAt == null ? "" : submittedAt.toString().substring(0, 16).replace('T', ' ') + " UTC";
        }
    }

    public record Proposal(StatusChange statusChange, CaseFile.TimelineEntry timelineEntry, CaseFile.Source source) {
    }

    public record StatusChange(String status, String since) {
    }

    /** One read of restricted data, for admins. */
    public record RestrictedRead(String id, String caseId, String readBy, String through, Instant at) {
    }

    /** Counts over the published cases, and the figures the campaign states with their sources. */
    public record Statistics(long cases, Map<String, Long> byStatus, Map<String, Long> byCountry,
                             Map<String, Long> byPersecutionForm, List<Figure> campaignFigures) {

        public Statistics {
            byStatus = byStatus == null ? Map.of() : byStatus;
            byCountry = byCountry == null ? Map.of() : byCountry;
            byPersecutionForm = byPersecutionForm == null ? Map.of() : byPersecutionForm;
            campaignFigures = campaignFigures == null ? List.of() : campaignFigures;
        }

        public static Statistics none() {
            return new Statistics(0, Map.of(), Map.of(), Map.of(), List.of());
        }
    }

    /** "At least 35 cases of political persecution", with where it comes from. */
    public record Figure(String campaign, String country, int atLeast, Map<String, String> description, FigureSource source) {

        public String description(String language) {
            return Localized.in(description, language);
        }
    }

    public record FigureSource(String title, String publisher, String url, String date) {
    }
}
