#!/usr/bin/env python3
"""Turns one bench/pile-load.sh run directory into docs/benchmarks.md and docs/benchmarks.json.

usage: bench/report.py RUN_DIR OUT_DIR "COMMAND LINE"

Standard library only. Every figure comes from files in RUN_DIR: sim-summary.json (what the piles saw),
samples.csv (node heap/RSS/CPU and /metrics every 10 s), gc-load.log (-Xlog:gc,safepoint), metrics/*.txt,
top-threads-*.txt and threads-mid.txt (taken halfway through the measured window).
"""
import csv
import datetime
import json
import os
import platform
import re
import subprocess
import sys


def read_env(path):
    env = {}
    with open(path) as f:
        for line in f:
            if "=" in line:
                k, v = line.rstrip("\n").split("=", 1)
                env[k] = v
    return env


def num(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def pct(values, q):
    if not values:
        return None
    s = sorted(values)
    i = max(0, min(len(s) - 1, int(round(q * len(s) + 0.5)) - 1))
    return s[i]


def machine():
    info = {"cores": os.cpu_count(), "kernel": platform.release()}
    try:
        with open("/proc/cpuinfo") as f:
            m = re.search(r"model name\s*:\s*(.*)", f.read())
            info["cpu"] = m.group(1).strip() if m else None
        with open("/proc/meminfo") as f:
            m = re.search(r"MemTotal:\s*(\d+)", f.read())
            info["memory_gib"] = round(int(m.group(1)) / 1024 / 1024, 1)
        out = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
        info["java"] = out[1].strip() if len(out) > 1 else out[0]
    except Exception as e:  # noqa: BLE001 - best effort
        info["error"] = str(e)
    return info


GC_PAUSE = re.compile(r"\[(\d+\.\d+)s\].*\[gc\s*\] GC\(\d+\) (Pause .*?) (\d+)M->(\d+)M\((\d+)M\) (\d+\.\d+)ms")
SAFEPOINT = re.compile(r"\[(\d+\.\d+)s\].*Safepoint \"([^\"]+)\".*Total: (\d+) ns")


def gc_summary(path, since_uptime):
    pauses, kinds, safepoints, harness, after = [], {}, [], [], []
    if not os.path.exists(path):
        return None
    with open(path, errors="replace") as f:
        for line in f:
            m = GC_PAUSE.search(line)
            if m:
                t, kind, ms = float(m.group(1)), m.group(2).strip(), float(m.group(6))
                if t >= since_uptime and "Heap Inspection" in kind:
                    harness.append(ms)  # caused by the harness's own jcmd GC.class_histogram, not by the load
                elif t >= since_uptime:
                    pauses.append(ms)
                    after.append(int(m.group(4)))
                    kinds[kind] = kinds.get(kind, 0) + 1
                continue
            m = SAFEPOINT.search(line)
            if m and float(m.group(1)) >= since_uptime and "HeapInspection" not in m.group(2):
                safepoints.append(int(m.group(3)) / 1e6)
    return {
        "pauses": len(pauses),
        "pause_total_ms": round(sum(pauses), 1),
        "pause_p50_ms": pct(pauses, 0.5),
        "pause_p99_ms": pct(pauses, 0.99),
        "pause_max_ms": max(pauses) if pauses else None,
        "by_kind": kinds,
        "heap_after_gc_mb_max": max(after) if after else None,
        "heap_after_gc_mb_last": after[-1] if after else None,
        "harness_heap_inspection_pauses_ms": harness,
        "safepoints": len(safepoints),
        "safepoint_total_ms": round(sum(safepoints), 1),
        "safepoint_max_ms": round(max(safepoints), 2) if safepoints else None,
    }


def metric_series(path, name):
    """{labels-string: value} for one Prometheus metric name."""
    out = {}
    if not os.path.exists(path):
        return out
    pat = re.compile(r"^" + re.escape(name) + r"(\{[^}]*\})?\s+(\S+)")
    with open(path) as f:
        for line in f:
            m = pat.match(line)
            if m:
                labels = m.group(1) or ""
                t = re.search(r'type="([^"]+)"', labels)
                key = t.group(1) if t else labels
                out[key] = out.get(key, 0.0) + (num(m.group(2)) or 0.0)
    return out


def fmt(v, digits=1):
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:,.{digits}f}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)


