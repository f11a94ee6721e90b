package org.advocacy.cases.audit;

import java.time.Clock;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/** Records every read of restricted case data, before the data leaves the service. */
@Component
public class RestrictedReads {

    private final MongoTemplate mongo;
    private final Clock clock;

    RestrictedReads(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** @param through the endpoint, e.g. {@code GET /api/cases/{id}} */
    public void record(String caseId, String readBy, String through) {
        mongo.insert(new RestrictedRead(UUID.randomUUID().toString(), caseId, readBy, through, clock.instant()));
    }

    Page<RestrictedRead> find(String caseId, Pageable pageable) {
        Query query = caseId == null ? new Query() : Query.query(Criteria.where("caseId").is(caseId));
        long total = mongo.count(query, RestrictedRead.class);
        return PageableExecutionUtils.getPage(mongo.find(Query.of(query).with(pageable)
                .with(Sort.by(Sort.Direction.DESC, "at")), RestrictedRead.class), pageable, () -> total);
    }
}
