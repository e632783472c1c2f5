package org.scrutineer.progress;

import org.junit.jupiter.api.Test;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.audit.Cause;
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
        progress.openCycle(cycleId, "letter-" + cycleId, new Cause(cycleId, "system"));
        assertThat(progress.openCycle(cycleId, "letter-" + cycleId, new Cause(cycleId, "system")).number()).isEqualTo(1);

        var report = new ProgressReport("Audit done.", null, Rag.GREEN, 50, false);
        ProgressUpdate first = progress.submit(new Cause("task-1", "owen"), cycleId, "A1", report);
        ProgressUpdate retried = progress.submit(new Cause("task-1", "owen"), cycleId, "A1", report);
        ProgressUpdate revision = progress.submit(new Cause("task-2", "owen"), cycleId, "A1", report);

        assertThat(retried).isEqualTo(first);
        assertThat(revision.revision()).isEqualTo(2);
        assertThat(mongo.getCollection("progressUpdates").countDocuments(new org.bson.Document("cycleId", cycleId)))
                .isEqualTo(2);
        assertThat(mongo.getCollection("cycles").countDocuments(new org.bson.Document("_id", cycleId))).isOne();
    }
}
