#!/usr/bin/env bash
# Pile load run against one ChargeOps node (Payara Micro) on this machine.
#
#   bench/pile-load.sh [--piles 10000] [--guns 2] [--duration 10m] [--charging-ratio 0.3]
#                      [--ramp 60s] [--warmup 120s] [--heap 2g] [--sim-heap 1g]
#                      [--http-port 19080] [--pile-port 19767] [--base-pile-code 32019900000001]
#                      [--out docs] [--build]
#
# What it does:
#   1. builds if needed (mvn install, tests skipped; --build forces it) and always rebuilds pile-simulator;
#   2. snapshots the built node (launcher, payara-micro.jar, RARs, WAR) and the simulator's jars into a fresh run
#      directory under bench/target/, so a colleague's rebuild cannot change what is measured;
#   3. starts the node once there (creates the H2 schema and demo seed), stops it, registers N piles x G guns
#      directly in its H2 file (pile codes base, base+1, ...; station 1 and tariff template 1 of the demo seed),
#      starts it again with GC logging;
#   4. runs the simulator (io.chargeops.pile.simulator.load.LoadMain) for warm-up + duration, while sampling the node
#      every 10 s: heap (jcmd GC.heap_info), RSS and CPU (/proc), /metrics chargeops_pile_*;
#   5. stops everything it started and writes <out>/benchmarks.md and <out>/benchmarks.json (bench/report.py).
#
# The simulator and the node share this machine's cores; the report says how much CPU each used.
# Only loopback addresses are used (127.0.0.1, and 127.0.0.x for sources when a fleet exceeds 20,000 piles).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

piles=10000
guns=2
duration=10m
ratio=0.3
ramp=60s
warmup=120s
heap=2g
sim_heap=1g
http_port=19080
pile_port=19767
base=32019900000001
out="$repo/docs"
force_build=0
interval=10

while [ $# -gt 0 ]; do
  case "$1" in
    --piles) piles=$2; shift 2 ;;
    --guns) guns=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --charging-ratio) ratio=$2; shift 2 ;;
    --ramp) ramp=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --heap) heap=$2; shift 2 ;;
    --sim-heap) sim_heap=$2; shift 2 ;;
    --http-port) http_port=$2; shift 2 ;;
    --pile-port) pile_port=$2; shift 2 ;;
    --base-pile-code) base=$2; shift 2 ;;
    --out) out=$(mkdir -p "$2" && cd "$2" && pwd); shift 2 ;;
    --build) force_build=1; shift ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ "$http_port" -ge 1024 ] && [ "$pile_port" -ge 1024 ] || { echo "ports must be >= 1024" >&2; exit 2; }
[ "$guns" -ge 1 ] && [ "$guns" -le 99 ] || { echo "--guns must be 1..99" >&2; exit 2; }
[ ${#base} -eq 14 ] || { echo "--base-pile-code must have 14 digits" >&2; exit 2; }

log() { printf '%s %s\n' "$(date +%T)" "$*" >&2; }

seconds() { # 90s | 10m | 1h | 42 -> seconds
  local v=$1
  case "$v" in
    *s) echo "${v%s}" ;;
    *m) echo $(( ${v%m} * 60 )) ;;
    *h) echo $(( ${v%h} * 3600 )) ;;
    *) echo "$v" ;;
  esac
}

# ---------------------------------------------------------------------------------------------------------- build
# -o: the artefacts are in the local repository; this machine may have no route to Maven Central
mvn_flags=(-B -q -o -DskipTests)
if [ $force_build = 1 ] || [ ! -f "$repo/micro/target/runtime/payara-micro.jar" ] || [ ! -f "$repo/micro/target/chargeops.war" ]; then
  log "building the platform (mvn install, tests skipped)"
  (cd "$repo" && mvn "${mvn_flags[@]}" install)
fi
log "building pile-simulator"
(cd "$repo" && mvn "${mvn_flags[@]}" -pl pile-simulator install)

