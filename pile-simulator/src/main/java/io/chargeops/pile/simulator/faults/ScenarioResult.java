package io.chargeops.pile.simulator.faults;

import io.chargeops.pile.simulator.faults.Invariants.Verdict;
import java.util.List;
import java.util.Map;

/**
 * What one scenario did and found: facts (counts and durations, for the report only), the invariant verdicts, the
 * scenario's own checks (e.g. malformed frames counted per pile), and the error that stopped it, if any.
 */
record ScenarioResult(Scenario scenario, Map<String, Object> facts, List<Verdict> verdicts, String error) {

    boolean passed() {
        return error == null && !verdicts.isEmpty() && verdicts.stream().allMatch(Verdict::pass);
    }
}
