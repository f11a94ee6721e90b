package org.advocacy.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.advocacy.devstack.drill.Drills;
import org.advocacy.devstack.drill.Figures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The fault drills of {@code ./platform drill NAME}, each with its verdict, against the shared
 * platform: a part is taken away under load and brought back, and nothing is lost or repeated.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(3)
class DrillsIT {

    private Drills drills;

    @BeforeAll
    void start() throws Exception {
        drills = new Drills(SharedPlatform.get().settings());
    }

    @Test
    @Order(1)
    void anSmtpOutageOfAMinuteLeavesEachSupporterExactlyOneConfirmationEmail() throws Exception {
        passes("smtp-outage");
    }

    @Test
    @Order(2)
    void killingNotificationsWhileItSendsLosesNoEmailAndRepeatsAtMostThoseInFlight() throws Exception {
        passes("notifications-kill");
    }

    @Test
    @Order(3)
    void aBrokerOutageUnderSigningAndConfirmingKeepsTheCountExactAndEveryEmailSingle() throws Exception {
        passes("kafka-outage");
    }

    @Test
    @Order(4)
    void aStoreRestartUnderSigningAnswers503WithRetryAfterAndLosesNothingAccepted() throws Exception {
        passes("mongo-restart");
    }

    @Test
    @Order(5)
    void twoInstancesOfPetitionAndNotificationsCountExactlyAndSendEveryEmailOnce() throws Exception {
        passes("two-instances");
    }

    private void passes(String drill) throws Exception {
        Figures figures = drills.run(drill, System.out);
        figures.print(System.out);
        assertThat(figures.failures()).as("%s", figures).isEmpty();
    }
}
