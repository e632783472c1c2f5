package org.scrutineer.letter;

import org.bson.types.ObjectId;
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

/** Keeps each uploaded letter byte for byte in GridFS. */
@Component
class OriginalStore {

    private final GridFsTemplate gridFs;

    private final WriteJournal journal;

    OriginalStore(GridFsTemplate gridFs, WriteJournal journal) {
        this.gridFs = gridFs;
        this.journal = journal;
    }

    Letter.Original store(byte[] bytes, String filename, String contentType) {
        ObjectId id = new ObjectId();
        journal.storingFile("fs", id);
        gridFs.store(GridFsUpload.fromStream(new ByteArrayInputStream(bytes)).id(id).filename(filename)
                .contentType(contentType).build());
        return new Letter.Original(id.toHexString(), filename, contentType, bytes.length);
    }

    /** The bytes as they were uploaded; empty if the file is gone from GridFS. */
    Optional<byte[]> read(Letter.Original original) {
        var file = gridFs.findOne(Query.query(where("_id").is(new ObjectId(original.fileId()))));
        if (file == null) {
            return Optional.empty();
        }
        try (InputStream in = gridFs.getResource(file).getInputStream()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(Letter.Original original) {
        if (original != null) {
            gridFs.delete(Query.query(where("_id").is(new ObjectId(original.fileId()))));
        }
    }
}
