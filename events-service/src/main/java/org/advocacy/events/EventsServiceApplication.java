package org.advocacy.events;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Events of a campaign: protests, vigils, debates, votes, hearings, anniversaries, webinars. */
@SpringBootApplication
public class EventsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(EventsServiceApplication.class, args);
    }
}
