package io.redress.core.document;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The document keys: one random 256-bit AES key per tenant, in a file {@code <tenant>.key} of a key directory
 * outside the database, so that a copy of the database alone reveals no document. A key is created on first use,
 * readable by the server's user only; losing the directory loses the documents, so it belongs in the backups,
 * apart from the database's.
 */
public final class TenantKeys {

    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path directory;
    private final Map<String, SecretKey> cache = new ConcurrentHashMap<>();

    public TenantKeys(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    public SecretKey key(String tenant) {
        if (!tenant.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new IllegalArgumentException("not a tenant slug: " + tenant);
        }
        return cache.computeIfAbsent(tenant, this::loadOrCreate);
    }

    private SecretKey loadOrCreate(String tenant) {
        Path file = directory.resolve(tenant + ".key");
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length != KEY_BYTES) {
                throw new IllegalStateException("key file " + file + " is not a " + KEY_BYTES * 8 + "-bit key");
            }
            return new SecretKeySpec(bytes, "AES");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the document key " + file, e);
        }
    }

    /** Written to a temporary file first and moved into place, so that no reader ever sees half a key. */
    private void create(Path file) throws IOException {
        Files.createDirectories(directory, posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------"))} : new FileAttribute<?>[0]);
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        Path temporary = posix()
                ? Files.createTempFile(directory, ".key-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(directory, ".key-", ".tmp");
        try {
            Files.write(temporary, key);
            try {
                // a hard link is atomic and never replaces (a rename would): whoever created the key first wins,
                // and the others read that key
                Files.createLink(file, temporary);
            } catch (FileAlreadyExistsException raced) {
                // keep theirs
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private boolean posix() {
        return directory.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
