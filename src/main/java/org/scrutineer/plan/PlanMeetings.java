package org.scrutineer.plan;

import java.time.LocalDate;
import java.util.List;

/** A plan's meeting dates alone, read without its actions. */
record PlanMeetings(String id, List<LocalDate> meetingDates) {
}
