#!/usr/bin/env bash
# Pile load run against one ChargeOps node (Payara Micro) on this machine, with a bare-protocol baseline.
#
#   bench/pile-load.sh [--piles 10000] [--guns 2] [--duration 5m] [--charging-ratio 0.3]
#                      [--ramp 60s] [--warmup 120s] [--heap 2g] [--sim-heap 1g]
#                      [--baseline-duration 3m] [--no-baseline] [--no-burst] [--no-storm] [--reconnect-delay 5s]
#                      [--state-probes-per-s 2] [--probe-piles 10]
#                      [--baseline-ramp 30s] [--baseline-warmup 60s] [--storm-timeout 300s]
#                      [--scale 1000,5000,10000,19000,20000] [--scale-duration 90s] [--scale-login-rate 150]
#                      [--scale-server platform|bare]
#                      [--http-port 19080] [--pile-port 19767] [--bare-port 19768] [--base-pile-code 32019900000001]
#                      [--out docs] [--build]
#
# One run (the default) writes <out>/benchmarks.md and <out>/benchmarks.json:
#   1. builds (mvn package -am, tests skipped; nothing is installed into ~/.m2) and snapshots the node, the
#      simulator and their jars into a fresh run directory under bench/target/, so a colleague's rebuild cannot
#      change what is measured;
#   2. baseline: starts the bare YKC responder (io.chargeops.pile.simulator.load.BareResponder: codec + protocol
#      answers, no container) and runs the same fleet against it (same phases, --baseline-duration measured);
#   3. platform: starts the node once for the schema, registers N piles x G guns plus one card, user and wallet per
#      gun in its H2 file, starts it again with GC logging and runs io.chargeops.pile.simulator.load.LoadMain:
#      ramp + warm-up (login storm), the measured steady window (heartbeats 10 s per gun, real-time data 15 s while
#      charging, card starts 0x31 at --charging-ratio, each session ending with 0x3B), the frame-to-state probe
#      throughout, then a settlement burst (every charging gun stops at once) and a reconnect storm (every pile drops
#      its connection at once and reconnects after --reconnect-delay);
#   4. samples both servers every 10 s (heap, RSS, CPU, threads, /metrics, load average, machine CPU), takes per-thread
#      CPU and a JFR recording halfway through the steady window and per-thread CPU during the storm, stops everything
#      it started and writes the report (bench/report.py).
#
# --scale N1,N2,... instead runs one node with max(N) piles registered and, one after another, fleets of N1, N2, ...
# piles against it (--scale-duration measured each, no burst or storm), writing <out>/benchmarks-scale.md/.json.
# Each step's first connections are spread over N / --scale-login-rate seconds (at least 10 s) and its warm-up is that
# ramp plus 45 s, so every step starts its measured window after its own login storm. --scale-server bare runs the
# steps against the bare responder instead (<out>/benchmarks-scale-bare.*): what the simulator and this machine's
# limits allow without the platform.
# Fleets above 18,000 piles are split over several simulator processes (each process may hold 20,000 files here).
#
# The simulators and the servers share this machine's cores; the report says how much CPU each used and what else
# ran on the machine. Only loopback addresses are used (127.0.0.x sources for large fleets).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

