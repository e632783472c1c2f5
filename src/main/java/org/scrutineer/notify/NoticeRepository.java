package org.scrutineer.notify;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

interface NoticeRepository extends MongoRepository<Notice, String> {
    List<Notice> findByMessageIdIsNull();

    List<Notice> findByRecipientOrderByCreatedAtDesc(String recipient, Pageable page);
}
