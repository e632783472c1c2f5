package org.scrutineer.progress;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

interface MissedUpdateRepository extends MongoRepository<MissedUpdate, String> {
    List<MissedUpdate> findByCycleIdOrderByActionId(String cycleId);
}
