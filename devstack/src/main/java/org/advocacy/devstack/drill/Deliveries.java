package org.advocacy.devstack.drill;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which supporters' inboxes hold their confirmation email, how many times, and when the last one arrived. */
final class Deliveries {

    /** After the last email expected, how long a drill keeps looking for a duplicate. */
    static final Duration SETTLE = Duration.ofSeconds(5);

    private final Mailbox mailbox;

    Deliveries(Mailbox mailbox) {
        this.mailbox = mailbox;
    }

    /** Waits until every address has mail or the time is up; answers when the last first email was seen. */
    Optional<Instant> awaitEvery(String prefix, List<String> addresses, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Set<String> arrived = safely(prefix);
            if (arrived.containsAll(addresses)) {
                return Optional.of(Instant.now());
            }
            Thread.sleep(250);
        }
        return Optional.empty();
    }

    /** The number of emails in each inbox, read after {@link #SETTLE} so that a late duplicate is seen too. */
    Map<String, Integer> tally(List<String> addresses) throws IOException, InterruptedException {
        Thread.sleep(SETTLE.toMillis());
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String address : addresses) {
            counts.put(address, mailbox.messagesTo(address).size());
        }
        return counts;
    }

    static void report(Figures figures, Map<String, Integer> counts) {
        long delivered = counts.values().stream().filter(n -> n > 0).count();
        long lost = counts.size() - delivered;
        int duplicates = counts.values().stream().mapToInt(n -> Math.max(0, n - 1)).sum();
        figures.put("sent", counts.size()).put("delivered", delivered).put("duplicates", duplicates).put("lost", lost);
    }

    static long lost(Map<String, Integer> counts) {
        return counts.values().stream().filter(n -> n == 0).count();
    }

    static int duplicates(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(n -> Math.max(0, n - 1)).sum();
    }

    private Set<String> safely(String prefix) throws InterruptedException {
        try {
            return mailbox.recipientsStartingWith(prefix);
        } catch (IOException smtpDown) {
            return Set.of();
        }
    }
}