def main():
    run, out, command = sys.argv[1], sys.argv[2], sys.argv[3]
    env = read_env(os.path.join(run, "run.env"))
    with open(os.path.join(run, "sim-summary.json")) as f:
        sim = json.load(f)
    with open(os.path.join(run, "sim-start-epoch.txt")) as f:
        sim_start = float(f.read().strip())
    tck = int(env.get("clk_tck", "100"))
    warm = sim["settings"]["warmup_s"]
    measured = sim["settings"]["measured_s"]
    steady_from, steady_to = sim_start + warm, sim_start + warm + measured

    rows = []
    with open(os.path.join(run, "samples.csv")) as f:
        for i, r in enumerate(csv.DictReader(f)):
            r = {k: num(v) for k, v in r.items()}
            r["index"] = i
            rows.append(r)

    def cpu_series(key):
        series = []
        for a, b in zip(rows, rows[1:]):
            if a.get(key) is None or b.get(key) is None:
                continue
            dt = b["epoch"] - a["epoch"]
            if dt > 0:
                series.append((b["epoch"], 100.0 * (b[key] - a[key]) / tck / dt))
        return series

    steady = [r for r in rows if steady_from <= r["epoch"] <= steady_to]
    node_cpu = [v for t, v in cpu_series("node_cpu_ticks") if steady_from <= t <= steady_to]
    sim_cpu = [v for t, v in cpu_series("sim_cpu_ticks") if steady_from <= t <= steady_to]
    all_node_cpu = [v for _, v in cpu_series("node_cpu_ticks")]
    machine_busy = []  # % of one core used by everything on the machine, per sample interval
    for a, b in zip(rows, rows[1:]):
        if None in (a.get("machine_busy_ticks"), b.get("machine_busy_ticks"), a.get("machine_total_ticks"), b.get("machine_total_ticks")):
            continue
        total = b["machine_total_ticks"] - a["machine_total_ticks"]
        if total > 0 and steady_from <= b["epoch"] <= steady_to:
            machine_busy.append(100.0 * (os.cpu_count() or 1) * (b["machine_busy_ticks"] - a["machine_busy_ticks"]) / total)

    def col(rs, key, scale=1.0):
        return [r[key] * scale for r in rs if r.get(key) is not None]

    heap_used = col(steady, "heap_used_kb", 1 / 1024)
    heap_all = col(rows, "heap_used_kb", 1 / 1024)
    rss = col(steady, "node_rss_kb", 1 / 1024)
    rss_all = col(rows, "node_rss_kb", 1 / 1024)
    sim_rss = col(rows, "sim_rss_kb", 1 / 1024)

    # server-side frames per type over the measured window, from the first and last /metrics scrape inside it
    server = {}
    if len(steady) >= 2:
        a, b = steady[0], steady[-1]
        fa = os.path.join(run, "metrics", "%04d.txt" % a["index"])
        fb = os.path.join(run, "metrics", "%04d.txt" % b["index"])
        dt = b["epoch"] - a["epoch"]
        for direction, name in (("in", "chargeops_pile_frames_in_total"), ("out", "chargeops_pile_frames_out_total")):
            sa, sb = metric_series(fa, name), metric_series(fb, name)
            per_type = {k: round((sb.get(k, 0) - sa.get(k, 0)) / dt, 1) for k in sorted(sb) if sb.get(k, 0) - sa.get(k, 0) > 0}
            server["frames_" + direction + "_per_s"] = round(sum(per_type.values()), 1)
            server["frames_" + direction + "_per_s_by_type"] = per_type
        server["window_s"] = round(dt, 1)

    # GC: only the measured start of the node (gc-load.log); uptime of the node at sim start is unknown, so all of it
    gc_all = gc_summary(os.path.join(run, "gc-load.log"), 0.0)
    node_start_uptime = None
    gc_steady = None
    try:
        with open(os.path.join(run, "gc-load.log"), errors="replace") as f:
            first = f.readline()
        m = re.match(r"\[(\d{4}-\d\d-\d\dT[\d:.]+)([+-]\d{4})\]\[(\d+\.\d+)s\]", first)
        if m:
            wall = datetime.datetime.strptime(m.group(1) + m.group(2), "%Y-%m-%dT%H:%M:%S.%f%z").timestamp()
            node_start_uptime = wall - float(m.group(3))
            gc_steady = gc_summary(os.path.join(run, "gc-load.log"), steady_from - node_start_uptime)
    except Exception:  # noqa: BLE001
        pass

    final_metrics = os.path.join(run, "metrics", "final.txt")
    def final(name):
        v = metric_series(final_metrics, name)
        return int(sum(v.values())) if v else None
    node_counters = {
        "delivery_failures_total": final("chargeops_pile_delivery_failures_total"),
        "heartbeat_timeouts_total": final("chargeops_pile_heartbeat_timeouts_total"),
        "sessions_replaced_total": final("chargeops_pile_sessions_replaced_total"),
        "request_timeouts_total": final("chargeops_pile_request_timeouts_total"),
        "decode_errors_total": final("chargeops_pile_decode_errors_total"),
    }
    hb = sim["latency"].get("0x03->0x04 steady", {})
    frames = sim["frames"]
    piles = sim["piles"]

    result = {
        "generated_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "command": command,
        "commit": open(os.path.join(run, "commit.txt")).read().strip(),
        "machine": machine(),
        "node": {
            "heap_max_setting": env.get("heap"),
            "heap_used_mb_steady": {"avg": round(sum(heap_used) / len(heap_used)) if heap_used else None,
                                    "max": round(max(heap_used)) if heap_used else None},
            "heap_used_mb_max_whole_run": round(max(heap_all)) if heap_all else None,
            "rss_mb_steady": {"avg": round(sum(rss) / len(rss)) if rss else None, "max": round(max(rss)) if rss else None},
            "rss_mb_max_whole_run": round(max(rss_all)) if rss_all else None,
            "cpu_percent_of_one_core_steady": {"avg": round(sum(node_cpu) / len(node_cpu), 1) if node_cpu else None,
                                               "max": round(max(node_cpu), 1) if node_cpu else None},
            "cpu_percent_of_one_core_max_whole_run": round(max(all_node_cpu), 1) if all_node_cpu else None,
            "threads_max": int(max(col(rows, "node_threads"))) if col(rows, "node_threads") else None,
            "gc_whole_start": gc_all,
            "gc_measured_window": gc_steady,
            "metrics_online_min_steady": int(min(col(steady, "metrics_online"))) if col(steady, "metrics_online") else None,
            "metrics_events_queued_max": int(max(col(rows, "metrics_events_queued"))) if col(rows, "metrics_events_queued") else None,
            "metrics_heartbeat_timeouts_end": int(rows[-1]["metrics_heartbeat_timeouts"]) if rows and rows[-1].get("metrics_heartbeat_timeouts") is not None else None,
            "server_frames": server,
            "counters_at_end": node_counters,
        },
        "simulator_process": {
            "cpu_percent_of_one_core_steady_avg": round(sum(sim_cpu) / len(sim_cpu), 1) if sim_cpu else None,
            "rss_mb_max": round(max(sim_rss)) if sim_rss else None,
            "heap_setting": env.get("sim_heap"),
        },
        "machine_cpu_percent_of_one_core_steady_avg": round(sum(machine_busy) / len(machine_busy), 1) if machine_busy else None,
        "other_processes_cpu_percent_of_one_core_steady_avg": round(sum(machine_busy) / len(machine_busy) - (sum(node_cpu) / len(node_cpu) if node_cpu else 0) - (sum(sim_cpu) / len(sim_cpu) if sim_cpu else 0), 1) if machine_busy else None,
        "simulator": sim,
        "samples": len(rows),
        "run_dir": os.path.relpath(run, os.path.join(os.path.dirname(__file__), "..")),
    }
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "benchmarks.json"), "w") as f:
        json.dump(result, f, indent=2, ensure_ascii=False)
        f.write("\n")

    n = result["node"]
    mc = result["machine"]
    lat_rows = []
    for k, v in sim["latency"].items():
        lat_rows.append(f"| {k} | {fmt(v['count'], 0) if isinstance(v['count'], float) else fmt(v['count'])} | {fmt(v['p50_ms'], 2)} | {fmt(v['p95_ms'], 2)} | {fmt(v['p99_ms'], 2)} | {fmt(v['p999_ms'], 2)} | {fmt(v['max_ms'], 2)} |")
    type_rows = []
    for t, v in frames["by_type"].items():
        type_rows.append(f"| {t} | {fmt(v['sent'])} | {fmt(v['received'])} | {fmt(v.get('sent_per_s_steady'))} | {fmt(v.get('received_per_s_steady'))} |")
    gs = n["gc_measured_window"] or n["gc_whole_start"] or {}
    top_node = ""
    p = os.path.join(run, "top-threads-node.txt")
    pt = os.path.join(run, "threads-cpu-node.txt")
    if os.path.exists(pt):
        top_node = open(pt).read().rstrip()
    elif os.path.exists(p):
        lines = open(p).read().splitlines()
        idx = next((i for i, l in enumerate(lines) if l.strip().startswith("PID")), None)
        if idx is not None:
            top_node = "\n".join(lines[idx:idx + 16])

    md = f"""# Benchmarks

Pile load on one node: simulated YKC v1.6 piles held over real TCP (loopback) against the Payara Micro bundle,
as issue 4 asks ("N simulated piles held for 10 minutes on one node; piles held, frames/s, heap, CPU, ack latency
percentiles"). Generated by `bench/report.py` from the run directory `{result['run_dir']}` (not in git).

## Command

```bash
{command}
```

Everything is in `bench/pile-load.sh` (see `--help`): build if needed, snapshot the built node, first start for the
schema, stop, register the piles in the node's H2 file (`register-piles.sql` in the run directory), start again with
`-Xms{env.get('heap')} -Xmx{env.get('heap')} -XX:+UseG1GC -Xlog:gc,safepoint`, run
`io.chargeops.pile.simulator.load.LoadMain` (ramp {sim['settings']['ramp_s']} s, warm-up {warm} s, then
{measured} s measured), sample the node every {env.get('interval')} s, stop everything, write this file.

## Method

- **Machine**: {mc.get('cores')} cores ({mc.get('cpu')}), {mc.get('memory_gib')} GiB, Linux {mc.get('kernel')}, {mc.get('java')}; no
  Docker, loopback only. **The simulator and the platform share the same {mc.get('cores')} cores**: every figure below
  is for both together on one small machine, so it understates what the node alone could do.
- **Node**: `./chargeops start` (Payara Micro 6, embedded H2 file database, embedded Artemis), commit
  `{result['commit']}` plus the working tree at run time (`worktree-status.txt` in the run directory), heap
  `{env.get('heap')}`, default logging (INFO, one line per login, billing-model check and gun state change).
- **Fleet**: {sim['settings']['piles']:,} piles × {sim['settings']['guns_per_pile']} guns (DC, codes from
  `{sim['settings']['base_pile_code']}`), spec intervals: heartbeat 0x03 every
  {sim['settings']['heartbeat_period_s']:g} s per gun, real-time data 0x13 every 5 min per idle gun (15 s while
  charging), charging ratio {sim['settings']['charging_ratio']} (a driver swipes cards, 0x31, to reach it). Each pile logs in
  (0x01/0x02), checks its billing model (0x05/0x06), then sends heartbeats.
- **Ack latency** is measured in the simulator: from just before a pile hands a frame to its socket to the moment
  the answer is decoded on the pile's event loop (so it includes both TCP stacks, the node and queueing on the
  simulator's own event loops). Histogram: exact below 128 µs, < 1.6 % relative error above; percentiles are bucket
  upper edges, max is exact. "steady" = the measured window only (after the warm-up with the login storm).
- **Node figures**: heap occupancy as `jcmd GC.heap_info` reports it at each sample (live data plus garbage not yet
  collected; the live set is the "after GC" figure from the GC log), RSS and CPU from
  `/proc/<pid>` (CPU in % of one core: 200 % = both cores), GC pauses from the node's GC log, frames from the node's
  own `/metrics` (`chargeops_pile_frames_in_total` / `_out_total`).

## Results

| | |
|---|---|
| piles configured / guns | {piles['configured']:,} / {piles['guns']:,} |
| piles online at start of measured window | {fmt(piles['online_at_steady_start'])} |
| piles online, minimum during measured window | {fmt(piles['online_min_steady'])} |
| piles online at end / held the whole run without a reconnect | {fmt(piles['online_at_end'])} / {fmt(piles['held_without_reconnect'])} |
| all piles online after (from first connect) | {fmt(sim.get('all_online_after_s'))} s |
| connections / logins over the run | {fmt(piles['connections_total'])} / {fmt(piles['logins_total'])} |
| frames/s pile→platform, measured window (simulator) | {fmt(frames['sent_per_s_steady'])} |
| frames/s platform→pile, measured window (simulator) | {fmt(frames['received_per_s_steady'])} |
| frames/s in / out at the node (`/metrics`) | {fmt(n['server_frames'].get('frames_in_per_s'))} / {fmt(n['server_frames'].get('frames_out_per_s'))} |
| heartbeat ack 0x03→0x04, measured window: p50 / p95 / p99 / max | {fmt(hb.get('p50_ms'), 2)} / {fmt(hb.get('p95_ms'), 2)} / {fmt(hb.get('p99_ms'), 2)} / {fmt(hb.get('max_ms'), 2)} ms ({fmt(hb.get('count'))} acks) |
| heartbeats unanswered (next one due before the ack), measured window | {fmt(sim['heartbeats']['unanswered_steady'])} |
| node heap occupancy at samples, measured window: avg / max (of {env.get('heap')}) | {fmt(n['heap_used_mb_steady']['avg'])} / {fmt(n['heap_used_mb_steady']['max'])} MB |
| node heap after GC (live set), measured window: max / last | {fmt(gs.get('heap_after_gc_mb_max'))} / {fmt(gs.get('heap_after_gc_mb_last'))} MB |
| node RSS, measured window: avg / max | {fmt(n['rss_mb_steady']['avg'])} / {fmt(n['rss_mb_steady']['max'])} MB |
| node CPU, measured window: avg / max (% of one core) | {fmt(n['cpu_percent_of_one_core_steady']['avg'])} / {fmt(n['cpu_percent_of_one_core_steady']['max'])} % |
| node CPU, peak 10 s during start-up and login storm | {fmt(n['cpu_percent_of_one_core_max_whole_run'])} % |
| whole machine CPU / other processes (not node, not simulator), measured window avg | {fmt(result['machine_cpu_percent_of_one_core_steady_avg'])} % / {fmt(result['other_processes_cpu_percent_of_one_core_steady_avg'])} % |
| simulator CPU, measured window avg / RSS max | {fmt(result['simulator_process']['cpu_percent_of_one_core_steady_avg'])} % / {fmt(result['simulator_process']['rss_mb_max'])} MB |
| GC pauses, measured window (excluding the harness's one heap-histogram pause): count / total / p99 / max | {fmt(gs.get('pauses'))} / {fmt(gs.get('pause_total_ms'))} ms / {fmt(gs.get('pause_p99_ms'), 2)} / {fmt(gs.get('pause_max_ms'), 2)} ms |
| node counters at end: MDB deliveries failed / heartbeat timeouts / command timeouts / decode errors | {fmt(node_counters['delivery_failures_total'])} / {fmt(node_counters['heartbeat_timeouts_total'])} / {fmt(node_counters['request_timeouts_total'])} / {fmt(node_counters['decode_errors_total'])} |
| node threads (max) / connector events queued (max) | {fmt(n['threads_max'])} / {fmt(n['metrics_events_queued_max'])} |

### Request → answer latency (simulator side)

| pair | count | p50 ms | p95 ms | p99 ms | p99.9 ms | max ms |
|---|---:|---:|---:|---:|---:|---:|
{chr(10).join(lat_rows)}

### Frames by type (simulator side)

| type | sent by piles | received by piles | sent/s (measured) | received/s (measured) |
|---|---:|---:|---:|---:|
{chr(10).join(type_rows)}

### Node threads by CPU, halfway through the measured window (`bench/thread-cpu.sh`, 10 s)

```
{top_node}
```
"""
    obs = os.path.join(run, "observations.md")
    if os.path.exists(obs):
        md += "\n" + open(obs).read()
    with open(os.path.join(out, "benchmarks.md"), "w") as f:
        f.write(md)


if __name__ == "__main__":
    main()