piles=10000
guns=2
duration=5m
ratio=0.3
ramp=60s
warmup=120s
heap=2g
sim_heap=1g
baseline_duration=3m
baseline=1
burst=1
storm=1
reconnect_delay=5s
probes_per_s=2
probe_piles=10
scale=""
scale_duration=90s
scale_login_rate=150
scale_server=platform
baseline_ramp=30s
baseline_warmup=60s
storm_timeout=300s
http_port=19080
pile_port=19767
bare_port=19768
base=32019900000001
out="$repo/docs"
force_build=0
interval=10
per_sim_proc=18000

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
    --baseline-duration) baseline_duration=$2; shift 2 ;;
    --no-baseline) baseline=0; shift ;;
    --no-burst) burst=0; shift ;;
    --no-storm) storm=0; shift ;;
    --reconnect-delay) reconnect_delay=$2; shift 2 ;;
    --state-probes-per-s) probes_per_s=$2; shift 2 ;;
    --probe-piles) probe_piles=$2; shift 2 ;;
    --scale) scale=$2; shift 2 ;;
    --scale-duration) scale_duration=$2; shift 2 ;;
    --scale-login-rate) scale_login_rate=$2; shift 2 ;;
    --scale-server) scale_server=$2; shift 2 ;;
    --baseline-ramp) baseline_ramp=$2; shift 2 ;;
    --baseline-warmup) baseline_warmup=$2; shift 2 ;;
    --storm-timeout) storm_timeout=$2; shift 2 ;;
    --http-port) http_port=$2; shift 2 ;;
    --pile-port) pile_port=$2; shift 2 ;;
    --bare-port) bare_port=$2; shift 2 ;;
    --base-pile-code) base=$2; shift 2 ;;
    --out) out=$(mkdir -p "$2" && cd "$2" && pwd); shift 2 ;;
    --build) force_build=1; shift ;;
    -h|--help) sed -n '2,41p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ "$http_port" -ge 1024 ] && [ "$pile_port" -ge 1024 ] && [ "$bare_port" -ge 1024 ] || { echo "ports must be >= 1024" >&2; exit 2; }
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
# -o: the artefacts are in the local repository; package (not install) keeps this tree's jars out of ~/.m2
mvn_flags=(-B -q -o -DskipTests)
if [ $force_build = 1 ] || [ ! -f "$repo/micro/target/runtime/payara-micro.jar" ] || [ ! -f "$repo/micro/target/chargeops.war" ]; then
  log "building the platform (mvn package -am, tests skipped)"
  (cd "$repo" && mvn "${mvn_flags[@]}" -pl micro -am package)
fi
log "building pile-simulator"
(cd "$repo" && mvn "${mvn_flags[@]}" -pl pile-simulator -am package dependency:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile="$repo/pile-simulator/target/runtime-classpath.txt")

