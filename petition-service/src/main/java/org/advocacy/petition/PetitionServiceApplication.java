package org.advocacy.petition;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Petitions of a campaign and, later, their signatures and counts. */
@SpringBootApplication
public class PetitionServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PetitionServiceApplication.class, args);
    }
}
