package io.chargeops.pile.simulator.faults;

/** The faults of the campaign, in the order {@code all} runs them. */
enum Scenario {
    KILL("kill", "SIGKILL of the platform during the sessions, restart on the same data"),
    DB_OUTAGE("db-outage", "database server stopped for 30 s while sessions charge and end"),
    BROKER_RESTART("broker-restart", "Artemis (a process of its own) restarted while sessions end"),
    FLAPPING("flapping", "30 % of the piles drop and re-open their TCP connections while charging"),
    GARBAGE("garbage", "piles send garbage between valid frames"),
    CLOCK_SKEW("clock-skew", "pile clocks off by minutes to a day; time sync 0x56; bills with skewed times");

    private final String id;
    private final String what;

    Scenario(String id, String what) {
        this.id = id;
        this.what = what;
    }

    String id() {
        return id;
    }

    String what() {
        return what;
    }

    static Scenario of(String id) {
        for (Scenario s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown scenario " + id + "; known: kill, db-outage, broker-restart,"
                + " flapping, garbage, clock-skew, all");
    }
}