# ---------------------------------------------------------------------------------------------------------- run dir
tag=$([ -n "$scale" ] && echo "scale-${scale//,/-}x${guns}" || echo "${piles}x${guns}")
run="$repo/bench/target/run-$(date +%Y%m%d-%H%M%S)-$tag"
mkdir -p "$run/home/micro/target" "$run/sim"
cp "$repo/chargeops" "$run/home/chargeops"
cp -r "$repo/micro/target/runtime" "$run/home/micro/target/runtime"
cp "$repo/micro/target/chargeops.war" "$run/home/micro/target/chargeops.war"
cp "$repo/pile-simulator/target/pile-simulator-0.1.0-SNAPSHOT.jar" "$run/sim/"
tr ':' '\n' < "$repo/pile-simulator/target/runtime-classpath.txt" | while read -r jar; do
  [ -n "$jar" ] || continue
  if [ -d "$jar" ]; then # a reactor module's classes (pile-jca-connector): use its packaged jar
    jar=$(ls "$jar"/../*.jar 2>/dev/null | grep -v -- '-sources\|-tests' | head -1)
  fi
  [ -n "$jar" ] && cp "$jar" "$run/sim/"
done
h2_entry=$(unzip -Z1 "$run/home/micro/target/chargeops.war" | grep -E '^WEB-INF/lib/h2-[0-9.]+\.jar$' | head -1)
unzip -q -j "$run/home/micro/target/chargeops.war" "$h2_entry" -d "$run"
h2_jar="$run/$(basename "$h2_entry")"
git -C "$repo" rev-parse --short HEAD > "$run/commit.txt"
git -C "$repo" status --short > "$run/worktree-status.txt" || true
log "run directory $run"

# ---------------------------------------------------------------------------------------------------------- limits
# as many open files as this process may have: the hard limit caps every process started from here (each socket
# is a file); raising the hard limit needs CAP_SYS_RESOURCE, which this sandbox does not give
ulimit -n 1048576 2>/dev/null || ulimit -n "$(ulimit -Hn)"
cat > "$run/limits.txt" <<LIMITS
ulimit_n_soft=$(ulimit -n)
ulimit_n_hard=$(ulimit -Hn)
raise_hard_to_1048576=$( (ulimit -Hn 1048576 2>&1 && echo ok) | tr '\n' ' ')
fs_file_max=$(cat /proc/sys/fs/file-max)
fs_nr_open=$(cat /proc/sys/fs/nr_open)
ip_local_port_range=$(tr '\t' '-' < /proc/sys/net/ipv4/ip_local_port_range)
somaxconn=$(cat /proc/sys/net/core/somaxconn)
cap_eff=$(awk '/CapEff/ { print $2 }' /proc/self/status)
LIMITS
log "open-file limit $(ulimit -n) (hard $(ulimit -Hn))"

# processes this script started; the EXIT trap stops exactly these
launcher=""
node=""
bare=""
sims=()
sampler=""
probe=""

node_start() { # $1 = tag, $2 = run sub-directory
  local tag=$1 dir=$2
  (
    cd "$dir"
    export CHARGEOPS_HTTP_PORT=$http_port CHARGEOPS_PILE_PORT=$pile_port
    export CHARGEOPS_PILE_BIND_ADDRESS=127.0.0.1
    # the listener's own cap (default 20,000) out of the way: what limits a large fleet here is the open-file limit
    export CHARGEOPS_PILE_MAX_CONNECTIONS=200000
    export CHARGEOPS_JAVA_OPTS="-Xms$heap -Xmx$heap -XX:+UseG1GC -Xlog:gc,safepoint:file=$dir/gc-$tag.log:uptime,time,level,tags"
    exec "$run/home/chargeops" start
  ) > "$dir/node-$tag.log" 2>&1 &
  launcher=$!
  local i
  for i in $(seq 1 300); do
    if grep -q "ChargeOps is ready" "$dir/node-$tag.log"; then
      node=$(pgrep -P "$launcher" java || true)
      log "node ready ($tag): launcher $launcher, java $node"
      return 0
    fi
    kill -0 "$launcher" 2>/dev/null || { log "node exited during start-up; see $dir/node-$tag.log"; return 1; }
    sleep 1
  done
  log "node not ready after 300 s; see $dir/node-$tag.log"
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

bare_stop() {
  [ -n "$bare" ] || return 0
  kill -TERM "$bare" 2>/dev/null || true
  wait "$bare" 2>/dev/null || true
  bare=""
}

cleanup() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  [ -n "$probe" ] && kill "$probe" 2>/dev/null || true
  local p
  for p in "${sims[@]}"; do kill "$p" 2>/dev/null || true; done
  bare_stop
  node_stop
}
trap cleanup EXIT
trap 'exit 130' INT TERM

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

fd_count() {
  ls "/proc/$1/fd" 2>/dev/null | wc -l
}

sims_sum() { # $1 = function name (cpu_ticks | rss_kb); sums over the running simulator processes
  local p s=0 v
  for p in "${sims[@]}"; do v=$($1 "$p" || true); s=$(( s + ${v:-0} )); done
  echo "$s"
}

# $1 = directory, $2 = pid of the server (node or bare responder), $3 = metrics URL or empty
sample_loop() {
  local dir=$1 pid=$2 url=$3 i=0
  mkdir -p "$dir/metrics"
  echo "epoch,node_rss_kb,node_cpu_ticks,node_threads,node_fds,heap_used_kb,heap_committed_kb,sim_rss_kb,sim_cpu_ticks,metrics_online,metrics_connections_open,metrics_frames_in,metrics_frames_out,metrics_events_queued,metrics_heartbeat_timeouts,metrics_logins_accepted,loadavg1,machine_busy_ticks,machine_total_ticks" > "$dir/samples.csv"
  while true; do
    local now heap used committed m="$dir/metrics/$(printf %04d $i).txt"
    now=$(date +%s.%N)
    heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | awk '/garbage-first heap/ { gsub(/[K,]/, ""); print $6, $4 }' || true)
    used=${heap% *}; committed=${heap#* }
    if [ -n "$url" ]; then
      curl -fs --max-time 8 "$url" > "$m" 2>/dev/null || : > "$m"
    else
      : > "$m"
    fi
    echo "$now,$(rss_kb "$pid"),$(cpu_ticks "$pid"),$(ls "/proc/$pid/task" 2>/dev/null | wc -l),$(fd_count "$pid"),${used:-},${committed:-},$(sims_sum rss_kb),$(sims_sum cpu_ticks),$(metric_sum "$m" chargeops_pile_online),$(metric_sum "$m" chargeops_pile_connections_open),$(metric_sum "$m" chargeops_pile_frames_in_total),$(metric_sum "$m" chargeops_pile_frames_out_total),$(metric_sum "$m" chargeops_pile_events_queued),$(metric_sum "$m" chargeops_pile_heartbeat_timeouts_total),$(grep -E '^chargeops_pile_connector_logins_total\{.*result="accepted"' "$m" | awk '{ s += $NF } END { printf "%.0f", s + 0 }'),$(cut -d' ' -f1 /proc/loadavg),$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 "," $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat)" >> "$dir/samples.csv"
    # what else runs on this shared machine: the busiest processes that are none of ours, every minute
    if [ $(( i % 6 )) = 0 ]; then
      { echo "# $(date -u +%FT%TZ) loadavg $(cat /proc/loadavg)"
        ps -eo pid,pcpu,rss,etimes,comm,args --sort=-pcpu | awk -v a="$pid" -v b=" ${sims[*]} " \
          'NR > 1 && $1 != a && index(b, " " $1 " ") == 0 && $2 > 1.0 { printf "%s %5.1f%% %s %s\n", $1, $2, $5, substr($0, index($0, $6), 90) }' | head -6
      } >> "$dir/others.txt"
    fi
    i=$((i + 1))
    sleep "$interval"
  done
}

# $1 = directory, $2 = server port, $3 = piles, $4 = duration, $5 = base code, $6 = label; extra LoadMain options follow
sim_start() {
  local dir=$1 port=$2 n=$3 dur=$4 b=$5 label=$6
  shift 6
  local cmd=(java "-Xms$sim_heap" "-Xmx$sim_heap" -XX:+UseParallelGC -cp "$run/sim/*" io.chargeops.pile.simulator.load.LoadMain
    --piles "$n" --guns "$guns" --host 127.0.0.1 --port "$port" --charging-ratio "$ratio"
    --base-pile-code "$b" --ramp "${step_ramp:-$ramp}" --warmup "${step_warmup:-$warmup}" --duration "$dur" --seed 42
    --reconnect-delay "$reconnect_delay" --storm-timeout "$storm_timeout" --registered-cards
    --json "$dir/sim-summary-$label.json" --samples "$dir/sim-samples-$label.jsonl" "$@")
  printf '%q ' "${cmd[@]}" > "$dir/sim-command-$label.txt"
  "${cmd[@]}" > "$dir/sim-$label.log" 2>&1 &
  sims+=($!)
}

sims_wait() {
  local p rc=0
  for p in "${sims[@]}"; do wait "$p" || rc=$?; done
  sims=()
  return $rc
}

stop_sampler() {
  sleep "$interval" # one more sample after the fleet closed
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  sampler=""
  [ -n "$probe" ] && { kill "$probe" 2>/dev/null || true; wait "$probe" 2>/dev/null || true; }
  probe=""
}

warm_s=$(seconds "$warmup")
ramp_s=$(seconds "$ramp")

# ---------------------------------------------------------------------------------------------------------- register
# $1 = number of piles; writes $run/register-piles.sql. Ids from 100001 upwards; the JPA sequences (allocation 50)
# are moved past them so new rows never collide. Each gun gets a card (its gun code as the physical card number)
# bound to its own user and wallet (100,000.0000 yuan, one top-up ledger entry: balance = sum of the ledger).
register_sql() {
  local n=$1 first_id=100001
  local guns_total=$(( n * guns ))
  local last_pile_id=$(( first_id + n - 1 )) last_gun_id=$(( first_id + guns_total - 1 ))
  local seq_pile=$(( (last_pile_id / 1000 + 2) * 1000 )) seq_gun=$(( (last_gun_id / 1000 + 2) * 1000 ))
  cat > "$run/register-piles.sql" <<SQL
-- $n load-test piles x $guns guns, codes $base + 0 .. $(( n - 1 )), DC, station 1, tariff template 1
INSERT INTO pile (id, merchant_id, station_id, pile_code, pile_type, rated_power_kw, gun_count, manufacturer,
  pile_model, protocol_version, firmware_version, sim_no, network_type, online_flag, status, tariff_template_id,
  last_login_at, created_at, updated_at, row_version)
SELECT $first_id - 1 + X, 1, 1, CAST($base - 1 + X AS CHAR(14)), 'DC', 120.00, $guns, 'LOAD', 'SIM-DC', 'V1.6',
  'SIM1.0', NULL, 'LAN', FALSE, 'ACTIVE', 1, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
FROM SYSTEM_RANGE(1, $n);
INSERT INTO gun (id, pile_id, merchant_id, gun_no, gun_code, connector_type, gun_state, state_changed_at,
  created_at, updated_at, row_version)
SELECT $first_id - 1 + (P.X - 1) * $guns + G.X, $first_id - 1 + P.X, 1, G.X,
  CAST($base - 1 + P.X AS CHAR(14)) || LPAD(CAST(G.X AS VARCHAR), 2, '0'), 'GBT_DC', 'OFFLINE', NULL,
  CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
FROM SYSTEM_RANGE(1, $n) P, SYSTEM_RANGE(1, $guns) G;
-- one driver per gun: user (phone 19xxxxxxxxx), platform wallet with one top-up, card = gun code
INSERT INTO app_user (id, phone, nickname, status, created_at, updated_at, row_version)
SELECT $first_id - 1 + X, CAST(19000000000 + X AS VARCHAR), 'load', 'ACTIVE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
FROM SYSTEM_RANGE(1, $guns_total);
INSERT INTO wallet (id, user_id, merchant_id, balance, frozen, created_at, updated_at, row_version)
SELECT $first_id - 1 + X, $first_id - 1 + X, NULL, 100000.0000, 0.0000, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
FROM SYSTEM_RANGE(1, $guns_total);
INSERT INTO wallet_ledger_entry (id, wallet_id, merchant_id, entry_type, amount, balance_after, ref_type, ref_id, remark, created_at)
SELECT $first_id - 1 + X, $first_id - 1 + X, NULL, 'TOP_UP', 100000.0000, 100000.0000, 'SEED', 'load-top-up-' || X, 'load test', CURRENT_TIMESTAMP
FROM SYSTEM_RANGE(1, $guns_total);
INSERT INTO charging_credential (id, merchant_id, kind, credential, user_id, wallet_id, status, created_at, updated_at, row_version)
SELECT $first_id - 1 + (P.X - 1) * $guns + G.X, NULL, 'CARD', CAST($base - 1 + P.X AS CHAR(14)) || LPAD(CAST(G.X AS VARCHAR), 2, '0'),
  $first_id - 1 + (P.X - 1) * $guns + G.X, $first_id - 1 + (P.X - 1) * $guns + G.X, 'ACTIVE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
FROM SYSTEM_RANGE(1, $n) P, SYSTEM_RANGE(1, $guns) G;
ALTER SEQUENCE seq_pile RESTART WITH $seq_pile;
ALTER SEQUENCE seq_gun RESTART WITH $seq_gun;
ALTER SEQUENCE seq_app_user RESTART WITH $seq_gun;
ALTER SEQUENCE seq_wallet RESTART WITH $seq_gun;
ALTER SEQUENCE seq_wallet_ledger_entry RESTART WITH $seq_gun;
ALTER SEQUENCE seq_charging_credential RESTART WITH $seq_gun;
SELECT COUNT(*) AS load_piles FROM pile WHERE manufacturer = 'LOAD';
SELECT COUNT(*) AS load_cards FROM charging_credential WHERE id >= $first_id;
SQL
}

# $1 = directory of the node; registers max piles in its H2 file after a first start for the schema
prepare_node() {
  local dir=$1 n=$2
  mkdir -p "$dir"
  log "first start: schema and demo seed"
  node_start schema "$dir"
  node_stop
  register_sql "$n"
  log "registering $n piles x $guns guns (and one card, user, wallet per gun) in H2"
  java -cp "$h2_jar" org.h2.tools.RunScript -url "jdbc:h2:file:$dir/data/chargeops" -user chargeops -password chargeops \
    -script "$run/register-piles.sql" -showResults > "$dir/register-piles.log" 2>&1 \
    || { cat "$dir/register-piles.log" >&2; exit 1; }
  tail -4 "$dir/register-piles.log" >&2
}

# per-thread CPU, thread dump and a JFR recording of the node at a given second of the simulator's run
# $1 = dir, $2 = pid, $3 = delay s, $4 = label, $5 = jfr seconds (0: none)
profile_at() {
  local dir=$1 pid=$2 delay=$3 label=$4 jfr=$5
  ( sleep "$delay"; kill -0 "$pid" 2>/dev/null || exit 0
    [ "$jfr" -gt 0 ] && jcmd "$pid" JFR.start name=bench settings=profile duration="${jfr}s" filename="$dir/$label.jfr" > /dev/null 2>&1 || true
    "$repo/bench/thread-cpu.sh" "$pid" 10 > "$dir/threads-cpu-$label.txt" 2>&1 || true
    jcmd "$pid" Thread.print > "$dir/threads-$label.txt" 2>&1 || true
    local s
    for s in "${sims[@]}"; do "$repo/bench/thread-cpu.sh" "$s" 5 > "$dir/threads-cpu-sim-$label-$s.txt" 2>&1 || true; done
    if [ "$jfr" -gt 0 ]; then
      sleep $(( jfr > 10 ? jfr - 10 : 1 ))
      sleep 3
      jfr print --events jdk.ExecutionSample --stack-depth 12 "$dir/$label.jfr" > "$dir/$label-samples.txt" 2>/dev/null || true
    fi ) &
}

finish_env() { # $1 = dir, then key=value lines on stdin are appended
  cat > "$1/run.env"
  cat >> "$1/run.env" <<ENV
piles=$piles
guns=$guns
ratio=$ratio
ramp=$ramp
warmup=$warmup
heap=$heap
sim_heap=$sim_heap
http_port=$http_port
pile_port=$pile_port
bare_port=$bare_port
base=$base
clk_tck=$clk_tck
interval=$interval
reconnect_delay=$reconnect_delay
ENV
}

# ========================================================================================================== scale
if [ -n "$scale" ]; then
  IFS=, read -r -a steps <<< "$scale"
  max=0; for n in "${steps[@]}"; do [ "$n" -gt "$max" ] && max=$n; done
  if [ "$scale_server" = bare ]; then
    mkdir -p "$run/node"
    log "bare YKC responder for the scale series on 127.0.0.1:$bare_port"
    java -Xms1g -Xmx1g -XX:+UseG1GC -Xlog:gc:file="$run/node/gc-load.log":uptime,time,level,tags -cp "$run/sim/*" \
      io.chargeops.pile.simulator.load.BareResponder --host 127.0.0.1 --port "$bare_port" --io-threads 4 \
      --counts "$run/node/bare-counts.json" > "$run/node/node-load.log" 2>&1 &
    bare=$!
    for _ in $(seq 1 50); do grep -q listening "$run/node/node-load.log" 2>/dev/null && break; sleep 0.2; done
    server_pid=$bare; server_port=$bare_port; metrics_url=""
  else
    prepare_node "$run/node" "$max"
    log "measured node for the scale series"
    node_start load "$run/node"
    server_pid=$node; server_port=$pile_port; metrics_url="http://127.0.0.1:$http_port/metrics"
  fi
  dur_s=$(seconds "$scale_duration")
  for n in "${steps[@]}"; do
    d="$run/step-$n"; mkdir -p "$d"
    procs=$(( (n + per_sim_proc - 1) / per_sim_proc ))
    per=$(( (n + procs - 1) / procs ))
    r=$(( n / scale_login_rate )); [ "$r" -lt 10 ] && r=10
    step_ramp="${r}s"; step_warmup="$(( r + 45 ))s"
    log "scale step $n piles x $guns guns: $procs simulator process(es), ramp $step_ramp, warm-up $step_warmup, measured $scale_duration"
    date +%s.%N > "$d/sim-start-epoch.txt"
    left=$n; k=0
    while [ "$left" -gt 0 ]; do
      this=$(( left < per ? left : per ))
      # each process connects from loopback addresses of its own (127.0.0.2, .4, ...): one address has ~28k ports
      extra=(--first-source-address $(( 2 + 2 * k )))
      if [ "$k" = 0 ] && [ "$scale_server" != bare ]; then
        extra+=(--api "http://127.0.0.1:$http_port" --probe-piles "$probe_piles" --state-probes-per-s "$probes_per_s")
      else
        extra+=(--probe-piles 0)
      fi
      sim_start "$d" "$server_port" "$this" "$scale_duration" $(( base + k * per )) "p$k" "${extra[@]}"
      left=$(( left - this )); k=$(( k + 1 ))
    done
    sample_loop "$d" "$server_pid" "$metrics_url" &
    sampler=$!
    profile_at "$d" "$server_pid" $(( r + 45 + dur_s / 2 )) "mid" $([ "$scale_server" = bare ] && echo 0 || echo 30)
    probe=$!
    sims_wait || log "a simulator exited non-zero (see $d/sim-*.log)"
    date +%s.%N > "$d/sim-end-epoch.txt"
    stop_sampler
    [ -n "$metrics_url" ] && { curl -fs "$metrics_url" > "$d/metrics-end.txt" || true; }
    finish_env "$d" <<ENV
mode=scale-step
step_piles=$n
duration=$scale_duration
sim_procs=$procs
ramp=$step_ramp
warmup=$step_warmup
ENV
    log "scale step $n done; pause 30 s for the node to take the fleet offline"
    sleep 30
  done
  grep -E "SEVERE|WARNING" "$run/node/node-load.log" | sed -E 's/^[0-9-]+ [0-9:.]+ //' | cut -c1-200 | sort | uniq -c \
    | sort -rn | head -20 > "$run/node/node-warnings.txt" || true
  grep -c "Too many open files" "$run/node/node-load.log" > "$run/node/emfile-count.txt" || true
  bare_stop
  node_stop
  finish_env "$run" <<ENV
mode=scale
scale=$scale
scale_duration=$scale_duration
scale_server=$scale_server
ENV
  python3 "$repo/bench/report.py" scale "$run" "$out" \
    "bench/pile-load.sh --scale $scale --guns $guns --scale-duration $scale_duration --scale-login-rate $scale_login_rate --heap $heap$([ "$scale_server" = bare ] && echo " --scale-server bare")"
  log "report: $out/benchmarks-scale*.md/.json (raw data in $run)"
  exit 0
fi

phase_opts=()
[ $burst = 1 ] && phase_opts+=(--settlement-burst)
[ $storm = 1 ] && phase_opts+=(--reconnect-storm)

# ========================================================================================================== baseline
if [ $baseline = 1 ]; then
  d="$run/baseline"; mkdir -p "$d"
  log "baseline: bare YKC responder on 127.0.0.1:$bare_port"
  java -Xms512m -Xmx512m -XX:+UseG1GC -Xlog:gc:file="$d/gc-load.log":uptime,time,level,tags -cp "$run/sim/*" \
    io.chargeops.pile.simulator.load.BareResponder --host 127.0.0.1 --port "$bare_port" --io-threads 4 \
    --counts "$d/bare-counts.json" > "$d/bare.log" 2>&1 &
  bare=$!
  for _ in $(seq 1 50); do grep -q listening "$d/bare.log" 2>/dev/null && break; sleep 0.2; done
  date +%s.%N > "$d/sim-start-epoch.txt"
  step_ramp=$baseline_ramp step_warmup=$baseline_warmup \
    sim_start "$d" "$bare_port" "$piles" "$baseline_duration" "$base" "p0" "${phase_opts[@]}" --probe-piles "$probe_piles"
  sample_loop "$d" "$bare" "" &
  sampler=$!
  profile_at "$d" "$bare" $(( $(seconds "$baseline_warmup") + $(seconds "$baseline_duration") / 2 )) "mid" 0
  probe=$!
  sims_wait || log "baseline simulator exited non-zero (see $d/sim-p0.log)"
  date +%s.%N > "$d/sim-end-epoch.txt"
  stop_sampler
  bare_stop
  finish_env "$d" <<ENV
mode=baseline
duration=$baseline_duration
ENV
  log "baseline done"
fi

# ========================================================================================================== platform
d="$run/platform"
prepare_node "$d" "$piles"
log "second start: measured node"
node_start load "$d"
date +%s.%N > "$d/sim-start-epoch.txt"
sim_start "$d" "$pile_port" "$piles" "$duration" "$base" "p0" "${phase_opts[@]}" \
  --api "http://127.0.0.1:$http_port" --probe-piles "$probe_piles" --state-probes-per-s "$probes_per_s" \
  --phase-file "$d/phase.txt"
sample_loop "$d" "$node" "http://127.0.0.1:$http_port/metrics" &
sampler=$!
dur_s=$(seconds "$duration")
profile_at "$d" "$node" $(( warm_s + dur_s / 2 )) "mid" 60
probe=$!
# per-thread CPU during the settlement burst and the reconnect storm, when the simulator announces them
watch_phase() { # $1 = phase, $2 = delay after its start, $3 = seconds to sample
  ( while ! grep -qx "$1" "$d/phase.txt" 2>/dev/null; do kill -0 "$node" 2>/dev/null || exit 0; sleep 0.2; done
    sleep "$2"; "$repo/bench/thread-cpu.sh" "$node" "$3" > "$d/threads-cpu-$1.txt" 2>&1 || true ) &
}
[ $burst = 1 ] && watch_phase burst 0 3
[ $storm = 1 ] && watch_phase storm 3 10
sims_wait || log "simulator exited non-zero (see $d/sim-p0.log)"
date +%s.%N > "$d/sim-end-epoch.txt"
stop_sampler
curl -fs "http://127.0.0.1:$http_port/metrics" > "$d/metrics/final.txt" || true
grep -E "SEVERE|WARNING" "$d/node-load.log" | sed -E 's/^[0-9-]+ [0-9:.]+ //' | cut -c1-200 | sort | uniq -c \
  | sort -rn | head -20 > "$d/node-warnings.txt" || true
node_stop
log "node stopped"
finish_env "$d" <<ENV
mode=platform
duration=$duration
ENV

# ---------------------------------------------------------------------------------------------------------- report
cmdline="bench/pile-load.sh --piles $piles --guns $guns --duration $duration --charging-ratio $ratio --ramp $ramp --warmup $warmup --heap $heap --baseline-duration $baseline_duration --baseline-ramp $baseline_ramp --baseline-warmup $baseline_warmup --reconnect-delay $reconnect_delay --storm-timeout $storm_timeout"
[ $baseline = 0 ] && cmdline+=" --no-baseline"
[ $burst = 0 ] && cmdline+=" --no-burst"
[ $storm = 0 ] && cmdline+=" --no-storm"
python3 "$repo/bench/report.py" run "$run" "$out" "$cmdline"
log "report: $out/benchmarks.md, $out/benchmarks.json (raw data in $run)"
