package org.scrutineer.notify;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

interface OutboxRepository extends MongoRepository<OutboxMessage, String> {
    List<OutboxMessage> findByStatusIn(List<String> statuses);

    List<OutboxMessage> findAllByOrderByCreatedAtDesc(Pageable page);
}
