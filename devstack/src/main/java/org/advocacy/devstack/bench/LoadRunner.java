package org.advocacy.devstack.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Sends requests from a fixed number of concurrent clients, each waiting for its answer before the next. */
final class LoadRunner {

    private final HttpClient http;
    private final int concurrency;

    LoadRunner(HttpClient http, int concurrency) {
        this.http = http;
        this.concurrency = concurrency;
    }

    /** Sends request 0..count-1, as built by {@code request}; answers what it measured. */
    Measurement run(String phase, int count, IntFunction<HttpRequest> request) throws Exception {
        long[] latencies = new long[count];
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new java.util.ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                running.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        int status;
                        try {
                            status = http.send(request.apply(i), HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (Exception failed) {
                            status = -1;
                        }
                        latencies[i] = System.nanoTime() - sent;
                        statuses.merge(status, 1, Integer::sum);
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }
        return new Measurement(phase, count, System.nanoTime() - started, latencies, statuses);
    }
}
