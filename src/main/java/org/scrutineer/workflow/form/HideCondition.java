package org.scrutineer.workflow.form;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates the small part of FEEL our forms use in {@code conditional.hide}: {@code =field},
 * {@code =not(field)}, {@code =field = "X"} and {@code =field != "X"}. An expression outside that set
 * counts as "shown", so the server checks more rather than less. A field that hangs on a yes-or-no not yet
 * answered ({@code =accepted} with no {@code accepted}) is hidden, as the page hides it until the answer is
 * chosen: it is the missing answer that is wrong, not the field that waits on it.
 */
final class HideCondition {

    private static final Pattern TRUTHY = Pattern.compile("(not\\()?\\s*(\\w+)\\s*\\)?");
    private static final Pattern COMPARE = Pattern.compile("(\\w+)\\s*(!=|=)\\s*\"([^\"]*)\"");

    private HideCondition() {
    }

    static boolean hides(String expression, Map<String, Object> values) {
        if (expression == null) {
            return false;
        }
        String body = expression.strip().replaceFirst("^=", "").strip();
        Matcher compare = COMPARE.matcher(body);
        if (compare.matches()) {
            boolean equal = compare.group(3).equals(String.valueOf(values.get(compare.group(1))));
            return compare.group(2).equals("=") == equal;
        }
        Matcher truthy = TRUTHY.matcher(body);
        if (truthy.matches()) {
            if (values.get(truthy.group(2)) == null) {
                return true;
            }
            boolean value = isTruthy(values.get(truthy.group(2)));
            return truthy.group(1) == null ? value : !value;
        }
        return false;
    }

    private static boolean isTruthy(Object value) {
        return value instanceof Boolean b ? b : value != null && !"".equals(value);
    }
}
