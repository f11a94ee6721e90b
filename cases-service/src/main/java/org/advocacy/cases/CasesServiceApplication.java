package org.advocacy.cases;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Case files of persecuted people: who they are, what is done to them, what is known. */
@SpringBootApplication
public class CasesServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CasesServiceApplication.class, args);
    }
}
