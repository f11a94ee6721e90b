package org.advocacy.notifications.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * Emails in batches, several at once: a spike of confirmation requests (all on one petition's
 * partition) is taken from Kafka in batches, and each batch's emails go out over
 * {@code advocacy.mail-sending.parallel} connections at once. Emails do not depend on one another, so
 * their order within a batch does not matter. A failure keeps the outage rules: the first record of
 * the batch that failed is reported to the error handler, which commits those before it and tries
 * that one and the rest again (the handled ones are skipped by their ids), after the pause its kind
 * of failure gets; a mail server that is down delays emails, never drops them.
 */
@Configuration(proxyBeanMethods = false)
public class MailBatches implements DisposableBean {

    /** The listener container factory of batch listeners that send emails. */
    public static final String FACTORY = "mailBatchListenerFactory";

    private final ExecutorService senders;

    MailBatches(MailSendingProperties properties) {
        this.senders = Executors.newFixedThreadPool(properties.parallel(), runnable -> {
            Thread thread = new Thread(runnable, "mail-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean(FACTORY)
    static ConcurrentKafkaListenerContainerFactory<Object, Object> mailBatchListenerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers) {
        var factory = new ConcurrentKafkaListenerContainerFactory<Object, Object>();
        configurer.configure(factory, consumers);
        factory.setBatchListener(true);
        return factory;
    }

    /** Hands each record to the handler, several at once; throws for the first record (in offset order) that failed. */
    public <K, V> void handle(List<ConsumerRecord<K, V>> records, Consumer<ConsumerRecord<K, V>> handler) {
        List<CompletableFuture<Void>> handlings = new ArrayList<>(records.size());
        for (ConsumerRecord<K, V> record : records) {
            handlings.add(CompletableFuture.runAsync(() -> handler.accept(record), senders));
        }
        for (int i = 0; i < handlings.size(); i++) {
            try {
                handlings.get(i).join();
            } catch (CompletionException failed) {
                // Wait for the others too: none may still be sending when the records are tried again.
                handlings.forEach(h -> h.exceptionally(e -> null).join());
                Throwable cause = failed.getCause() == null ? failed : failed.getCause();
                throw new BatchListenerFailedException(String.valueOf(cause.getMessage()), cause, records.get(i));
            }
        }
    }

    @Override
    public void destroy() {
        senders.shutdownNow();
    }
}
