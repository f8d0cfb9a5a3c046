package io.redress.core.document;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * AES-256-GCM for documents: a fresh 96-bit random nonce per document, stored in front of the ciphertext, and the
 * tenant and document id as associated data, so that ciphertext moved to another tenant or another document does
 * not decrypt. The 128-bit tag makes any change of the stored bytes fail decryption.
 */
public final class DocumentCipher {

    static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private DocumentCipher() {
    }

    /** {@code nonce || ciphertext || tag}. */
    public static byte[] encrypt(SecretKey key, String tenant, String documentId, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(tenant, documentId));
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /**
     * @throws DocumentTamperedException if the key, the tenant, the document id or the stored bytes are not those
     *                                   it was encrypted with
     */
    public static byte[] decrypt(SecretKey key, String tenant, String documentId, byte[] stored) {
        if (stored.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new DocumentTamperedException("document " + documentId + " is too short to be sealed");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(tenant, documentId));
            return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new DocumentTamperedException("document " + documentId + " does not decrypt: wrong key, or changed at rest");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private static byte[] associatedData(String tenant, String documentId) {
        return ("redress-document-v1\n" + tenant + "\n" + documentId).getBytes(StandardCharsets.UTF_8);
    }

    /** Stored content that does not decrypt under its tenant's key. */
    public static class DocumentTamperedException extends RuntimeException {
        public DocumentTamperedException(String message) {
            super(message);
        }
    }
}
