package org.advocacy.infrastructure.embedded;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryMatcher;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A sparse index on one field, kept in memory and built again at each opening: the documents that
 * have the field, for queries every match of which must have it ({@code {field: {$exists: true}}} or
 * a comparison with a value, such as the housekeeping's {@code {expiresAt: {$lte: now}}}, alone or
 * in the query's {@code $and}). mongo-java-server ignores indexes that are not unique, and
 * the outbox relays' look for waiting messages ({@code outbox.0.time}, sparse) read every document
 * of the collection: profiled, nearly half a second per look at 40,000 signatures, most of the
 * store's CPU while supporters signed. Other queries read as before.
 */
final class PresentFieldIndex extends Index<Object> {

    private static final String ID = "_id";

    private final String field;
    private final Document present;
    private final QueryMatcher matcher = new DefaultQueryMatcher();
    /** The positions of the documents that have the field, by their ids. */
    private final Map<Object, Object> positions = new ConcurrentHashMap<>();

    PresentFieldIndex(String name, IndexKey key) {
        super(name, List.of(key), true);
        this.field = key.getKey();
        this.present = new Document(field, new Document("$exists", true));
    }

    /** Comparisons with a value: a document without the field never meets them. */
    private static final List<String> COMPARISONS = List.of("$lt", "$lte", "$gt", "$gte");

    @Override
    public boolean canHandle(Document query) {
        if (query.get(field) instanceof Document condition && (Utils.isTrue(condition.get("$exists"))
                || COMPARISONS.stream().anyMatch(operator -> condition.get(operator) != null))) {
            return true;
        }
        if (query.get("$and") instanceof List<?> clauses) {
            return clauses.stream().anyMatch(clause -> clause instanceof Document part && canHandle(part));
        }
        return false;
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        return List.copyOf(positions.values());
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        if (document.get(ID) != null && has(document)) {
            positions.put(document.get(ID), position);
        }
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position, MongoCollection<Object> collection) {
        if (oldDocument.get(ID) != null) {
            positions.remove(oldDocument.get(ID));
        }
        add(newDocument, position, collection);
    }

    @Override
    public Object remove(Document document) {
        return document.get(ID) == null ? null : positions.remove(document.get(ID));
    }

    @Override
    public Object getPosition(Document document) {
        return document.get(ID) == null ? null : positions.get(document.get(ID));
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // not unique: nothing to refuse
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // not unique: nothing to refuse
    }

    @Override
    public long getCount() {
        return positions.size();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void drop() {
        positions.clear();
    }

    private boolean has(Document document) {
        synchronized (matcher) {
            return matcher.matches(document, present);
        }
    }
}
