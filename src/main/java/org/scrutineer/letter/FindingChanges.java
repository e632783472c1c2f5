package org.scrutineer.letter;

import org.scrutineer.audit.AuditValues;
import org.scrutineer.finding.Finding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The findings a review changed, added or removed, by finding id: what the audit trail keeps of a revision,
 * rather than every finding of the letter twice. A finding's source is not the coordinator's to change.
 *
 * @param before the changed and removed findings as they were
 * @param after  the changed and added findings as they are now
 */
record FindingChanges(Map<String, Object> before, Map<String, Object> after) {

    static FindingChanges between(List<Finding> was, List<Finding> now) {
        Map<String, Finding> old = byId(was);
        Map<String, Finding> current = byId(now);
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        old.forEach((id, finding) -> {
            if (!Objects.equals(content(finding), content(current.get(id)))) {
                before.put(id, content(finding));
            }
        });
        current.forEach((id, finding) -> {
            if (!Objects.equals(content(finding), content(old.get(id)))) {
                after.put(id, content(finding));
            }
        });
        return new FindingChanges(before, after);
    }

    boolean isEmpty() {
        return before.isEmpty() && after.isEmpty();
    }

    private static Map<String, Finding> byId(List<Finding> findings) {
        return findings.stream().collect(Collectors.toMap(Finding::id, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    private static Map<String, Object> content(Finding finding) {
        return finding == null ? null : AuditValues.of("section", finding.section() == null ? null : finding.section().json(),
                "text", finding.text(), "timescale", finding.timescale() == null ? null : finding.timescale().json(),
                "theme", finding.theme());
    }
}
