package org.scrutineer.workflow;

import org.scrutineer.web.BadRequest.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.scrutineer.workflow.Variables.*;

/**
 * An update that marks its action completed says so whole: its % complete, when given, is 100, and it asks for no
 * later due date. Otherwise the paper printed "40% complete" beside "Completed" and counted it as 100% in the overall
 * figure. A rule across fields that a form's schema cannot state; part of the form check on every door.
 */
final class CompletedUpdateCheck {

    private CompletedUpdateCheck() {
    }

    static List<FieldError> check(Map<String, Object> values) {
        if (!Boolean.TRUE.equals(values.get(COMPLETED))) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        if (values.get(PERCENT_COMPLETE) instanceof Number percent && percent.doubleValue() < 100) {
            errors.add(new FieldError(PERCENT_COMPLETE, "must be 100 for an action you mark completed, or leave "
                    + "the action open"));
        }
        if (values.get(NEW_DUE_DATE) != null && !String.valueOf(values.get(NEW_DUE_DATE)).isBlank()) {
            errors.add(new FieldError(NEW_DUE_DATE, "cannot be asked for an action you mark completed"));
        }
        return errors;
    }
}
