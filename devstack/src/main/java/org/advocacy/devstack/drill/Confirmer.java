package org.advocacy.devstack.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Confirms what arrived until every one of {@code addresses} confirmed or the time is up; answers when the last did. */
    Instant confirmAll(Collection<String> addresses, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        Instant last = Instant.now();
        while (!clicked.containsAll(addresses) && Instant.now().isBefore(deadline)) {
            boolean any = false;
            for (String address : platform.mailbox.recipientsStartingWith(supporters.prefix())) {
                if (addresses.contains(address) && !clicked.contains(address)) {
                    any |= click(address);
                }
            }
            if (any) {
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
