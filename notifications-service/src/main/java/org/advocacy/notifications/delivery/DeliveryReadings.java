package org.advocacy.notifications.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads the delivery log for staff: pages and counts. */
@Component
class DeliveryReadings {

    private final MongoTemplate mongo;

    DeliveryReadings(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Page<Delivery> page(DeliveryStatus status, String kind, int page, int size) {
        Criteria criteria = new Criteria();
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (kind != null) {
            criteria = criteria.and("kind").is(kind);
        }
        var request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id")));
        Query query = Query.query(criteria);
        long total = mongo.count(query, Delivery.class);
        return new PageImpl<>(mongo.find(query.with(request), Delivery.class), request, total);
    }

    List<DeliveryCount> counts() {
        var grouped = mongo.aggregate(Aggregation.newAggregation(Aggregation.group("kind", "channel", "status").count().as("n")),
                Delivery.class, Document.class);
        Map<String, long[]> byKind = new TreeMap<>();
        Map<String, String> channels = new TreeMap<>();
        for (Document row : grouped.getMappedResults()) {
            Document id = row.get("_id", Document.class);
            String kind = id.getString("kind");
            channels.put(kind, id.getString("channel"));
            long[] counts = byKind.computeIfAbsent(kind, k -> new long[3]);
            counts[DeliveryStatus.valueOf(id.getString("status")).ordinal()] += ((Number) row.get("n")).longValue();
        }
        List<DeliveryCount> counts = new ArrayList<>();
        byKind.forEach((kind, n) -> counts.add(new DeliveryCount(kind, channels.get(kind), n[0], n[1], n[2])));
        return counts;
    }
}