# ---------------------------------------------------------------------------------------------------------- run dir
run="$repo/bench/target/run-$(date +%Y%m%d-%H%M%S)-${piles}x${guns}"
mkdir -p "$run/home/micro/target" "$run/sim" "$run/metrics"
cp "$repo/chargeops" "$run/home/chargeops"
cp -r "$repo/micro/target/runtime" "$run/home/micro/target/runtime"
cp "$repo/micro/target/chargeops.war" "$run/home/micro/target/chargeops.war"
(cd "$repo" && mvn -B -q -o -pl pile-simulator dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$run/sim/classpath.txt")
cp "$repo/pile-simulator/target/pile-simulator-0.1.0-SNAPSHOT.jar" "$run/sim/"
tr ':' '\n' < "$run/sim/classpath.txt" | while read -r jar; do [ -n "$jar" ] && cp "$jar" "$run/sim/"; done
h2_entry=$(unzip -Z1 "$run/home/micro/target/chargeops.war" | grep -E '^WEB-INF/lib/h2-[0-9.]+\.jar$' | head -1)
unzip -q -j "$run/home/micro/target/chargeops.war" "$h2_entry" -d "$run"
h2_jar="$run/$(basename "$h2_entry")"
git -C "$repo" rev-parse --short HEAD > "$run/commit.txt"
git -C "$repo" status --short > "$run/worktree-status.txt" || true
log "run directory $run"

# ---------------------------------------------------------------------------------------------------------- limits
ulimit -n 1048576 2>/dev/null || ulimit -n "$(ulimit -Hn)"
log "open-file limit $(ulimit -n)"

# processes this script started; the EXIT trap stops exactly these
launcher=""
node=""
sim=""
sampler=""

node_start() { # $1 = tag
  local tag=$1
  (
    cd "$run"
    export CHARGEOPS_HTTP_PORT=$http_port CHARGEOPS_PILE_PORT=$pile_port
    export CHARGEOPS_PILE_BIND_ADDRESS=127.0.0.1
    export CHARGEOPS_JAVA_OPTS="-Xms$heap -Xmx$heap -XX:+UseG1GC -Xlog:gc,safepoint:file=$run/gc-$tag.log:uptime,time,level,tags"
    exec "$run/home/chargeops" start
  ) > "$run/node-$tag.log" 2>&1 &
  launcher=$!
  local i
  for i in $(seq 1 300); do
    if grep -q "ChargeOps is ready" "$run/node-$tag.log"; then
      node=$(pgrep -P "$launcher" java || true)
      log "node ready ($tag): launcher $launcher, java $node"
      return 0
    fi
    kill -0 "$launcher" 2>/dev/null || { log "node exited during start-up; see $run/node-$tag.log"; return 1; }
    sleep 1
  done
  log "node not ready after 300 s; see $run/node-$tag.log"
  return 1
}

node_stop() {
  [ -n "$launcher" ] || return 0
  kill -TERM "$launcher" 2>/dev/null || true
  local i
  for i in $(seq 1 60); do
    kill -0 "$launcher" 2>/dev/null || break
    sleep 1
  done
  if [ -n "$node" ] && kill -0 "$node" 2>/dev/null; then
    log "node $node did not stop in 60 s; killing it"
    kill -KILL "$node" 2>/dev/null || true
  fi
  wait "$launcher" 2>/dev/null || true
  launcher=""
  node=""
}

cleanup() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  [ -n "$sim" ] && kill "$sim" 2>/dev/null || true
  node_stop
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------------------- schema
log "first start: schema and demo seed"
node_start schema
node_stop

# ---------------------------------------------------------------------------------------------------------- register piles
# ids from 100001 upwards; the JPA sequences (allocation 50) are moved past them so new rows never collide
first_id=100001
last_pile_id=$(( first_id + piles - 1 ))
last_gun_id=$(( first_id + piles * guns - 1 ))
seq_pile=$(( (last_pile_id / 1000 + 2) * 1000 ))
seq_gun=$(( (last_gun_id / 1000 + 2) * 1000 ))
cat > "$run/register-piles.sql" <<SQL
-- $piles load-test piles x $guns guns, codes $base + 0 .. $(( piles - 1 )), DC, station 1, tariff template 1
INSERT INTO pile (id, merchant_id, station_id, pile_code, pile_type, rated_power_kw, gun_count, manufacturer,
  pile_model, protocol_version, firmware_version, sim_no, network_type, online_flag, status, tariff_template_id,
  last_login_at, created_at, updated_at, row_version)
SELECT $first_id - 1 + X, 1, 1, CAST($base - 1 + X AS CHAR(14)), 'DC', 120.00, $guns, 'LOAD', 'SIM-DC', 'V1.6',
  'SIM1.0', NULL, 'LAN', FALSE, 'ACTIVE', 1, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
FROM SYSTEM_RANGE(1, $piles);
INSERT INTO gun (id, pile_id, merchant_id, gun_no, gun_code, connector_type, gun_state, state_changed_at,
  created_at, updated_at, row_version)
SELECT $first_id - 1 + (P.X - 1) * $guns + G.X, $first_id - 1 + P.X, 1, G.X,
  CAST($base - 1 + P.X AS CHAR(14)) || LPAD(CAST(G.X AS VARCHAR), 2, '0'), 'GBT_DC', 'OFFLINE', NULL,
  CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
FROM SYSTEM_RANGE(1, $piles) P, SYSTEM_RANGE(1, $guns) G;
ALTER SEQUENCE seq_pile RESTART WITH $seq_pile;
ALTER SEQUENCE seq_gun RESTART WITH $seq_gun;
SELECT COUNT(*) AS load_piles FROM pile WHERE manufacturer = 'LOAD';
SELECT COUNT(*) AS load_guns FROM gun WHERE connector_type = 'GBT_DC' AND id >= $first_id;
SQL
log "registering $piles piles x $guns guns in H2"
java -cp "$h2_jar" org.h2.tools.RunScript -url "jdbc:h2:file:$run/data/chargeops" -user chargeops -password chargeops \
  -script "$run/register-piles.sql" -showResults > "$run/register-piles.log" 2>&1 \
  || { cat "$run/register-piles.log" >&2; exit 1; }
tail -4 "$run/register-piles.log" >&2

# ---------------------------------------------------------------------------------------------------------- measured run
log "second start: measured node"
node_start load
clk_tck=$(getconf CLK_TCK)

metric_sum() { # $1 = file, $2 = metric name prefix (Prometheus); sums every series of that name
  awk -v n="$2" '$1 ~ "^"n"({|$)" { s += $NF } END { printf "%.0f", s + 0 }' "$1"
}

cpu_ticks() { # utime + stime of a pid, or empty
  [ -r "/proc/$1/stat" ] && awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"
}

rss_kb() {
  [ -r "/proc/$1/status" ] && awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"
}

sample_loop() {
  local i=0
  echo "epoch,node_rss_kb,node_cpu_ticks,node_threads,heap_used_kb,heap_committed_kb,sim_rss_kb,sim_cpu_ticks,metrics_online,metrics_connections_open,metrics_frames_in,metrics_frames_out,metrics_events_queued,metrics_heartbeat_timeouts,metrics_logins_accepted,loadavg1,machine_busy_ticks,machine_total_ticks" > "$run/samples.csv"
  while true; do
    local now heap used committed m="$run/metrics/$(printf %04d $i).txt"
    now=$(date +%s.%N)
    heap=$(jcmd "$node" GC.heap_info 2>/dev/null | awk '/garbage-first heap/ { gsub(/[K,]/, ""); print $6, $4 }' || true)
    used=${heap% *}; committed=${heap#* }
    curl -fs --max-time 8 "http://127.0.0.1:$http_port/metrics" > "$m" 2>/dev/null || : > "$m"
    echo "$now,$(rss_kb "$node"),$(cpu_ticks "$node"),$(ls "/proc/$node/task" 2>/dev/null | wc -l),${used:-},${committed:-},$(rss_kb "$sim"),$(cpu_ticks "$sim"),$(metric_sum "$m" chargeops_pile_online),$(metric_sum "$m" chargeops_pile_connections_open),$(metric_sum "$m" chargeops_pile_frames_in_total),$(metric_sum "$m" chargeops_pile_frames_out_total),$(metric_sum "$m" chargeops_pile_events_queued),$(metric_sum "$m" chargeops_pile_heartbeat_timeouts_total),$(grep -E '^chargeops_pile_connector_logins_total\{.*result="accepted"' "$m" | awk '{ s += $NF } END { printf "%.0f", s + 0 }'),$(cut -d' ' -f1 /proc/loadavg),$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 "," $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat)" >> "$run/samples.csv"
    i=$((i + 1))
    sleep "$interval"
  done
}

warm_s=$(seconds "$warmup")
dur_s=$(seconds "$duration")
sim_cmd=(java "-Xms$sim_heap" "-Xmx$sim_heap" -cp "$run/sim/*" io.chargeops.pile.simulator.load.LoadMain
  --piles "$piles" --guns "$guns" --host 127.0.0.1 --port "$pile_port" --charging-ratio "$ratio"
  --base-pile-code "$base" --ramp "$ramp" --warmup "$warmup" --duration "$duration" --seed 42
  --json "$run/sim-summary.json" --samples "$run/sim-samples.jsonl")
printf '%q ' "${sim_cmd[@]}" > "$run/sim-command.txt"
date +%s.%N > "$run/sim-start-epoch.txt"
log "simulator: $piles piles x $guns guns, ramp $ramp, warm-up $warmup, measured $duration"
"${sim_cmd[@]}" > "$run/sim.log" 2>&1 &
sim=$!
sample_loop &
sampler=$!

# one thread dump and per-thread CPU halfway through the measured window, for the "where does it bend" section
# (GC.class_histogram -all: without -all the histogram forces a full GC, which would show up as a pause we caused)
( sleep $(( warm_s + dur_s / 2 )); kill -0 "$node" 2>/dev/null || exit 0
  "$repo/bench/thread-cpu.sh" "$node" 10 > "$run/threads-cpu-node.txt" 2>&1 || true
  jcmd "$node" Thread.print > "$run/threads-mid.txt" 2>&1 || true
  [ -n "$sim" ] && "$repo/bench/thread-cpu.sh" "$sim" 5 > "$run/threads-cpu-sim.txt" 2>&1 || true
  jcmd "$node" GC.class_histogram -all 2>/dev/null | head -30 > "$run/heap-histogram-mid.txt" || true ) &
probe=$!

sim_rc=0
wait "$sim" || sim_rc=$?
sim=""
log "simulator finished (exit $sim_rc)"
sleep "$interval" # one more sample after the fleet closed
kill "$sampler" 2>/dev/null || true
wait "$sampler" 2>/dev/null || true
sampler=""
kill "$probe" 2>/dev/null || true
wait "$probe" 2>/dev/null || true
curl -fs "http://127.0.0.1:$http_port/metrics" > "$run/metrics/final.txt" || true
grep -E "SEVERE|WARNING" "$run/node-load.log" | sed -E 's/^[0-9-]+ [0-9:.]+ //' | cut -c1-200 | sort | uniq -c \
  | sort -rn | head -20 > "$run/node-warnings.txt" || true
node_stop
log "node stopped"

# ---------------------------------------------------------------------------------------------------------- report
cat > "$run/run.env" <<ENV
piles=$piles
guns=$guns
duration=$duration
ratio=$ratio
ramp=$ramp
warmup=$warmup
heap=$heap
sim_heap=$sim_heap
http_port=$http_port
pile_port=$pile_port
base=$base
clk_tck=$clk_tck
interval=$interval
sim_rc=$sim_rc
ENV
cmdline="bench/pile-load.sh --piles $piles --guns $guns --duration $duration --charging-ratio $ratio --ramp $ramp --warmup $warmup --heap $heap"
python3 "$repo/bench/report.py" "$run" "$out" "$cmdline"
log "report: $out/benchmarks.md, $out/benchmarks.json (raw data in $run)"
