package org.scrutineer.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One rendered version of a cycle's committee report. The PDF bytes are in GridFS under the report's id and
 * never rewritten once the engine has committed the version; {@code sha256} is their hash. Approving a draft
 * records the decision on the draft; signing it then adds a signed version that certifies the draft's hash.
 *
 * @param id             "{cycleId}:v{version}", so rendering the same version again replaces what an attempt
 *                       that did not commit stored, instead of adding a version
 * @param certifies      on a signed version, the id of the draft the chair approved
 * @param signedVersion  on an approved draft, the id of the signed version made from it
 * @param reportDate     the date the version speaks for; {@literal null} on versions stored before it was kept
 * @param actionStates   each action as this version printed it, for the next cycle's "changes since the last
 *                       approved report"; {@literal null} on versions stored before they were kept
 * @param warnings       what the PDF could not print as typed (characters no embedded font has, printed as a
 *                       visible marker), for the chair; empty when everything printed
 */
@Document("reports")
public record Report(
        @Id String id,
        String letterId,
        String cycleId,
        int cycleNumber,
        int version,
        ReportStatus status,
        String sha256,
        long size,
        Instant createdAt,
        List<String> actionIds,
        String decidedBy,
        Instant decidedAt,
        String comments,
        List<String> returnedActionIds,
        String certifies,
        String certifiedSha256,
        String signedVersion,
        LocalDate reportDate,
        List<ActionState> actionStates,
        List<String> warnings) {

    static String idOf(String cycleId, int version) {
        return cycleId + ":v" + version;
    }

    /**
     * Whether this is a signed version, the one to publish: its status is APPROVED, as the draft it certifies is, so
     * a client could not tell them apart but by {@code certifies}.
     */
    @JsonProperty("signed")
    public boolean signed() {
        return certifies != null;
    }

    /** The id of the version this one replaces: the cycle's previous version, {@literal null} for version 1. */
    @JsonProperty("supersedes")
    public String supersedes() {
        return version > 1 ? idOf(cycleId, version - 1) : null;
    }

    boolean isDecided() {
        return status != ReportStatus.DRAFT || certifies != null;
    }

    Report returned(String by, Instant at, String chairComments, List<String> actions) {
        return new Report(id, letterId, cycleId, cycleNumber, version, ReportStatus.RETURNED, sha256, size,
                createdAt, actionIds, by, at, chairComments, List.copyOf(actions), null, null, null, reportDate,
                actionStates, warnings);
    }

    Report approved(String by, Instant at, String chairComments) {
        return new Report(id, letterId, cycleId, cycleNumber, version, ReportStatus.APPROVED, sha256, size,
                createdAt, actionIds, by, at, chairComments, null, null, null, null, reportDate, actionStates,
                warnings);
    }

    Report signedAs(String signedId) {
        return new Report(id, letterId, cycleId, cycleNumber, version, status, sha256, size, createdAt, actionIds,
                decidedBy, decidedAt, comments, returnedActionIds, certifies, certifiedSha256, signedId, reportDate,
                actionStates, warnings);
    }
}
