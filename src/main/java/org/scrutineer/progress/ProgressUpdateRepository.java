package org.scrutineer.progress;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

interface ProgressUpdateRepository extends MongoRepository<ProgressUpdate, String> {
    List<ProgressUpdate> findByCycleIdAndActionIdOrderByRevision(String cycleId, String actionId);

    List<ProgressUpdate> findByCycleIdOrderByActionIdAscRevisionAsc(String cycleId);

    List<ProgressUpdate> findByLetterIdOrderBySubmittedAt(String letterId);

    List<ProgressUpdate> findByLetterIdAndActionIdOrderBySubmittedAt(String letterId, String actionId);
}
