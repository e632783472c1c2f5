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

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Report PDFs in GridFS under their report's id. A version's PDF is written before its record, and only
 * while nobody has decided on the version (see {@link ReportService}), so a decided version's bytes never change.
 */
@Component
class PdfStore {

    private final GridFsTemplate gridFs;

    private final WriteJournal journal;

    PdfStore(GridFsTemplate gridFs, WriteJournal journal) {
        this.gridFs = gridFs;
        this.journal = journal;
    }

    /** Stores the bytes, replacing any left under this id by an attempt that did not commit. */
    void store(String reportId, byte[] pdf) {
        gridFs.delete(byId(reportId));
        journal.storingFile("fs", reportId);
        gridFs.store(GridFsUpload.fromStream(new ByteArrayInputStream(pdf))
                .id(reportId).filename(reportId.replace(':', '-') + ".pdf").contentType("application/pdf").build());
    }

    byte[] read(String reportId) {
        var file = gridFs.findOne(byId(reportId));
        if (file == null) {
            throw new ReportNotFound(reportId);
        }
        try (InputStream in = gridFs.getResource(file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query byId(String reportId) {
        return Query.query(where("_id").is(reportId));
    }
}
