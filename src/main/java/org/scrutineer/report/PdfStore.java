package org.scrutineer.report;

import org.springframework.data.mongodb.core.query.Query;
import org.scrutineer.store.WriteJournal;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.data.mongodb.gridfs.GridFsUpload;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Report PDFs in GridFS under their report's id, each beside the view it printed (for its Word copy). A version's
 * files are written before its record, and only while nobody has decided on the version (see
 * {@link ReportService}), so a decided version's bytes never change.
 */
@Component
class PdfStore {

    /** What a version's printed view is kept under, after its report's id. */
    private static final String VIEW = "#view";

    private final GridFsTemplate gridFs;

    private final WriteJournal journal;

    PdfStore(GridFsTemplate gridFs, WriteJournal journal) {
        this.gridFs = gridFs;
        this.journal = journal;
    }

    /** Stores the bytes, replacing any left under this id by an attempt that did not commit. */
    void store(String reportId, byte[] pdf) {
        put(reportId, pdf, reportId.replace(':', '-') + ".pdf", "application/pdf");
    }

    void storeView(String reportId, byte[] json) {
        put(reportId + VIEW, json, reportId.replace(':', '-') + "-view.json", "application/json");
    }

    byte[] read(String reportId) {
        return find(reportId).orElseThrow(() -> new ReportNotFound(reportId));
    }

    /** The view the version printed; empty for versions stored before views were kept. */
    Optional<byte[]> readView(String reportId) {
        return find(reportId + VIEW);
    }

    private void put(String id, byte[] bytes, String filename, String contentType) {
        gridFs.delete(byId(id));
        journal.storingFile("fs", id);
        gridFs.store(GridFsUpload.fromStream(new ByteArrayInputStream(bytes))
                .id(id).filename(filename).contentType(contentType).build());
    }

    private Optional<byte[]> find(String id) {
        var file = gridFs.findOne(byId(id));
        if (file == null) {
            return Optional.empty();
        }
        try (InputStream in = gridFs.getResource(file).getInputStream()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query byId(String id) {
        return Query.query(where("_id").is(id));
    }
}
