package org.scrutineer.plan;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

interface ExtensionRequestRepository extends MongoRepository<ExtensionRequest, String> {

    List<ExtensionRequest> findByLetterIdAndActionIdAndStatus(String letterId, String actionId, String status);

    List<ExtensionRequest> findByLetterIdAndStatus(String letterId, String status);
}
