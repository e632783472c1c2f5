package org.scrutineer.overview;

import org.scrutineer.pages.UkDates;

import java.time.LocalDate;

/**
 * The committee meeting that comes next, whichever letter's plan reports to it, and how its paper stands.
 *
 * @param cycle    the cycle reporting to it; {@literal null} while none has opened
 * @param standing how the paper stands, in a few words; {@literal null} while its cycle collects updates
 */
record NextMeeting(LocalDate date, String letterId, String letterTitle, Integer cycle, String standing) {

    public String meeting() {
        return UkDates.day(date);
    }
}
