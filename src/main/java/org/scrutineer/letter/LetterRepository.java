package org.scrutineer.letter;

import org.springframework.data.mongodb.repository.MongoRepository;

interface LetterRepository extends MongoRepository<Letter, String> {
}
