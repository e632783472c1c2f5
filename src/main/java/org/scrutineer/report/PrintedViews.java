package org.scrutineer.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The view each report version printed, kept beside its PDF, so that its Word copy says what the PDF says: rebuilt
 * later, a version's copy showed a due date approved after it was signed. Its own mapper, not the API's strict one:
 * a view kept by an older build, with a field since dropped, still reads.
 */
@Component
class PrintedViews {

    private static final JsonMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final PdfStore files;

    PrintedViews(PdfStore files) {
        this.files = files;
    }

    void keep(String reportId, ReportView view) {
        try {
            files.storeView(reportId, JSON.writeValueAsBytes(view));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The view the version printed; empty for versions made before views were kept. */
    Optional<ReportView> of(String reportId) {
        return files.readView(reportId).map(json -> {
            try {
                return JSON.readValue(json, ReportView.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
