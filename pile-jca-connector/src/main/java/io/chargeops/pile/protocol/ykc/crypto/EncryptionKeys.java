package io.chargeops.pile.protocol.ykc.crypto;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import java.util.Map;
import java.util.Optional;

/**
 * Where the codec finds the 3DES key for a pile. The spec defines the flag but no key exchange, so keys are
 * provisioned out of band. The pile may be unknown (an encrypted login, whose pile code is inside the ciphertext);
 * a provider can then offer a default key or none.
 */
@FunctionalInterface
public interface EncryptionKeys {
    EncryptionKeys NONE = pile -> Optional.empty();

    /** A 16- or 24-byte 3DES key for the pile, if one is configured. */
    Optional<byte[]> keyFor(Optional<PileCode> pile);

    static EncryptionKeys of(Map<PileCode, byte[]> keys) {
        Map<PileCode, byte[]> copy = Map.copyOf(keys);
        return pile -> pile.map(copy::get).map(byte[]::clone);
    }
}
