package org.scrutineer.progress;

import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine may run a task's completion again after its transaction failed, and MongoDB has kept what the
 * first run wrote. Writing again with the same task must find that record, not add a second.
 */
@ScrutineerTest
class RetriedWritesTests {

    @Autowired
    ProgressService progress;
    @Autowired
    MongoTemplate mongo;

    @Test
    void anUpdateSubmittedTwiceByTheSameTaskIsStoredOnce() {
        String cycleId = UUID.randomUUID().toString();
        progress.openCycle(cycleId, "letter-" + cycleId);
        assertThat(progress.openCycle(cycleId, "letter-" + cycleId).number()).isEqualTo(1);

        var report = new ProgressReport("Audit done.", null, Rag.GREEN, 50, false);
        ProgressUpdate first = progress.submit("task-1", cycleId, "A1", report, "owen");
        ProgressUpdate retried = progress.submit("task-1", cycleId, "A1", report, "owen");
        ProgressUpdate revision = progress.submit("task-2", cycleId, "A1", report, "owen");

        assertThat(retried).isEqualTo(first);
        assertThat(revision.revision()).isEqualTo(2);
        assertThat(mongo.getCollection("progressUpdates").countDocuments(new org.bson.Document("cycleId", cycleId)))
                .isEqualTo(2);
        assertThat(mongo.getCollection("cycles").countDocuments(new org.bson.Document("_id", cycleId))).isOne();
    }
}
