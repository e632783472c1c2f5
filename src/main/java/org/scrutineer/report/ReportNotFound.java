package org.scrutineer.report;

import org.scrutineer.web.NotFound;

public class ReportNotFound extends NotFound {
    public ReportNotFound(String id) {
        super("No report has id '" + id + "'.");
    }
}
