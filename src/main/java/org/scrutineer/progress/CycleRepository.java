package org.scrutineer.progress;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface CycleRepository extends MongoRepository<Cycle, String> {
    List<Cycle> findByLetterIdOrderByNumber(String letterId);

    List<Cycle> findByLetterIdIn(Collection<String> letterIds);

    List<Cycle> findByStatus(Cycle.CycleStatus status);

    Optional<Cycle> findFirstByMeetingDateGreaterThanEqualOrderByMeetingDateAscOpenedAtAsc(LocalDate day);
}
