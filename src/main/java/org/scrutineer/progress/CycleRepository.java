package org.scrutineer.progress;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

interface CycleRepository extends MongoRepository<Cycle, String> {
    List<Cycle> findByLetterIdOrderByNumber(String letterId);

    List<Cycle> findByStatus(Cycle.CycleStatus status);
}
