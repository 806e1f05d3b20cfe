/**
 * End-to-end tests of the Payara Micro bundle: each boots the real platform through {@code ./chargeops start} in a
 * child process with its own ports and {@code ./data}, then talks HTTP, YKC over TCP, and drives the console in
 * headless Chromium.
 */
package io.chargeops.it.micro;
