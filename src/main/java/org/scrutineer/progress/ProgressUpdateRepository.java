package org.scrutineer.progress;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Collection;
import java.util.List;

interface ProgressUpdateRepository extends MongoRepository<ProgressUpdate, String> {
    List<ProgressUpdate> findByCycleIdAndActionIdOrderByRevision(String cycleId, String actionId);

    List<ProgressUpdate> findByCycleIdOrderByActionIdAscRevisionAsc(String cycleId);

    List<ProgressUpdate> findByLetterIdOrderBySubmittedAt(String letterId);

    List<ProgressUpdate> findByLetterIdAndActionIdOrderBySubmittedAt(String letterId, String actionId);

    List<ProgressUpdate> findByLetterIdInOrderBySubmittedAt(Collection<String> letterIds);

    List<ProgressUpdate> findByCycleIdInOrderByRevision(Collection<String> cycleIds);
}
