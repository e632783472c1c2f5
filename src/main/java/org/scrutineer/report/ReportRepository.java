package org.scrutineer.report;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

interface ReportRepository extends MongoRepository<Report, String> {
    List<Report> findByCycleIdOrderByVersion(String cycleId);

    List<Report> findByLetterIdOrderByCycleNumberAscVersionAsc(String letterId);

    List<Report> findByLetterId(String letterId, Pageable page);

    long countByLetterId(String letterId);

    List<Report> findByDecidedAtNotNull(Pageable page);
}
