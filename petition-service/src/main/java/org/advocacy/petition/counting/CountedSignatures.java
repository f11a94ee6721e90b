package org.advocacy.petition.counting;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The signature entries of counting, read and written in bulk: one query and one write per batch. */
@Component
class CountedSignatures {

    private final MongoTemplate mongo;

    CountedSignatures(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Map<String, CountedSignature> byId(Collection<String> signatureIds) {
        Map<String, CountedSignature> found = new HashMap<>();
        if (!signatureIds.isEmpty()) {
            for (CountedSignature entry : mongo.find(Query.query(Criteria.where("_id").in(signatureIds)), CountedSignature.class)) {
                found.put(entry.signatureId(), entry);
            }
        }
        return found;
    }

    void saveAll(Collection<CountedSignature> entries) {
        if (entries.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CountedSignature.class);
        for (CountedSignature entry : entries) {
            bulk.replaceOne(Query.query(Criteria.where("_id").is(entry.signatureId())), entry,
                    FindAndReplaceOptions.options().upsert());
        }
        bulk.execute();
    }
}
