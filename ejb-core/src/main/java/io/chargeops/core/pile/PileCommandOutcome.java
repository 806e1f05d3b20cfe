package io.chargeops.core.pile;

/**
 * What a pile answered to an operator's command: whether it agreed, its answer in words (as the command log keeps
 * it), and for commands that return data the data ({@link RealTimeView}, the pile's time...).
 */
public record PileCommandOutcome(String pileCode, String command, boolean accepted, String answer, Object data) {
}
