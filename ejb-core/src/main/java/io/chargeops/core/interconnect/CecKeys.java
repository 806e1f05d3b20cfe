package io.chargeops.core.interconnect;

import java.util.EnumSet;
import java.util.Set;

/**
 * One direction's key material between us and a partner (T/CEC 102.4 §4.4): the OperatorSecret checked by
 * {@code query_token}, DataSecret/DataSecretIV for {@code Data}, SigSecret for {@code Sig}, plus the partner's
 * {@link CecVariant}s. Secrets are 16 characters used as raw UTF-8 bytes.
 */
public record CecKeys(String operatorSecret, String dataSecret, String dataSecretIv, String sigSecret,
                      Set<CecVariant> variants) {

    public CecKeys {
        variants = variants == null || variants.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(variants));
    }

    public static CecKeys standard(String operatorSecret, String dataSecret, String dataSecretIv, String sigSecret) {
        return new CecKeys(operatorSecret, dataSecret, dataSecretIv, sigSecret, Set.of());
    }

    public boolean has(CecVariant variant) {
        return variants.contains(variant);
    }

    public String encrypt(String plaintext) {
        return CecCrypto.encrypt(plaintext, dataSecret, iv());
    }

    public String decrypt(String data) {
        return CecCrypto.decrypt(data, dataSecret, iv());
    }

    /** A signature as this partner is sent it (uppercase unless {@link CecVariant#LOWERCASE_SIG}). */
    String emit(String sig) {
        return has(CecVariant.LOWERCASE_SIG) ? sig.toLowerCase(java.util.Locale.ROOT) : sig;
    }

    private String iv() {
        return has(CecVariant.IV_EQUALS_KEY) ? dataSecret : dataSecretIv;
    }

    @Override
    public String toString() {
        return "CecKeys[secrets hidden, variants=" + variants + "]";
    }
}
