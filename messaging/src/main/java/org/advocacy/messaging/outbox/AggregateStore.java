package org.advocacy.messaging.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import org.advocacy.messaging.correlation.CorrelationId;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saves an aggregate together with the messages it raised, in one single-document write: the
 * messages go into an {@code outbox} array inside the aggregate's own document, so the change and
 * its messages are stored together or not at all, without transactions. {@link OutboxRelay}
 * publishes them afterwards. The aggregate needs an {@code @Id} and a {@code @Version}.
 */
public class AggregateStore {

    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final OutboxRelay relay;
    private final Clock clock;

    public AggregateStore(MongoTemplate mongo, JsonMapper json, OutboxRelay relay, Clock clock) {
        this.mongo = mongo;
        this.json = json;
        this.relay = relay;
        this.clock = clock;
    }

    /** Inserts or updates the aggregate and appends the messages to its outbox. */
    public <T> T save(T aggregate, List<OutgoingMessage> messages) {
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext()
                .getRequiredPersistentEntity(aggregate.getClass());
        MongoPersistentProperty versionProperty = entity.getRequiredVersionProperty();
        PersistentPropertyAccessor<T> accessor = entity.getPropertyAccessor(aggregate);
        Number version = (Number) accessor.getProperty(versionProperty);
        String collection = entity.getCollection();
        List<Document> outbox = stored(messages);

        Document document = new Document();
        mongo.getConverter().write(aggregate, document);
        String versionField = versionProperty.getFieldName();
        if (version == null) {
            document.put(versionField, 0L);
            document.put(OutboxMessage.OUTBOX_FIELD, outbox);
            mongo.execute(collection, c -> c.insertOne(document));
            accessor.setProperty(versionProperty, 0L);
        } else {
            long current = version.longValue();
            Object id = document.get("_id");
            List<Bson> updates = new ArrayList<>();
            document.forEach((field, value) -> {
                if (!field.equals("_id") && !field.equals(versionField) && !field.equals(OutboxMessage.OUTBOX_FIELD)) {
                    updates.add(Updates.set(field, value));
                }
            });
            // A property the aggregate cleared is removed, else the stored value would outlive it.
            entity.doWithProperties((MongoPersistentProperty property) -> {
                String field = property.getFieldName();
                if (!field.equals("_id") && !field.equals(versionField) && !document.containsKey(field)) {
                    updates.add(Updates.unset(field));
                }
            });
            updates.add(Updates.set(versionField, current + 1));
            if (!outbox.isEmpty()) {
                updates.add(Updates.pushEach(OutboxMessage.OUTBOX_FIELD, outbox));
            }
            UpdateResult result = mongo.execute(collection, c -> c.updateOne(
                    Filters.and(Filters.eq("_id", id), Filters.eq(versionField, current)), Updates.combine(updates)));
            if (result.getMatchedCount() == 0) {
                throw new OptimisticLockingFailureException(
                        "%s %s was changed by someone else (version %d)".formatted(entity.getType().getSimpleName(), id, current));
            }
            accessor.setProperty(versionProperty, current + 1);
        }
        relay.watch(collection);
        if (!outbox.isEmpty()) {
            relay.publishSoon();
        }
        return accessor.getBean();
    }

    private List<Document> stored(List<OutgoingMessage> messages) {
        String correlationId = CorrelationId.current();
        return messages.stream()
                .map(m -> new OutboxMessage(UUID.randomUUID().toString(), m.topic(), m.type(), m.key(),
                        json.writeValueAsString(m.payload()), clock.instant(), correlationId).toDocument())
                .toList();
    }
}
