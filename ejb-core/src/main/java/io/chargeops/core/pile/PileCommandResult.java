package io.chargeops.core.pile;

/** How a platform→pile command ended, as the command log records it. */
public enum PileCommandResult {
    /** Written before the frame leaves; stays so only for fire-and-forget commands or after a crash mid-command. */
    SENT,
    /** The pile answered (whether it agreed is in the answer summary). */
    ANSWERED,
    /** The pile had a live session but did not answer in time. */
    TIMEOUT,
    /** No live session for the pile on this node: nothing was sent. */
    OFFLINE,
    /** The connector refused or failed to send the command. */
    FAILED
}
