package io.redress.core.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocumentCipherTest {

    private static final byte[] PLAIN = "退款 refund of 12,000 CNY approved".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path keysDir;

    @Test
    void roundTripsAndHidesThePlaintext() {
        SecretKey key = new TenantKeys(keysDir).key("acme");
        byte[] sealed = DocumentCipher.encrypt(key, "acme", "doc-1", PLAIN);
        assertEquals(DocumentCipher.NONCE_BYTES + PLAIN.length + 16, sealed.length);
        assertFalse(contains(sealed, "refund".getBytes(StandardCharsets.UTF_8)));
        assertArrayEquals(PLAIN, DocumentCipher.decrypt(key, "acme", "doc-1", sealed));
    }

    @Test
    void aFreshNoncePerDocument() {
        SecretKey key = new TenantKeys(keysDir).key("acme");
        byte[] one = DocumentCipher.encrypt(key, "acme", "doc-1", PLAIN);
        byte[] two = DocumentCipher.encrypt(key, "acme", "doc-1", PLAIN);
        assertNotEquals(Arrays.toString(Arrays.copyOf(one, 12)), Arrays.toString(Arrays.copyOf(two, 12)));
    }

    @Test
    void anotherTenantsKeyOrAnotherTenantOrDocumentOrAChangedByteDoesNotDecrypt() {
        TenantKeys keys = new TenantKeys(keysDir);
        byte[] sealed = DocumentCipher.encrypt(keys.key("acme"), "acme", "doc-1", PLAIN);
        assertThrows(DocumentCipher.DocumentTamperedException.class,
                () -> DocumentCipher.decrypt(keys.key("bravo"), "acme", "doc-1", sealed));
        assertThrows(DocumentCipher.DocumentTamperedException.class,
                () -> DocumentCipher.decrypt(keys.key("acme"), "bravo", "doc-1", sealed));
        assertThrows(DocumentCipher.DocumentTamperedException.class,
                () -> DocumentCipher.decrypt(keys.key("acme"), "acme", "doc-2", sealed));
        byte[] flipped = sealed.clone();
        flipped[20] ^= 1;
        assertThrows(DocumentCipher.DocumentTamperedException.class,
                () -> DocumentCipher.decrypt(keys.key("acme"), "acme", "doc-1", flipped));
    }

    @Test
    void keysAre256BitsOwnerOnlyOnePerTenantAndSurviveARestart() throws Exception {
        SecretKey first = new TenantKeys(keysDir).key("acme");
        Path file = keysDir.resolve("acme.key");
        assertEquals(32, Files.size(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertArrayEquals(first.getEncoded(), new TenantKeys(keysDir).key("acme").getEncoded(), "read back, not made anew");
        assertFalse(Arrays.equals(first.getEncoded(), new TenantKeys(keysDir).key("bravo").getEncoded()));
        assertThrows(IllegalArgumentException.class, () -> new TenantKeys(keysDir).key("../etc"));
        try (var files = Files.list(keysDir)) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
