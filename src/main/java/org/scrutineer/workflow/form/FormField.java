package org.scrutineer.workflow.form;

import java.util.List;
import java.util.Set;

/**
 * One input of a Camunda Form (form-js schema) and the rules it states. For a dynamic list, {@code key} is
 * its path and {@code items} are the fields of each entry.
 *
 * @param allowed    the static option values of a select, radio or checklist; empty when free or from {@code valuesKey}
 * @param hideWhen   the form's {@code conditional.hide} expression: a hidden field is neither required nor checked
 * @param list       a text field that also takes a list of strings (custom property {@code list})
 * @param hasDefault a checkbox with a default is optional; one without must be answered true or false
 * @param maxItems   the most entries a dynamic list takes (custom property {@code maxItems}); {@literal null}: any
 * @param minPeriod  the shortest ISO 8601 period a text field takes (custom property {@code minPeriod}), or null
 * @param maxPeriod  the longest (custom property {@code maxPeriod}), or null
 * @param decimalDigits the most digits a number takes after the point (form-js's {@code decimalDigits}; 0: whole
 *                      numbers only); {@literal null}: any
 */
public record FormField(String key, String type, boolean readonly, boolean required, Integer minLength,
                        Integer maxLength, Double min, Double max, String pattern, Set<String> allowed,
                        String valuesKey, String hideWhen, boolean list, boolean hasDefault, List<FormField> items,
                        Integer maxItems, String minPeriod, String maxPeriod, String whenMissing,
                        Integer decimalDigits) {
}
