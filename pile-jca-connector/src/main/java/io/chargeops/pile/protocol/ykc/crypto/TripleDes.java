package io.chargeops.pile.protocol.ykc.crypto;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * Body encryption for frames with flag 0x01. The spec says only "3DES"; mode and padding are not specified, so this
 * uses the most common choice in pile firmware, DESede/ECB with PKCS#5 padding, and keeps it in one place should a
 * vendor need something else. A 16-byte key is used as K1-K2-K1.
 */
public final class TripleDes {
    private static final String TRANSFORMATION = "DESede/ECB/PKCS5Padding";

    private TripleDes() {
    }

    public static byte[] encrypt(byte[] key, byte[] plain) throws GeneralSecurityException {
        return run(Cipher.ENCRYPT_MODE, key, plain);
    }

    public static byte[] decrypt(byte[] key, byte[] cipherText) throws GeneralSecurityException {
        return run(Cipher.DECRYPT_MODE, key, cipherText);
    }

    private static byte[] run(int mode, byte[] key, byte[] data) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, new SecretKeySpec(expand(key), "DESede"));
        return cipher.doFinal(data);
    }

    private static byte[] expand(byte[] key) throws GeneralSecurityException {
        if (key.length == 24) {
            return key;
        }
        if (key.length == 16) {
            byte[] k = new byte[24];
            System.arraycopy(key, 0, k, 0, 16);
            System.arraycopy(key, 0, k, 16, 8);
            return k;
        }
        throw new GeneralSecurityException("3DES key must be 16 or 24 bytes, was " + key.length);
    }
}
