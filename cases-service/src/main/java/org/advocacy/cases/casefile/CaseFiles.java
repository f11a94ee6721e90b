package org.advocacy.cases.casefile;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The case files, for reading and finding. Changes go through the aggregate store with their messages. */
@Repository
public class CaseFiles {

    private static final Sort BY_NAME = Sort.by("details.person.name", "_id");

    private final MongoTemplate mongo;

    CaseFiles(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public java.util.Optional<CaseFile> findById(String id) {
        return java.util.Optional.ofNullable(mongo.findById(id, CaseFile.class));
    }

    public long count() {
        return mongo.count(new Query(), CaseFile.class);
    }

    /** The cases an audience may see that match the filter, by name. */
    public Page<CaseFile> find(CaseFilter filter, Audience audience, Pageable pageable) {
        Query query = Query.query(criteria(filter, audience));
        long total = mongo.count(query, CaseFile.class);
        List<CaseFile> page = mongo.find(query.with(pageable).with(BY_NAME), CaseFile.class);
        return new PageImpl<>(page, pageable, total);
    }

    /** All matching cases, read as a cursor, for exports and statistics. */
    public Stream<CaseFile> stream(CaseFilter filter, Audience audience) {
        return mongo.stream(Query.query(criteria(filter, audience)).with(BY_NAME), CaseFile.class);
    }

    /** Cases with a partner's proposal waiting. */
    public List<CaseFile> withPendingSubmissions() {
        return mongo.find(Query.query(Criteria.where("submissions.state").is(Submission.State.PENDING.name())), CaseFile.class);
    }

    /** Cases with proposals of one partner. */
    public List<CaseFile> withSubmissionsOf(String partnerId) {
        return mongo.find(Query.query(Criteria.where("submissions.partnerId").is(partnerId)), CaseFile.class);
    }

    private static Criteria criteria(CaseFilter filter, Audience audience) {
        Criteria criteria = new Criteria();
        List<Criteria> all = new java.util.ArrayList<>();
        if (!audience.isStaff()) {
            all.add(Criteria.where("publishedAt").ne(null));
        }
        if (filter.campaign() != null) {
            all.add(Criteria.where("campaign").is(filter.campaign()));
        }
        if (filter.country() != null) {
            all.add(Criteria.where("details.country").is(filter.country()));
        }
        if (filter.status() != null) {
            all.add(Criteria.where("status.status").is(filter.status().name()));
        }
        if (filter.category() != null) {
            all.add(Criteria.where("details.categories").is(filter.category().name()));
        }
        if (filter.form() != null) {
            all.add(Criteria.where("details.persecutionForms").is(filter.form().name()));
        }
        String field = CaseSearchFields.fieldFor(audience);
        SearchText.queryWords(filter.q()).forEach(word -> all.add(Criteria.where(field).regex(word)));
        return all.isEmpty() ? criteria : criteria.andOperator(all);
    }
}
