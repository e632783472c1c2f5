package org.scrutineer.plan;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

import java.time.LocalDate;
import java.util.List;

interface PlanRepository extends MongoRepository<Plan, String> {

    List<Plan> findByActionsOwner(String owner);

    @Query("{ 'actions': { $elemMatch: { 'dueDate': { $lt: ?0 }, 'status': { $ne: 'COMPLETED' } } } }")
    List<Plan> findWithOpenActionsDueBefore(LocalDate date);

    /** The meeting dates of the plans not closed that have a meeting on or after this day. */
    @Query(value = "{ 'status': { $ne: 'CLOSED' }, 'meetingDates': { $gte: ?0 } }", fields = "{ 'meetingDates': 1 }")
    List<PlanMeetings> findMeetingsFrom(LocalDate day);
}
