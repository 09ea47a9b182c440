package nl.koers.local.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index lookups must answer exactly what a scan would, through the official driver, for the shapes Koers sends. */
class IndexingH2BackendTest {

    @TempDir
    Path dir;

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> entries;

    @BeforeEach
    void start() {
        server = new MongoServer(new IndexingH2Backend(MVStore.open(dir.resolve("test.mv.db").toString())));
        client = MongoClients.create("mongodb://" + hostAndPort(server));
        entries = client.getDatabase("koers").getCollection("entries");
        for (int i = 0; i < 50; i++) {
            entries.insertOne(new Document("_id", "e" + i).append("version", (long) i).append("status", i % 2 == 0 ? "A" : "B"));
        }
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void pinnedIdWithFurtherConditionsFindsOnlyThatDocumentWhenItMatches() {
        assertThat(entries.find(Filters.and(Filters.eq("_id", "e7"), Filters.lt("version", 8L))).into(new ArrayList<>()))
                .extracting(d -> d.getString("_id")).containsExactly("e7");
        assertThat(entries.find(Filters.and(Filters.eq("_id", "e7"), Filters.lt("version", 7L))).into(new ArrayList<>()))
                .isEmpty();
        assertThat(entries.find(new Document("_id", "e8").append("status", "A")).into(new ArrayList<>())).hasSize(1);
        assertThat(entries.find(new Document("_id", "e8").append("status", "B")).into(new ArrayList<>())).isEmpty();
        assertThat(entries.find(Filters.and(Filters.eq("_id", "missing"), Filters.lt("version", 99L))).into(new ArrayList<>()))
                .isEmpty();
    }

    @Test
    void recognisesTheValuesAQueryPins() {
        var lt = new de.bwaldvogel.mongo.bson.Document("$lt", 5L);
        assertThat(IndexingH2Backend.PlannedCollection.pinnedValues(new de.bwaldvogel.mongo.bson.Document("$and", List.of(
                new de.bwaldvogel.mongo.bson.Document("_id", "e1"), new de.bwaldvogel.mongo.bson.Document("version", lt)))))
                .containsExactlyEntriesOf(java.util.Map.of("_id", "e1"));
        assertThat(IndexingH2Backend.PlannedCollection.pinnedValues(
                new de.bwaldvogel.mongo.bson.Document("cohortId", "c1").append("version", lt).append("status", "A")))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("cohortId", "c1", "status", "A"));
        // Not one value, or not a condition every match must meet.
        assertThat(IndexingH2Backend.PlannedCollection.pinnedValues(new de.bwaldvogel.mongo.bson.Document("_id",
                new de.bwaldvogel.mongo.bson.Document("$in", List.of("e1", "e2"))).append("version", lt))).isEmpty();
        assertThat(IndexingH2Backend.PlannedCollection.pinnedValues(new de.bwaldvogel.mongo.bson.Document("$or", List.of(
                new de.bwaldvogel.mongo.bson.Document("_id", "e1"), new de.bwaldvogel.mongo.bson.Document("_id", "e2")))))
                .isEmpty();
        assertThat(IndexingH2Backend.PlannedCollection.pinnedValues(new de.bwaldvogel.mongo.bson.Document("status", null)))
                .isEmpty();
    }

    @Test
    void secondaryIndexAnswersLikeAScanThroughInsertsUpdatesAndDeletes() {
        MongoCollection<Document> roster = client.getDatabase("koers").getCollection("roster");
        for (int i = 0; i < 40; i++) {
            roster.insertOne(new Document("_id", "r" + i).append("cohortId", "c" + (i % 4)).append("status", "CONFIRMED")
                    .append("rank", i % 4 == 0 ? (Object) 1 : (Object) 2L).append("tags", List.of("t" + (i % 3), "all")));
        }
        // Created after the data: built from the documents already there.
        roster.createIndex(Indexes.ascending("cohortId", "status"));
        roster.createIndex(Indexes.ascending("tags"));
        roster.createIndex(Indexes.ascending("rank"));

        assertThat(roster.countDocuments(Filters.and(Filters.eq("cohortId", "c1"), Filters.in("status", List.of("CONFIRMED")))))
                .isEqualTo(10);
        assertThat(roster.countDocuments(Filters.eq("tags", "t2"))).isEqualTo(13);
        assertThat(roster.countDocuments(Filters.eq("tags", "all"))).isEqualTo(40);
        assertThat(roster.countDocuments(Filters.eq("rank", 1L))).as("an int and a long are the same number").isEqualTo(10);

        roster.updateMany(Filters.and(Filters.eq("cohortId", "c1"), Filters.lt("rank", 5)), Updates.set("cohortId", "c9"));
        roster.deleteOne(Filters.eq("_id", "r2"));
        roster.updateOne(Filters.eq("_id", "r6"), Updates.set("tags", List.of("other")));

        assertThat(roster.countDocuments(Filters.eq("cohortId", "c1"))).isZero();
        assertThat(roster.countDocuments(Filters.eq("cohortId", "c9"))).isEqualTo(10);
        assertThat(roster.countDocuments(Filters.eq("cohortId", "c2"))).isEqualTo(9);
        assertThat(roster.countDocuments(Filters.eq("tags", "all"))).isEqualTo(38);
        assertThat(roster.countDocuments(Filters.eq("tags", "other"))).isEqualTo(1);
        assertThat(roster.find(Filters.eq("cohortId", "c3")).sort(Sorts.descending("_id")).limit(2)
                .map(d -> d.getString("_id")).into(new ArrayList<>())).containsExactly("r7", "r39");

        // Rebuilt from the stored documents when the store is opened again.
        client.close();
        server.shutdownNow();
        server = new MongoServer(new IndexingH2Backend(MVStore.open(dir.resolve("test.mv.db").toString())));
        client = MongoClients.create("mongodb://" + hostAndPort(server));
        roster = client.getDatabase("koers").getCollection("roster");
        assertThat(roster.countDocuments(Filters.eq("cohortId", "c9"))).isEqualTo(10);
        assertThat(roster.countDocuments(Filters.eq("tags", "other"))).isEqualTo(1);
    }

