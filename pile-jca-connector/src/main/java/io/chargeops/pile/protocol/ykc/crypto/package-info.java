/**
 * 3DES body encryption (frame flag 0x01): the cipher and the per-pile key lookup the codec consults when it meets an
 * encrypted frame or is asked to send one.
 */
package io.chargeops.pile.protocol.ykc.crypto;
