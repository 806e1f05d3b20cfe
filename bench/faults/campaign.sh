#!/usr/bin/env bash
# Fault campaign against the real ChargeOps node (Payara Micro) on this machine; docs/fault-campaign.md explains it.
#
#   bench/faults/campaign.sh [--scenarios all|kill,db-outage,broker-restart,flapping,garbage,clock-skew]
#                            [--sessions 1000] [--guns 2] [--time-scale 10] [--db-outage-seconds 30]
#                            [--broker-down-seconds 20] [--flap-seconds 60] [--flap-ratio 0.3] [--charge-seconds 10]
#                            [--node-heap 1536m] [--http-port 20380] [--pile-port 20381] [--h2-port 20301]
#                            [--broker-port 20302] [--partner-port 20303] [--out DIR] [--build]
#
# One scenario: --scenarios kill. Every scenario starts from a copy of one prepared database (schema, demo seed, the
# campaign's piles and funded app users, a fake T/CEC partner), runs the node against an H2 TCP server (a process of
# its own, so the database can be taken away), charges --sessions sessions, applies its fault, lets the piles
# recover, and checks the invariants from the database and from what the simulator sent and received.
# Writes <run>/results.md and results.json (run directory under bench/target/, or --out); exit 0 = all passed.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build=0
out=""
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build=1; shift ;;
    --out) out=$2; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    --*) [ $# -ge 2 ] || { echo "$1 needs a value" >&2; exit 2; }; args+=("$1" "$2"); shift 2 ;;
    *) echo "unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

log() { printf '%s %s\n' "$(date +%T)" "$*" >&2; }

# -------------------------------------------------------------------------------------------------------- build
# package only (no install: ~/.m2 is shared); -o: everything needed is in the local repository. The node is built
# when missing (or with --build); the simulator, which holds the campaign, always.
if [ $build = 1 ] || [ ! -f "$repo/micro/target/chargeops.war" ] || [ ! -f "$repo/micro/target/runtime/payara-micro.jar" ]; then
  log "building the node and the simulator (mvn package, tests skipped)"
  (cd "$repo" && mvn -B -q -o -pl micro,pile-simulator -am package -DskipTests)
else
  log "building the simulator (mvn package, tests skipped)"
  (cd "$repo" && mvn -B -q -o -pl pile-simulator -am package -DskipTests)
fi

# -------------------------------------------------------------------------------------------------------- run dir
# a snapshot of what is measured, so a rebuild in this tree during the run changes nothing
run="${out:-$repo/bench/target/faults-$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$run/home/micro/target" "$run/sim" "$run/broker-lib"
run="$(cd "$run" && pwd)"
cp "$repo/chargeops" "$run/home/chargeops"
cp -r "$repo/micro/target/runtime" "$run/home/micro/target/runtime"
cp "$repo/micro/target/chargeops.war" "$run/home/micro/target/chargeops.war"
cp "$repo/pile-simulator/target/pile-simulator-0.1.0-SNAPSHOT.jar" "$run/sim/"
# the simulator needs the YKC codec and Netty: the very jars the pile connector RAR carries
unzip -q -o -j "$run/home/micro/target/runtime/pile-jca-connector.rar" '*.jar' -d "$run/sim"
h2_entry=$(unzip -Z1 "$run/home/micro/target/chargeops.war" | grep -E '^WEB-INF/lib/h2-[0-9.]+\.jar$' | head -1)
unzip -q -o -j "$run/home/micro/target/chargeops.war" "$h2_entry" -d "$run"
h2_jar="$run/$(basename "$h2_entry")"
# the standalone broker runs the platform's own broker configuration from the jars of artemis-ra.rar
unzip -q -o -j "$run/home/micro/target/runtime/artemis-ra.rar" '*.jar' -d "$run/broker-lib"
cp "$repo/bench/faults/StandaloneBroker.java" "$run/"
git -C "$repo" rev-parse --short HEAD > "$run/commit.txt"
git -C "$repo" status --short > "$run/worktree-status.txt" || true
ulimit -n 65536 2>/dev/null || true
log "run directory $run"

set +e
java -Xmx1g -cp "$run/sim/*:$h2_jar" io.chargeops.pile.simulator.faults.CampaignMain \
  --run "$run" --home "$run/home" --h2-jar "$h2_jar" --broker-lib "$run/broker-lib" \
  --broker-source "$run/StandaloneBroker.java" "${args[@]}" 2>&1 | tee "$run/campaign.log"
rc=${PIPESTATUS[0]}
set -e
log "results: $run/results.md (exit $rc)"
exit "$rc"