    @Test
    void anIndexOnAPathIntoArraysStillFindsItsDocuments() {
        MongoCollection<Document> rosters = client.getDatabase("koers").getCollection("rosters");
        rosters.createIndex(Indexes.ascending("enrolments.id"));
        rosters.insertOne(new Document("_id", "c1").append("enrolments", List.of(new Document("id", "x1").append("p", "a"),
                new Document("id", "x2").append("p", "b"))));
        rosters.insertOne(new Document("_id", "c2").append("enrolments", List.of(new Document("id", "x3"))));

        assertThat(rosters.find(Filters.eq("enrolments.id", "x2")).map(d -> d.getString("_id")).into(new ArrayList<>()))
                .containsExactly("c1");
        assertThat(rosters.countDocuments(Filters.and(Filters.eq("enrolments.id", "x3"), Filters.eq("_id", "c2"))))
                .isEqualTo(1);
    }

    @Test
    void idInListAnswersFromTheIndexAlone() {
        entries.insertOne(new Document("_id", 5).append("status", "N"));

        assertThat(entries.find(Filters.in("_id", List.of("e2", "missing", "e1", "e2"))).sort(Sorts.ascending("_id"))
                .map(d -> d.getString("_id")).into(new ArrayList<>())).containsExactly("e1", "e2");
        assertThat(entries.find(Filters.in("_id", List.of(5L, "e3"))).into(new ArrayList<>()))
                .as("an int _id is found by a long, as in MongoDB").hasSize(2);
        assertThat(entries.find(Filters.in("_id", List.of("e1", "e2", "e3"))).projection(new Document("status", 1))
                .skip(1).limit(1).into(new ArrayList<>())).hasSize(1).allSatisfy(d -> assertThat(d).doesNotContainKey("version"));
        assertThat(entries.find(Filters.in("_id", List.of())).into(new ArrayList<>())).isEmpty();
    }

    @Test
    void queriesWithoutOnePinnedIdStillScan() {
        assertThat(entries.countDocuments(Filters.eq("status", "A"))).isEqualTo(25);
        assertThat(entries.countDocuments(Filters.and(Filters.in("_id", List.of("e1", "e2", "e3")), Filters.eq("status", "B"))))
                .isEqualTo(2);
        assertThat(entries.countDocuments(Filters.or(Filters.eq("_id", "e1"), Filters.eq("_id", "e2")))).isEqualTo(2);
        assertThat(entries.countDocuments(Filters.and(Filters.regex("_id", "^e1"), Filters.eq("status", "B")))).isEqualTo(6);
    }

    @Test
    void versionCheckedUpsertUpdatesWhenNewerAndRefusesWhenOlder() {
        UpdateOptions upsert = new UpdateOptions().upsert(true);

        var newer = entries.updateOne(Filters.and(Filters.eq("_id", "e3"), Filters.lt("version", 10L)),
                Updates.combine(Updates.set("version", 10L), Updates.set("status", "C")), upsert);
        assertThat(newer.getModifiedCount()).isEqualTo(1);
        assertThat(entries.find(Filters.eq("_id", "e3")).first()).containsEntry("status", "C").containsEntry("version", 10L);

        // An older fact misses the filter, so the upsert tries to insert the existing _id: a duplicate key.
        assertThatThrownBy(() -> entries.updateOne(Filters.and(Filters.eq("_id", "e3"), Filters.lt("version", 5L)),
                Updates.set("version", 5L), upsert)).isInstanceOf(MongoWriteException.class);
        assertThat(entries.find(Filters.eq("_id", "e3")).first()).containsEntry("version", 10L);

        var created = entries.updateOne(Filters.and(Filters.eq("_id", "new"), Filters.lt("version", 1L)),
                Updates.set("version", 1L), upsert);
        assertThat(created.getUpsertedId()).isNotNull();
        assertThat(entries.countDocuments()).isEqualTo(51);
    }

    @Test
    void documentsAndUniquenessSurviveAReopen() {
        client.close();
        server.shutdownNow();
        server = new MongoServer(new IndexingH2Backend(MVStore.open(dir.resolve("test.mv.db").toString())));
        client = MongoClients.create("mongodb://" + hostAndPort(server));
        entries = client.getDatabase("koers").getCollection("entries");

        assertThat(entries.countDocuments()).isEqualTo(50);
        assertThat(entries.find(Filters.and(Filters.eq("_id", "e9"), Filters.eq("status", "B"))).first()).isNotNull();
        // The unique indexes live in memory: rebuilt from the stored documents, they still refuse a duplicate.
        assertThatThrownBy(() -> entries.insertOne(new Document("_id", "e9"))).isInstanceOf(MongoWriteException.class);
    }

    private static String hostAndPort(MongoServer server) {
        var address = server.bind();
        return address.getHostString() + ":" + address.getPort();
    }
}
