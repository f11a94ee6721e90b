package org.advocacy.devstack.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Two instances each of petition-service and notifications-service under 1,000 signatures, each
 * confirmed by its emailed link: the count is exact and every email arrives once.
 */
final class TwoInstances implements Drill {

    static final int SUPPORTERS = 1000;
    static final Duration LIMIT = Duration.ofMinutes(8);

    private final Instances instances;

    TwoInstances(Instances instances) {
        this.instances = instances;
    }

    @Override
    public String name() {
        return "two-instances";
    }

    @Override
    public Figures run(DrilledPlatform platform) throws Exception {
        Figures figures = new Figures(name());
        int petitionServices = instances.running("petition-service");
        int notificationServices = instances.running("notifications-service");
        figures.put("petition-service instances", petitionServices)
                .put("notifications-service instances", notificationServices);
        if (petitionServices < 2 || notificationServices < 2) {
            return figures.check(false, "two instances each of petition-service and notifications-service run "
                    + "(PETITION_INSTANCES=2 NOTIFICATIONS_INSTANCES=2 ./platform up)");
        }
        Supporters supporters = platform.newPetition(name());
        List<String> addresses = IntStream.range(0, SUPPORTERS).mapToObj(supporters::address).toList();
        Confirmer confirmer = new Confirmer(platform, supporters);
        Instant started = Instant.now();
        long accepted = supporters.sign(0, SUPPORTERS).values().stream().filter(r -> r.statusCode() == 202).count();
        platform.step(accepted + " signatures accepted; confirming each by its email");
        confirmer.confirmAll(addresses, LIMIT);
        Map<String, Integer> counts = platform.deliveries.tally(addresses);
        long inStore = supporters.confirmedInStore();
        long shown = supporters.publicCount();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (shown != inStore && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            shown = supporters.publicCount();
        }

        Deliveries.report(figures, counts);
        figures.put("answered 202", accepted).put("confirmed (200)", confirmer.confirmed())
                .put("confirmed in the store", inStore).put("public count", shown)
                .put("signed to all confirmed", Duration.between(started, Instant.now()));
        figures.check(accepted == SUPPORTERS, "every signature answered 202")
                .check(Deliveries.lost(counts) == 0, "every supporter has a confirmation email")
                .check(Deliveries.duplicates(counts) == 0, "nobody has two")
                .check(confirmer.confirmed() == SUPPORTERS, "every emailed link confirmed")
                .check(inStore == SUPPORTERS && shown == inStore, "the count is exact: public count = store = confirmations");
        return figures;
    }

    /** How many instances of a service run. */
    @FunctionalInterface
    interface Instances {
        int running(String module);
    }
}
