package org.advocacy.notifications.follow;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** What followers can hear about, by topic ({@code case:{id}}...). */
public interface Subjects extends MongoRepository<Subject, String> {

    default Subject known(Topic topic) {
        return findById(topic.toString()).orElseGet(() -> new Subject(topic));
    }

    default Optional<Subject> followable(Topic topic) {
        return findById(topic.toString()).filter(Subject::followable);
    }
}
