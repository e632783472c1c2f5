package org.scrutineer.plan;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ExtensionRequestRepository extends MongoRepository<ExtensionRequest, String> {
}
