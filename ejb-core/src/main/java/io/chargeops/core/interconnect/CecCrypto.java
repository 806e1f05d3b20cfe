package io.chargeops.core.interconnect;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The crypto of T/CEC 102.4: {@code Data} is AES-128-CBC with PKCS#5 padding under the partner's DataSecret (key) and
 * DataSecretIV (IV), both used as their raw UTF-8 bytes, then standard Base64; {@code Sig} is HMAC-MD5 under the
 * SigSecret as 32 uppercase hex digits, over {@code OperatorID+Data+TimeStamp+Seq} for a request and over
 * {@code Ret+Msg+Data} for a response ({@code Data} being the Base64 text exactly as sent). Pure JDK, no container.
 */
public final class CecCrypto {

    private CecCrypto() {
    }

    /** AES-128-CBC/PKCS5 of {@code plaintext} (UTF-8), Base64 without line breaks. */
    public static String encrypt(String plaintext, String dataSecret, String dataSecretIv) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.ENCRYPT_MODE, key(dataSecret), iv(dataSecretIv));
            return Base64.getEncoder().encodeToString(cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-128-CBC is not available: " + e, e);
        }
    }

    /**
     * The plaintext of a Base64 {@code Data}; whitespace (MIME line breaks some partners send) is ignored.
     *
     * @throws CecException 4003 when the text is not Base64 or does not decrypt (wrong key, altered, truncated)
     */
    public static String decrypt(String data, String dataSecret, String dataSecretIv) {
        byte[] cipherText;
        try {
            cipherText = Base64.getDecoder().decode(data.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new CecException(CecRet.INVALID_ENVELOPE, "Data is not Base64");
        }
        if (cipherText.length == 0 || cipherText.length % 16 != 0) {
            throw new CecException(CecRet.INVALID_ENVELOPE, "Data is not AES-128-CBC ciphertext");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.DECRYPT_MODE, key(dataSecret), iv(dataSecretIv));
            byte[] plain = cipher.doFinal(cipherText);
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(plain)).toString();
        } catch (java.nio.charset.CharacterCodingException | javax.crypto.BadPaddingException
                 | javax.crypto.IllegalBlockSizeException e) {
            throw new CecException(CecRet.INVALID_ENVELOPE, "Data does not decrypt with the agreed DataSecret");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-128-CBC is not available: " + e, e);
        }
    }

    /** HMAC-MD5 of {@code text} (UTF-8) under {@code sigSecret}, 32 uppercase hex digits. */
    public static String hmacMd5(String text, String sigSecret) {
        try {
            Mac mac = Mac.getInstance("HmacMD5");
            mac.init(new SecretKeySpec(sigSecret.getBytes(StandardCharsets.UTF_8), "HmacMD5"));
            return HexFormat.of().withUpperCase().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacMD5 is not available: " + e, e);
        }
    }

    /** The request signature: HMAC-MD5 over OperatorID + Data + TimeStamp + Seq. */
    public static String requestSig(String operatorId, String data, String timeStamp, String seq, String sigSecret) {
        return hmacMd5(nz(operatorId) + nz(data) + nz(timeStamp) + nz(seq), sigSecret);
    }

    /** The response signature: HMAC-MD5 over Ret (decimal) + Msg + Data. */
    public static String responseSig(int ret, String msg, String data, String sigSecret) {
        return hmacMd5(ret + nz(msg) + nz(data), sigSecret);
    }

    /**
     * Compares a received signature with the expected one in constant time. Case-insensitive: the standard asks
     * for uppercase, and some peers send lowercase hex of the same MAC; any other difference fails.
     */
    public static boolean sigMatches(String expected, String received) {
        if (received == null || expected == null || received.length() != expected.length()) {
            return false;
        }
        return MessageDigest.isEqual(expected.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII),
                received.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private static SecretKeySpec key(String dataSecret) {
        return new SecretKeySpec(sixteen(dataSecret, "DataSecret"), "AES");
    }

    private static IvParameterSpec iv(String dataSecretIv) {
        return new IvParameterSpec(sixteen(dataSecretIv, "DataSecretIV"));
    }

    private static byte[] sixteen(String secret, String what) {
        byte[] bytes = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length != 16) {
            throw new IllegalArgumentException(what + " must be 16 bytes (UTF-8), not " + bytes.length);
        }
        return bytes;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
