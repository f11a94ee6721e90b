package org.advocacy.notifications.announcement;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The announcements made, newest first when listed. */
public interface Announcements extends MongoRepository<Announcement, String> {
}
