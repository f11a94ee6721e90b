package org.advocacy.notifications.announcement;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.advocacy.conventions.PageView;
import org.advocacy.conventions.security.Access;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
class AnnouncementController {

    private final Announcements announcements;

    AnnouncementController(Announcements announcements) {
        this.announcements = announcements;
    }

    /** What the platform announced, newest first. Public: it says only what is public already. */
    @PreAuthorize(Access.ANYONE)
    @GetMapping
    PageView<AnnouncementView> announcements(@RequestParam(defaultValue = "0") @Min(0) int page,
                                             @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "happenedAt"));
        return PageView.of(announcements.findAll(request), AnnouncementView::of);
    }

    record AnnouncementView(String id, AnnouncementKind kind, String subjectId, String title, Instant happenedAt,
                            Instant startsAt) {

        static AnnouncementView of(Announcement a) {
            return new AnnouncementView(a.id(), a.kind(), a.subjectId(), a.title(), a.happenedAt(), a.startsAt());
        }
    }
}
