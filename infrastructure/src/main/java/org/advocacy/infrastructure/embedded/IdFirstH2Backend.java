package org.advocacy.infrastructure.embedded;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend of the embedded store, reading by {@code _id} whenever a query names one, and
 * answering with copies of what it stores.
 * <p>
 * mongo-java-server reads through an index only when the query has exactly that index's fields;
 * any other query scans the whole collection. The services' writes name a document by its id plus
 * a condition (its version, a lease): {@code {_id, version}} scanned every signature for each one
 * signed (profiled: three quarters of the store's CPU in a spike). Here the {@code _id} condition,
 * at the top of the query or in its {@code $and}, picks the documents through the id index, and the
 * whole query is then matched against those alone: the same answer, without the scan.
 * <p>
 * mongo-java-server updates the very document a query returned, then puts it back; H2's map holds
 * that object, and its background writer may be serializing it at that moment. Faster writes made
 * that race break the file under the store-restart drill. So a query answers with copies of the
 * stored documents it matched: an update puts a new object, and H2 writes ones nobody changes.
 * <p>
 * Unique indexes keep their keys in MongoDB's order of values ({@link IndexKeyType}) rather than
 * H2's default, which compared two keys by serializing both.
 */
final class IdFirstH2Backend extends H2Backend {

    private static final String ID = "_id";

    /**
     * H2 compacts its file in the background whenever less than this share of it is live data; its
     * default, 90%, had it rewriting chunks all the time under the services' steady updates (profiled:
     * most of the idle store's CPU). The file may now hold up to twice its live data.
     */
    static final int COMPACT_BELOW_FILL_RATE = 50;

    IdFirstH2Backend(String fileName) {
        super(new MVStore.Builder().fileName(fileName).autoCompactFillRate(COMPACT_BELOW_FILL_RATE).open());
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /**
     * H2's database, whose collections are {@link Collection}s, under H2Database's own map names.
     * An inner class: H2Database's constructor opens the existing collections, before any field of
     * a subclass is set, and the store is reached through the backend (set before that constructor runs).
     */
    private final class Database extends H2Database {

        Database(String databaseName) {
            super(databaseName, IdFirstH2Backend.this.getMvStore(), IdFirstH2Backend.this.getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            MVStore store = IdFirstH2Backend.this.getMvStore();
            String namespace = getFullCollectionNamespace(collectionName);
            return new Collection(this, collectionName, options, store.openMap("databases." + namespace),
                    store.openMap("meta." + namespace), cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            return new OrderedUniqueIndex(orderedIndexMap(collectionName, indexName), indexName, keys, sparse);
        }

        /** A sparse index on one field is kept in memory ({@link PresentFieldIndex}); other secondary indexes are ignored, as before. */
        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                           boolean sparse) {
            return sparse && keys.size() == 1 ? new PresentFieldIndex(indexName, keys.get(0))
                    : super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            IdFirstH2Backend.this.getMvStore().removeMap(orderedIndexName(collection.getCollectionName(), indexName));
        }

        /**
         * The index's map with ordered keys. A store written before has the index under H2Database's
         * own name, ordered by the keys' serialized bytes: its entries are carried over, and that map
         * is removed only then, so an interrupted carry-over starts again at the next opening.
         */
        private MVMap<KeyValue, Object> orderedIndexMap(String collectionName, String indexName) {
            MVStore store = IdFirstH2Backend.this.getMvStore();
            MVMap<KeyValue, Object> ordered = store.openMap(orderedIndexName(collectionName, indexName),
                    new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
            String earlier = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
            if (store.hasMap(earlier)) {
                MVMap<KeyValue, Object> unordered = store.openMap(earlier);
                ordered.clear();
                unordered.forEach(ordered::put);
                store.removeMap(unordered);
            }
            return ordered;
        }

        private String orderedIndexName(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + "._ordered_index_" + indexName;
        }
    }

    private static final class Collection extends H2Collection {

        Collection(MongoDatabase database, String name, CollectionOptions options,
                   MVMap<Object, Document> data, MVMap<String, Object> meta,
                   CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                             int batchSize, Document fieldSelector) {
            Document byId = idCondition(query);
            if (byId != null && !byId.equals(query)) {
                for (Index<Object> index : getIndexes()) {
                    if (index.canHandle(byId)) {
                        return matchDocuments(query, index.getPositions(byId), orderBy, numberToSkip, limit, batchSize,
                                fieldSelector);
                    }
                }
            }
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }

        @Override
        protected QueryResult matchDocumentsFromStream(Document query, Stream<Document> documents, int numberToSkip,
                                                       int limit, int batchSize, Comparator<Document> order,
                                                       Document fieldSelector) {
            Stream<Document> copies = documents.filter(document -> documentMatchesQuery(document, query))
                    .map(Document::cloneDeeply);
            return super.matchDocumentsFromStream(query, copies, numberToSkip, limit, batchSize, order, fieldSelector);
        }

        /**
         * Every stored document as it is, for aggregations (counts among them): their stages change
         * copies, and updates no longer change stored documents, so nothing to copy here (profiled:
         * copying every RSVP for each count took most of a count's time).
         */
        @Override
        public Stream<Document> queryAllAsStream() {
            return streamAllDocumentsWithPosition().map(DocumentWithPosition::getDocument);
        }

        /** {@code {_id: ...}} when the query holds an id condition every match must meet, else null. */
        private static Document idCondition(Document query) {
            if (query.containsKey(ID)) {
                return new Document(ID, query.get(ID));
            }
            if (query.get("$and") instanceof List<?> clauses) {
                for (Object clause : clauses) {
                    if (clause instanceof Document part) {
                        Document found = idCondition(part);
                        if (found != null) {
                            return found;
                        }
                    }
                }
            }
            return null;
        }
    }
}
