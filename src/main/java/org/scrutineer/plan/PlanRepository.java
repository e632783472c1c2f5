package org.scrutineer.plan;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

import java.time.LocalDate;
import java.util.List;

interface PlanRepository extends MongoRepository<Plan, String> {

    List<Plan> findByActionsOwner(String owner);

    @Query("{ 'actions': { $elemMatch: { 'dueDate': { $lt: ?0 }, 'status': { $ne: 'COMPLETED' } } } }")
    List<Plan> findWithOpenActionsDueBefore(LocalDate date);
}
