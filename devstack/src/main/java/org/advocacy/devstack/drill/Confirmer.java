package org.advocacy.devstack.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** Supporters who click the link in their email as soon as it arrives: each confirms once. */
final class Confirmer {

    private final DrilledPlatform platform;
    private final Supporters supporters;
    private final Set<String> clicked = ConcurrentHashMap.newKeySet();
    private final AtomicInteger confirmed = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    Confirmer(DrilledPlatform platform, Supporters supporters) {
        this.platform = platform;
        this.supporters = supporters;
    }

    /**
     * Confirms what arrived, {@link Supporters#CLIENTS} supporters at a time, until every one of
     * {@code addresses} confirmed or the time is up; answers when the last did.
     */
    Instant confirmAll(Collection<String> addresses, Duration timeout) throws Exception {
        Set<String> expected = Set.copyOf(addresses);
        Instant deadline = Instant.now().plus(timeout);
        Instant last = Instant.now();
        while (!clicked.containsAll(expected) && Instant.now().isBefore(deadline)) {
            Queue<String> arrived = new ConcurrentLinkedQueue<>();
            for (String address : platform.mailbox.recipientsStartingWith(supporters.prefix())) {
                if (expected.contains(address) && !clicked.contains(address)) {
                    arrived.add(address);
                }
            }
            AtomicBoolean any = new AtomicBoolean();
            if (!arrived.isEmpty()) {
                supporters.inParallel(() -> {
                    for (String address = arrived.poll(); address != null; address = arrived.poll()) {
                        if (click(address)) {
                            any.set(true);
                        }
                    }
                });
            }
            if (any.get()) {
                last = Instant.now();
            } else {
                Thread.sleep(250);
            }
        }
        return last;
    }

    int confirmed() {
        return confirmed.get();
    }

    int refused() {
        return refused.get();
    }

    private boolean click(String address) throws Exception {
        for (String message : platform.mailbox.messagesTo(address)) {
            var token = Mailbox.confirmationToken(message);
            if (token.isPresent()) {
                int status = supporters.confirm(token.get());
                if (status == 200) {
                    confirmed.incrementAndGet();
                } else {
                    refused.incrementAndGet();
                }
                clicked.add(address);
                return true;
            }
        }
        return false;
    }
}
