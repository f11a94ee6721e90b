package org.advocacy.devstack.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Sends requests from a fixed number of concurrent clients, each waiting for its answer before the next. */
final class LoadRunner {

    private final HttpClient http;
    private final int concurrency;

    LoadRunner(HttpClient http, int concurrency) {
        this.http = http;
        this.concurrency = concurrency;
    }

    /** Sends request 0..count-1, as built by {@code request}; answers what it measured. */
    Measurement run(String phase, String path, int count, IntFunction<HttpRequest> request) throws Exception {
        return run(phase, path, count, request, (i, response) -> { });
    }

    /** As {@link #run(String, String, int, IntFunction)}, handing each answer's body to {@code answers}. */
    Measurement run(String phase, String path, int count, IntFunction<HttpRequest> request, Answers answers) throws Exception {
        Histogram latencies = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(2), 3);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicInteger refusedWithoutRetryAfter = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                running.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        int status;
                        try {
                            HttpResponse<String> response = http.send(request.apply(i), HttpResponse.BodyHandlers.ofString());
                            status = response.statusCode();
                            if (status == 429 && response.headers().firstValue("Retry-After").isEmpty()) {
                                refusedWithoutRetryAfter.incrementAndGet();
                            }
                            answers.accept(i, response);
                        } catch (Exception failed) {
                            status = -1;
                        }
                        latencies.recordValue(Math.min(latencies.getHighestTrackableValue(), (System.nanoTime() - sent) / 1000));
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
        return new Measurement(phase, path, count, System.nanoTime() - started, latencies, statuses,
                refusedWithoutRetryAfter.get());
    }

    /** What the benchmark keeps of an answer, e.g. a confirmation's outcome. */
    @FunctionalInterface
    interface Answers {
        void accept(int index, HttpResponse<String> response) throws Exception;
    }
}
