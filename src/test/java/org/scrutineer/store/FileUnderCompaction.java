package org.scrutineer.store;

import org.h2.mvstore.MVMap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * A child JVM for {@link FileCompactionKillTests}: writes records to a documents' file, a flush each, under random
 * ids and changing earlier ones so its chunks fragment, while a thread runs rounds of compaction back to back.
 * After each flush it appends the record's number to the acknowledgement file. It runs until it is killed.
 * <p>
 * Record {@code n} is {@link #id}(n), written as {@link #value}(n) and changed to {@link #changed}(n + LAG) when
 * record {@code n + LAG} is written.
 */
public final class FileUnderCompaction {

    static final int LAG = 25;

    public static void main(String[] args) throws IOException {
        Path path = Path.of(args[0]);
        Path acknowledged = Path.of(args[1]);
        int first = Integer.parseInt(args[2]);
        DocumentFile file = DocumentFile.open(path);
        Thread rounds = new Thread(() -> {
            while (true) {
                file.exclusively(store -> FileCompaction.tidy("documents", store, FileCompaction.DOCUMENTS_ROUND_BYTES));
            }
        }, "rounds");
        rounds.setDaemon(true);
        rounds.start();
        for (int n = first; ; n++) {
            int number = n;
            file.exclusively(store -> {
                MVMap<String, String> records = store.openMap("records");
                records.put(id(number), value(number));
                if (number >= LAG) {
                    records.put(id(number - LAG), changed(number));
                }
            });
            file.flush();
            Files.writeString(acknowledged, number + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }

    static String id(int n) {
        return UUID.nameUUIDFromBytes(Integer.toString(n).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String value(int n) {
        return "record " + n + " " + "x".repeat(100 + n % 400);
    }

    static String changed(int by) {
        return "changed by " + by + " " + "y".repeat(by % 300);
    }
}
