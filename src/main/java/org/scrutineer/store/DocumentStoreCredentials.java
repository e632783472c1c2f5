package org.scrutineer.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

/**
 * The embedded document store's one user and password, made at first start and kept in
 * {@code document-store.credentials} beside its data, readable by the file's owner only; a store kept in memory
 * gets a new password each start.
 *
 * @param username the store's user
 * @param password 32 random bytes, URL-safe Base64 (nothing to escape in a connection string)
 */
record DocumentStoreCredentials(String username, String password) {

    static final String FILE_NAME = "document-store.credentials";

    private static final Logger log = LoggerFactory.getLogger(DocumentStoreCredentials.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    static DocumentStoreCredentials generate() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new DocumentStoreCredentials("scrutineer", Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The credentials kept in {@code directory}, made and written there (owner-only) the first time. */
    static DocumentStoreCredentials in(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            if (Files.notExists(file)) {
                DocumentStoreCredentials made = generate();
                try {
                    made.writeNew(file);
                    return made;
                } catch (FileAlreadyExistsException anotherStartWroteItFirst) {
                    // read it below
                }
            }
            keepOwnerOnly(file);
            Properties kept = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                kept.load(in);
            }
            String username = kept.getProperty("username");
            String password = kept.getProperty("password");
            if (username == null || username.isBlank() || password == null || password.length() < 16) {
                throw new IllegalStateException(file + " holds no usable username and password (at least 16 characters);"
                        + " delete it to have new ones made");
            }
            return new DocumentStoreCredentials(username, password);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the document store's credentials in " + file, e);
        }
    }

    private void writeNew(Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("username", username);
        properties.setProperty("password", password);
        boolean posix = Files.getFileStore(file.getParent()).supportsFileAttributeView("posix");
        Path created = posix ? Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY)) : Files.createFile(file);
        try (Writer out = Files.newBufferedWriter(created, StandardCharsets.UTF_8)) {
            properties.store(out, "The embedded document store's user (mongodb://username:password@127.0.0.1:<port>/?authSource=admin)");
        }
    }

    private static void keepOwnerOnly(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")
                && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            log.warn("{} could be read by others than its owner: now owner-only", file);
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    @Override
    public String toString() {
        return "DocumentStoreCredentials[username=" + username + ", password=(hidden)]";
    }
}
