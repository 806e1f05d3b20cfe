#!/usr/bin/env python3
"""Turns a bench/pile-load.sh run directory into the benchmark report.

usage: bench/report.py run   RUN_DIR OUT_DIR "COMMAND LINE"   -> OUT_DIR/benchmarks.md, benchmarks.json
       bench/report.py scale RUN_DIR OUT_DIR "COMMAND LINE"   -> OUT_DIR/benchmarks-scale.md, benchmarks-scale.json

Standard library only. Every figure comes from files in RUN_DIR: per measured server (baseline/, platform/,
step-N/): sim-summary-*.json (what the piles saw), samples.csv (server heap/RSS/CPU/threads/files, /metrics, load
average and machine CPU every 10 s), gc-*.log, metrics/*.txt, threads-cpu-*.txt, *.jfr samples, others.txt
(the machine's other busy processes). bench/analysis.md (written by hand for the latest run) is appended.
"""
import csv
import datetime
import glob
import json
import math
import os
import platform
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

AIMS = {
    "piles": 50000,
    "guns": 100000,
    "heap_gb": 4,
    "frames_per_s": 10000,
    "frame_to_state_p99_ms": 50,
    "settlements_per_s": 1000,
}

FRAME_NAMES = {
    "0x01": "login", "0x02": "login answer", "0x03": "heartbeat", "0x04": "heartbeat ack",
    "0x05": "billing model check", "0x06": "billing model check answer", "0x09": "billing model request",
    "0x0A": "billing model", "0x13": "real-time data", "0x15": "charge handshake", "0x17": "parameter config",
    "0x19": "charge end", "0x23": "BMS demand/output", "0x25": "BMS info", "0x31": "card start request",
    "0x32": "card start answer", "0x3B": "transaction record", "0x40": "transaction record confirmation",
    "0x35": "remote stop answer", "0x36": "remote stop", "0x55": "time sync answer", "0x56": "time sync",
}


# ------------------------------------------------------------------------------------------------ small helpers
def read_env(path):
    env = {}
    if os.path.exists(path):
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
    """Nearest-rank percentile (q in 0..1) of a list; None when empty."""
    if not values:
        return None
    s = sorted(values)
    i = max(0, min(len(s) - 1, math.ceil(q * len(s)) - 1))
    return s[i]


def avg(values):
    return sum(values) / len(values) if values else None


def fmt(v, digits=1):
    if v is None:
        return "–"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, float):
        return f"{v:,.{digits}f}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)


def cpu_ms_per_1k_frames(cpu_percent_of_one_core, frames_per_s):
    """CPU milliseconds a server spends per 1,000 frames (in + out) at a given CPU load and frame rate."""
    if cpu_percent_of_one_core is None or not frames_per_s:
        return None
    return cpu_percent_of_one_core / 100.0 * 1000.0 / frames_per_s * 1000.0


def ratio(a, b):
    if a is None or not b:
        return None
    return a / b


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


# ------------------------------------------------------------------------------------------------ GC log
GC_PAUSE = re.compile(r"\[(\d+\.\d+)s\].*\[gc\s*\] GC\(\d+\) (Pause .*?) (\d+)M->(\d+)M\((\d+)M\) (\d+\.\d+)ms")
GC_START = re.compile(r"\[(\d{4}-\d\d-\d\dT[\d:.]+)([+-]\d{4})\]\[(\d+\.\d+)s\]")


def gc_pauses(path):
    """[(wall-clock epoch s, kind, after MB, ms)] of every pause in a -Xlog:gc log with uptime,time decorations."""
    out = []
    if not os.path.exists(path):
        return out
    with open(path, errors="replace") as f:
        for line in f:
            m = GC_PAUSE.search(line)
            t = GC_START.match(line)
            if m and t:
                wall = datetime.datetime.strptime(t.group(1) + t.group(2), "%Y-%m-%dT%H:%M:%S.%f%z").timestamp()
                out.append((wall, m.group(2).strip(), int(m.group(4)), float(m.group(6))))
    return out


def gc_summary(pauses, since, until):
    sel = [p for p in pauses if since <= p[0] <= until and "Heap Inspection" not in p[1]]
    ms = [p[3] for p in sel]
    kinds = {}
    for p in sel:
        kinds[p[1]] = kinds.get(p[1], 0) + 1
    return {
        "pauses": len(ms),
        "pause_total_ms": round(sum(ms), 1),
        "pause_p50_ms": pct(ms, 0.5),
        "pause_p99_ms": pct(ms, 0.99),
        "pause_max_ms": max(ms) if ms else None,
        "by_kind": kinds,
        "heap_after_gc_mb_max": max(p[2] for p in sel) if sel else None,
        "heap_after_gc_mb_last": sel[-1][2] if sel else None,
    }


# ------------------------------------------------------------------------------------------------ metrics
def metric_series(path, name):
    """{type-label or labels-string: value} for one Prometheus metric name."""
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


def normalise_type(key):
    """'0x3b', '3B', '59' or 'TRANSACTION_RECORD' -> '0x3B' when it looks like a frame type code."""
    k = key.strip()
    if re.fullmatch(r"0[xX][0-9a-fA-F]{1,2}", k):
        return "0x%02X" % int(k, 16)
    return k


# ------------------------------------------------------------------------------------------------ JFR
def jfr_hot(path, top=15):
    """Top frames and top own-code frames from `jfr print --events jdk.ExecutionSample` output."""
    if not os.path.exists(path):
        return None
    samples, frames, ours, threads, packages = 0, {}, {}, {}, {}
    stack, thread, in_stack = [], None, False
    with open(path, errors="replace") as f:
        for line in f:
            s = line.strip()
            if s.startswith("sampledThread"):
                m = re.search(r'"([^"]*)"', s)
                thread = re.sub(r"\d+", "#", m.group(1)) if m else "?"
            elif s.startswith("stackTrace = ["):
                in_stack, stack = True, []
            elif in_stack and s == "]":
                in_stack = False
                if stack:
                    samples += 1
                    top_frame = stack[0]
                    frames[top_frame] = frames.get(top_frame, 0) + 1
                    pkg = ".".join(top_frame.split("(")[0].split(".")[:3])
                    packages[pkg] = packages.get(pkg, 0) + 1
                    own = next((fr for fr in stack if fr.startswith("io.chargeops.")), None)
                    if own:
                        ours[own] = ours.get(own, 0) + 1
                    threads[thread] = threads.get(thread, 0) + 1
            elif in_stack and s and s != "...":
                stack.append(re.sub(r"\s+line:.*$", "", s))
    def topn(d):
        return [(k, v, round(100.0 * v / samples, 1)) for k, v in sorted(d.items(), key=lambda kv: -kv[1])[:top]]
    return {"samples": samples, "top_frames": topn(frames), "top_packages": topn(packages),
            "top_own_frames": topn(ours), "by_thread": topn(threads)}


# ------------------------------------------------------------------------------------------------ one measured server
def load_samples(d):
    rows = []
    p = os.path.join(d, "samples.csv")
    if not os.path.exists(p):
        return rows
    with open(p) as f:
        for i, r in enumerate(csv.DictReader(f)):
            r = {k: num(v) for k, v in r.items()}
            r["index"] = i
            rows.append(r)
    return rows


def cpu_series(rows, key, tck):
    """[(epoch of the later sample, % of one core)] between consecutive samples."""
    series = []
    for a, b in zip(rows, rows[1:]):
        if a.get(key) is None or b.get(key) is None:
            continue
        dt = b["epoch"] - a["epoch"]
        if dt > 0:
            series.append((b["epoch"], 100.0 * (b[key] - a[key]) / tck / dt))
    return series


def machine_busy_series(rows, cores):
    out = []
    for a, b in zip(rows, rows[1:]):
        if None in (a.get("machine_busy_ticks"), b.get("machine_busy_ticks"), a.get("machine_total_ticks"), b.get("machine_total_ticks")):
            continue
        total = b["machine_total_ticks"] - a["machine_total_ticks"]
        if total > 0:
            out.append((b["epoch"], 100.0 * cores * (b["machine_busy_ticks"] - a["machine_busy_ticks"]) / total))
    return out


def window(series, since, until):
    return [v for t, v in series if since < t <= until]


def sim_summaries(d):
    out = []
    for p in sorted(glob.glob(os.path.join(d, "sim-summary-*.json"))):
        with open(p) as f:
            out.append(json.load(f))
    return out


def combine_sims(sims):
    """Several simulator processes as one fleet: counts and rates add up; a latency percentile is the worst of the
    processes' (an upper bound for the fleet's), counts add up."""
    if len(sims) == 1:
        return sims[0]
    first = json.loads(json.dumps(sims[0]))
    for k in ("configured", "guns", "online_at_steady_start", "online_min_steady", "online_max", "online_at_end",
              "connected_at_end", "held_without_reconnect", "connections_total", "logins_total"):
        first["piles"][k] = sum(s["piles"].get(k) or 0 for s in sims)
    first["settings"]["piles"] = first["piles"]["configured"]
    for k in ("sent_total", "received_total", "sent_per_s_steady", "received_per_s_steady"):
        first["frames"][k] = round(sum(s["frames"].get(k) or 0 for s in sims), 1)
    types = {}
    for s in sims:
        for t, v in s["frames"]["by_type"].items():
            e = types.setdefault(t, {})
            for k, x in v.items():
                e[k] = round(e.get(k, 0) + (x or 0), 1)
    first["frames"]["by_type"] = dict(sorted(types.items()))
    lat = {}
    for s in sims:
        for k, v in s["latency"].items():
            if k not in lat:
                lat[k] = dict(v)
            else:
                e = lat[k]
                total = e["count"] + v["count"]
                e["mean_ms"] = (e["mean_ms"] * e["count"] + v["mean_ms"] * v["count"]) / total if total else 0
                e["count"] = total
                for q in ("p50_ms", "p90_ms", "p95_ms", "p99_ms", "p999_ms", "max_ms"):
                    e[q] = max(e[q], v[q])
    first["latency"] = lat
    first["all_online_after_s"] = max((s.get("all_online_after_s") or 0) for s in sims) if all(s.get("all_online_after_s") for s in sims) else None
    first["heartbeats"] = {k: sum(s["heartbeats"][k] for s in sims) for k in sims[0]["heartbeats"]}
    first["simulator"]["cpu_s"] = round(sum(s["simulator"].get("cpu_s") or 0 for s in sims), 1)
    first["processes"] = len(sims)
    return first


def others_top(d, limit=8):
    """The machine's other busy processes, from others.txt: name -> (times seen, max %CPU)."""
    p = os.path.join(d, "others.txt")
    seen = {}
    if not os.path.exists(p):
        return []
    with open(p, errors="replace") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            parts = line.split(None, 3)
            if len(parts) < 4:
                continue
            cpu = num(parts[1].rstrip("%")) or 0.0
            what = parts[3].strip()
            what = re.sub(r"/tmp/[^ ]*/|/work/[^ ]*/|/usr/lib/jvm/[^ ]*/", "", what)[:70]
            e = seen.setdefault(what, [0, 0.0])
            e[0] += 1
            e[1] = max(e[1], cpu)
    return sorted(([k, v[0], v[1]] for k, v in seen.items()), key=lambda x: -x[2])[:limit]


def analyse(d, tck, cores):
    """Every figure of one measured server (bare responder, platform node or one scale step)."""
    sims = sim_summaries(d)
    if not sims:
        return None
    sim = combine_sims(sims)
    env = read_env(os.path.join(d, "run.env"))
    rows = load_samples(d)
    phases = sim.get("phases", {})
    st = phases.get("steady", {})
    since, until = st.get("started_at_epoch_s"), st.get("ended_at_epoch_s")
    if since is None:
        with open(os.path.join(d, "sim-start-epoch.txt")) as f:
            start = float(f.read())
        since = start + sim["settings"]["warmup_s"]
        until = since + sim["settings"]["measured_s"]
    steady_rows = [r for r in rows if since <= r["epoch"] <= until]
    node_cpu = cpu_series(rows, "node_cpu_ticks", tck)
    sim_cpu = cpu_series(rows, "sim_cpu_ticks", tck)
    busy = machine_busy_series(rows, cores)
    n_cpu, s_cpu, m_busy = window(node_cpu, since, until), window(sim_cpu, since, until), window(busy, since, until)
    load1 = [r["loadavg1"] for r in steady_rows if r.get("loadavg1") is not None]

    def col(rs, key, scale=1.0):
        return [r[key] * scale for r in rs if r.get(key) is not None]

    frames_per_s = (sim["frames"].get("sent_per_s_steady") or 0) + (sim["frames"].get("received_per_s_steady") or 0)
    cpu_avg = avg(n_cpu)
    gc_log = os.path.join(d, "gc-load.log")
    if not os.path.exists(gc_log):  # a scale step: one node serves every step, its GC log is the run's
        gc_log = os.path.join(os.path.dirname(d), "node", "gc-load.log")
    pauses = gc_pauses(gc_log)

    def phase_block(name):
        ph = phases.get(name)
        if not ph or "started_at_epoch_s" not in ph:
            return None
        a, b = ph["started_at_epoch_s"], ph.get("ended_at_epoch_s", ph["started_at_epoch_s"])
        # the 10 s samples that overlap the phase (at least the next one)
        cpu = [v for t, v in node_cpu if a < t <= b + 10]
        out = dict(ph)
        out["server_cpu_percent_max_sample"] = round(max(cpu), 1) if cpu else None
        out["gc"] = gc_summary(pauses, a, b + 1)
        return out

    # server-side frames per type over the steady window, from the first and last /metrics scrape inside it
    server = {}
    if len(steady_rows) >= 2:
        a, b = steady_rows[0], steady_rows[-1]
        fa = os.path.join(d, "metrics", "%04d.txt" % a["index"])
        fb = os.path.join(d, "metrics", "%04d.txt" % b["index"])
        dt = b["epoch"] - a["epoch"]
        for direction, name in (("in", "chargeops_pile_frames_in_total"), ("out", "chargeops_pile_frames_out_total")):
            sa, sb = metric_series(fa, name), metric_series(fb, name)
            per_type = {normalise_type(k): round((sb.get(k, 0) - sa.get(k, 0)) / dt, 1) for k in sorted(sb) if sb.get(k, 0) - sa.get(k, 0) > 0}
            if per_type:
                server["frames_" + direction + "_per_s"] = round(sum(per_type.values()), 1)
                server["frames_" + direction + "_per_s_by_type"] = per_type
        server["window_s"] = round(dt, 1)

    final_metrics = os.path.join(d, "metrics", "final.txt")
    if not os.path.exists(final_metrics):
        final_metrics = os.path.join(d, "metrics-end.txt")

    def final(name):
        v = metric_series(final_metrics, name)
        return int(sum(v.values())) if v else None

    counters = {
        "delivery_failures_total": final("chargeops_pile_delivery_failures_total"),
        "heartbeat_timeouts_total": final("chargeops_pile_heartbeat_timeouts_total"),
        "sessions_replaced_total": final("chargeops_pile_sessions_replaced_total"),
        "request_timeouts_total": final("chargeops_pile_request_timeouts_total"),
        "decode_errors_total": final("chargeops_pile_decode_errors_total"),
    } if os.path.exists(final_metrics) else {}

    hot = {}
    for label in ("mid", "burst", "storm"):
        p = os.path.join(d, "threads-cpu-%s.txt" % label)
        if os.path.exists(p):
            hot["threads_" + label] = open(p).read().rstrip()
    jfr = jfr_hot(os.path.join(d, "mid-samples.txt"))
    bare = None
    bp = os.path.join(d, "bare-counts.json")
    if os.path.exists(bp):
        with open(bp) as f:
            bare = json.load(f)
    emfile = None
    for p in (os.path.join(d, "node-load.log"), os.path.join(os.path.dirname(d), "node", "node-load.log")):
        if os.path.exists(p):
            with open(p, errors="replace") as f:
                emfile = sum(1 for line in f if "Too many open files" in line)
            break

    return {
        "dir": os.path.relpath(d, REPO),
        "mode": env.get("mode"),
        "sim": sim,
        "window": {"since_epoch_s": since, "until_epoch_s": until, "seconds": round(until - since, 1)},
        "server": {
            "cpu_percent_of_one_core_steady": {"avg": round(cpu_avg, 1) if cpu_avg is not None else None,
                                               "max": round(max(n_cpu), 1) if n_cpu else None},
            "cpu_percent_of_one_core_max_whole_run": round(max(v for _, v in node_cpu), 1) if node_cpu else None,
            "frames_per_s_in_plus_out_steady": round(frames_per_s, 1),
            "cpu_ms_per_1k_frames_steady": round(cpu_ms_per_1k_frames(cpu_avg, frames_per_s), 2) if cpu_avg is not None and frames_per_s else None,
            "heap_used_mb_steady": {"avg": round(avg(col(steady_rows, "heap_used_kb", 1 / 1024))) if col(steady_rows, "heap_used_kb") else None,
                                    "max": round(max(col(steady_rows, "heap_used_kb", 1 / 1024))) if col(steady_rows, "heap_used_kb") else None},
            "heap_used_mb_max_whole_run": round(max(col(rows, "heap_used_kb", 1 / 1024))) if col(rows, "heap_used_kb") else None,
            "rss_mb_steady": {"avg": round(avg(col(steady_rows, "node_rss_kb", 1 / 1024))) if col(steady_rows, "node_rss_kb") else None,
                              "max": round(max(col(steady_rows, "node_rss_kb", 1 / 1024))) if col(steady_rows, "node_rss_kb") else None},
            "rss_mb_max_whole_run": round(max(col(rows, "node_rss_kb", 1 / 1024))) if col(rows, "node_rss_kb") else None,
            "threads_max": int(max(col(rows, "node_threads"))) if col(rows, "node_threads") else None,
            "open_files_max": int(max(col(rows, "node_fds"))) if col(rows, "node_fds") else None,
            "gc_steady": gc_summary(pauses, since, until),
            "gc_whole_run": gc_summary(pauses, 0, 1e12),
            "metrics_online_min_steady": int(min(col(steady_rows, "metrics_online"))) if col(steady_rows, "metrics_online") else None,
            "metrics_events_queued_max": int(max(col(rows, "metrics_events_queued"))) if col(rows, "metrics_events_queued") else None,
            "frames_at_server": server,
            "counters_at_end": counters,
            "bare_counts": bare,
            "too_many_open_files_log_lines": emfile,
        },
        "simulator_process": {
            "cpu_percent_of_one_core_steady_avg": round(avg(s_cpu), 1) if s_cpu else (
                round(100.0 * sim["simulator"]["cpu_s"] / max(1.0, (until - since) + sim["settings"]["warmup_s"]), 1) if sim["simulator"].get("cpu_s") else None),
            "rss_mb_max": round(max(col(rows, "sim_rss_kb", 1 / 1024))) if col(rows, "sim_rss_kb") else None,
        },
        "machine_load": {
            "loadavg1_steady": {"min": min(load1) if load1 else None, "avg": round(avg(load1), 2) if load1 else None,
                                "max": max(load1) if load1 else None},
            "machine_cpu_percent_of_one_core_steady_avg": round(avg(m_busy), 1) if m_busy else None,
            "other_processes_cpu_percent_of_one_core_steady_avg": round(avg(m_busy) - (cpu_avg or 0) - (avg(s_cpu) or 0), 1) if m_busy else None,
            "other_busy_processes": others_top(d),
        },
        "phases": {k: phase_block(k) for k in ("burst", "storm")},
        "hot_spots": hot,
        "jfr": jfr,
    }


# ------------------------------------------------------------------------------------------------ markdown pieces
def lat(a, key):
    return (a["sim"]["latency"].get(key) or {}) if a else {}


def lat_cells(v):
    if not v:
        return "– | – | – | – | –"
    return f"{fmt(v.get('count'))} | {fmt(v.get('p50_ms'), 2)} | {fmt(v.get('p95_ms'), 2)} | {fmt(v.get('p99_ms'), 2)} | {fmt(v.get('max_ms'), 2)}"


# other processes above this share of one core on average make a run "shared": their CPU was taken from the node
SHARED_ABOVE_PERCENT = 25.0


def is_shared(others_percent):
    """Whether other processes took enough CPU during the measured window to call the machine shared."""
    return others_percent is None or others_percent >= SHARED_ABOVE_PERCENT


def machine_sentence(shared, cores, others_percent):
    if shared:
        return (f"**These figures were taken on a shared machine**: {cores} cores, on which other developers' builds, tests"
                " and platform nodes ran at the same time; the simulators share the same cores as the server they load."
                " Every table gives the machine's load beside its figures (load average and the CPU of processes that were"
                " neither the server nor the simulator); read every number as a floor for what one node does on a quiet"
                " machine of this size.")
    return (f"**Taken on a quiet machine**: {cores} cores with nothing else running (other processes "
            f"{fmt(others_percent)} % of one core on average in the measured window); the simulators share the same"
            " cores as the server they load, and every table gives their CPU beside the server's.")


def load_cell(a):
    ml = a["machine_load"]
    la = ml["loadavg1_steady"]
    return (f"load avg {fmt(la['min'], 2)}–{fmt(la['max'], 2)}, other processes {fmt(ml['other_processes_cpu_percent_of_one_core_steady_avg'])} % of a core")


def latency_table(p, b):
    keys = sorted(set(k for a in (p, b) if a for k in a["sim"]["latency"] if not k.endswith("whole run")),
                  key=lambda k: (k.split(" ")[0], ["warmup", "steady", "burst", "storm", "after-storm", "end"].index(k.split(" ", 1)[1]) if k.split(" ", 1)[1] in ["warmup", "steady", "burst", "storm", "after-storm", "end"] else 9))
    rows = []
    for k in keys:
        rows.append(f"| {k} | {lat_cells(lat(p, k))} | {lat_cells(lat(b, k))} |")
    return "\n".join(rows)


def frames_table(p, b):
    types = sorted(set(list(p["sim"]["frames"]["by_type"]) + (list(b["sim"]["frames"]["by_type"]) if b else [])))
    srv = p["server"]["frames_at_server"]
    rows = []
    for t in types:
        pv = p["sim"]["frames"]["by_type"].get(t, {})
        bv = b["sim"]["frames"]["by_type"].get(t, {}) if b else {}
        rows.append(f"| {t} | {FRAME_NAMES.get(t, '')} | {fmt(pv.get('sent_per_s_steady'))} | {fmt(pv.get('received_per_s_steady'))} | "
                    f"{fmt(srv.get('frames_in_per_s_by_type', {}).get(t))} | {fmt(srv.get('frames_out_per_s_by_type', {}).get(t))} | "
                    f"{fmt(bv.get('sent_per_s_steady'))} | {fmt(bv.get('received_per_s_steady'))} |")
    return "\n".join(rows)


def jfr_md(j):
    if not j or not j.get("samples"):
        return "(no JFR samples)"
    out = [f"{j['samples']:,} execution samples (JFR `profile` settings, 20 ms per thread), top frames:", "", "```"]
    out += [f"{pc:5.1f}%  {k}" for k, _, pc in j["top_frames"][:12]]
    out += ["```", "", "by package of the top frame:", "", "```"]
    out += [f"{pc:5.1f}%  {k}" for k, _, pc in j["top_packages"][:10]]
    out += ["```", "", "first ChargeOps frame on the stack (the code that led there):", "", "```"]
    out += [f"{pc:5.1f}%  {k}" for k, _, pc in j["top_own_frames"][:12]]
    out += ["```", "", "by thread:", "", "```"]
    out += [f"{pc:5.1f}%  {k}" for k, _, pc in j["by_thread"][:8]]
    out += ["```"]
    return "\n".join(out)


def aims_rows(p, b, scale=None):
    sim = p["sim"]
    srv = p["server"]
    f2s = lat(p, "0x13->API state steady")
    burst = (p["phases"].get("burst") or {})
    fps_in = sim["frames"].get("sent_per_s_steady")
    fps_out = sim["frames"].get("received_per_s_steady")
    heap_live = srv["gc_steady"].get("heap_after_gc_mb_max")
    rows = [
        ("50,000 piles / 100,000 guns held on one node", f"{sim['piles']['online_min_steady']:,} piles / {sim['piles']['online_min_steady'] * sim['settings']['guns_per_pile']:,} guns held through the steady window (at most {sim['piles']['online_max']:,} of {sim['piles']['configured']:,} online at once)"
         + (f"; largest scale step held: {scale}" if scale else ""), "no"),
        ("under 4 GB heap", f"live heap after GC {fmt(heap_live)} MB at {sim['piles']['configured']:,} piles (heap setting {read_env(os.path.join(REPO, p['dir'], 'run.env')).get('heap')})", "yes, at this size" if heap_live and heap_live < 4096 else "–"),
        ("≥ 10,000 frames/s", f"{fmt(fps_in)} in + {fmt(fps_out)} out = {fmt((fps_in or 0) + (fps_out or 0))} frames/s at the fleet's spec intervals (steady window)", "not tested at that rate" if (fps_in or 0) + (fps_out or 0) < 10000 else "yes"),
        ("p99 frame-to-state ≤ 50 ms", f"p99 {fmt(f2s.get('p99_ms'), 1)} ms (p50 {fmt(f2s.get('p50_ms'), 1)}, max {fmt(f2s.get('max_ms'), 1)}; {fmt(f2s.get('count'))} probes)",
         ("yes" if f2s.get("p99_ms") is not None and f2s["p99_ms"] <= 50 else "no") if f2s else "–"),
        ("≥ 1,000 settlements/s", f"burst: {fmt(burst.get('settled'))} records settled in {fmt(burst.get('seconds_to_last_confirmation'), 2)} s = {fmt(burst.get('settlements_per_s'))}/s; steady {fmt(sim['settlements'].get('per_s_steady'), 2)}/s at ratio {sim['settings']['charging_ratio']}",
         ("yes" if (burst.get("settlements_per_s") or 0) >= 1000 else "no") if burst else "–"),
    ]
    return "\n".join(f"| {a} | {m} | {ok} |" for a, m, ok in rows)


def phase_table(p, b, name, fields):
    pp, bb = (p["phases"].get(name) or {}), ((b["phases"].get(name) or {}) if b else {})
    return "\n".join(f"| {label} | {fmt(pp.get(key), d)} | {fmt(bb.get(key), d)} |" for label, key, d in fields)


def run_report(run, out, command):
    cores = os.cpu_count() or 1
    p_dir, b_dir = os.path.join(run, "platform"), os.path.join(run, "baseline")
    env = read_env(os.path.join(p_dir, "run.env"))
    tck = int(env.get("clk_tck", "100"))
    p = analyse(p_dir, tck, cores)
    b = analyse(b_dir, tck, cores) if os.path.isdir(b_dir) else None
    cost_ratio = ratio(p["server"]["cpu_ms_per_1k_frames_steady"], b["server"]["cpu_ms_per_1k_frames_steady"] if b else None)
    limits = read_env(os.path.join(run, "limits.txt"))
    scale = None
    sp = os.path.join(out, "benchmarks-scale.json")
    if os.path.exists(sp):
        with open(sp) as f:
            scale = json.load(f)
    result = {
        "generated_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "command": command,
        "commit": open(os.path.join(run, "commit.txt")).read().strip(),
        "worktree_changes": open(os.path.join(run, "worktree-status.txt")).read().splitlines(),
        "run_dir": os.path.relpath(run, REPO),
        "shared_machine": is_shared(p["machine_load"]["other_processes_cpu_percent_of_one_core_steady_avg"]),
        "machine": machine(),
        "limits": limits,
        "aims": AIMS,
        "platform": p,
        "baseline": b,
        "cost_per_frame_ratio_platform_to_bare": round(cost_ratio, 1) if cost_ratio else None,
    }
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "benchmarks.json"), "w") as f:
        json.dump(result, f, indent=2, ensure_ascii=False)
        f.write("\n")

    sim, srv, mc = p["sim"], p["server"], result["machine"]
    st = sim["settings"]
    probe = sim.get("state_probe") or {}
    bsim = b["sim"] if b else None
    g, bg = srv["gc_steady"], (b["server"]["gc_steady"] if b else {})
    scale_line = ""
    if scale:
        held = [s for s in scale.get("steps", []) if s.get("held_all")]
        if held:
            scale_line = f"{max(s['piles'] for s in held):,} piles"
    md = f"""# Benchmarks

Capacity of one ChargeOps node (Payara Micro bundle, embedded H2 and Artemis) under simulated YKC v1.6 piles over
real TCP on loopback, beside a bare-protocol baseline measured by the same harness in the same run (issue 9).
Generated by `bench/report.py` from the run directory `{result['run_dir']}` (not in git) on {result['generated_at']}.

{machine_sentence(result["shared_machine"], mc.get('cores'), p["machine_load"]["other_processes_cpu_percent_of_one_core_steady_avg"])}

## Command

```bash
{command}
```

`bench/pile-load.sh --help` says what it does; `bench/pile-load.sh --scale 1000,5000,10000,19000 --scale-login-rate 150` runs the scale
series (`docs/benchmarks-scale.md`). Both are self-contained: build (`mvn package`, nothing installed into `~/.m2`),
snapshot, start, register piles/cards/wallets, run, sample, stop, report.

## Against the aims of `../shared/ARCHITECTURE.md`

| aim | measured | met |
|---|---|---|
{aims_rows(p, b, scale_line)}

Platform cost per frame: **{fmt(srv['cpu_ms_per_1k_frames_steady'], 2)} ms of CPU per 1,000 frames** (in + out) in
the steady window, against **{fmt(b['server']['cpu_ms_per_1k_frames_steady'] if b else None, 2)} ms** for the bare YKC
responder with the same fleet and frame mix: **{fmt(result['cost_per_frame_ratio_platform_to_bare'])} ×** the bare
protocol cost. What limits each aim and what would lift it: "Where it bends" below.

## Method

- **Machine**: {mc.get('cores')} cores ({mc.get('cpu')}), {mc.get('memory_gib')} GiB, Linux {mc.get('kernel')},
  {mc.get('java')}; open files: soft/hard limit {limits.get('ulimit_n_soft')}/{limits.get('ulimit_n_hard')} for every
  process the script starts (raising the hard limit is refused: no CAP_SYS_RESOURCE in this sandbox), ephemeral ports
  {limits.get('ip_local_port_range')}, somaxconn {limits.get('somaxconn')}.
- **Fleet** (`io.chargeops.pile.simulator.load.LoadMain`): {st['piles']:,} DC piles × {st['guns_per_pile']} guns,
  codes from `{st['base_pile_code']}`, first connections spread over {st['ramp_s']} s, warm-up {st['warmup_s']} s (the
  login storm), then {st['measured_s']} s measured ("steady"). Spec intervals: heartbeat 0x03 every
  {st['heartbeat_period_s']:g} s per gun, real-time data 0x13 every {st['real_time_charging_period_s']:g} s while
  charging (with BMS frames 0x23/0x25) and {st['real_time_idle_period_s']:g} s idle; reconnect after
  {st['reconnect_delay_s']:g} s. A driver keeps about {st['charging_ratio']} of the guns charging: every
  {st['driver_tick_s']:g} s an idle gun is swiped with its card (0x31) with a probability whose equilibrium is that
  ratio, and a charging gun stops with probability 0.2 (sessions last 150 s on average), ending with 0x19 and the
  transaction record 0x3B, resent every 30 s until a matching 0x40 arrives. Each gun has its own card, user and
  wallet (registered by the script), so every 0x31 is a real authorisation: order opened, balance frozen, 0x32.
- **Baseline**: `io.chargeops.pile.simulator.load.BareResponder`, a Netty server with the production codec
  (`io.chargeops.pile.protocol.ykc`) and 4 I/O threads like the node's listener, answering 0x01, 0x05, 0x09, 0x03,
  0x31 and 0x3B with protocol-only answers (no container, no database, no state) and dropping the rest: the same
  fleet sends it the same frame mix. **Cost per frame** = server CPU (from `/proc`, averaged over the steady window)
  divided by the frames in + out per second the simulator counted in that window.
- **Ack and answer latency** (simulator side): from just before a pile hands a frame to its socket to the moment the
  answer is decoded on the pile's event loop (both TCP stacks, the server, and queueing in the simulator, which shares
  the cores). 0x3B→0x40 runs from the first send of a record to its first accepted confirmation. Histogram: exact below
  128 µs, < 1.6 % relative error above; percentiles are bucket upper edges, max is exact.
- **Frame-to-state latency** (`StateProbe`): the last {st['probe_piles']} piles of the fleet are left alone by the
  driver; {st['state_probes_per_s']:g} times a second one of their guns is unplugged or plugged in, so the pile sends
  0x13 with the new status (IDLE / OCCUPIED). The clock starts when that 0x13 leaves the pile and stops when
  `GET /api/admin/v1/guns/{{gunCode}}` (HTTP Basic, the demo operator) first answers with the new state — the real
  path: connector, MDB, `PileService`, the gun row's commit, and the ops API reading it. The API is polled back to
  back (2 ms pause), so each figure is an upper bound; the poll round trip (p50 {fmt((probe.get('poll_round_trip') or {}).get('p50_ms'), 2)} ms)
  bounds its error.
- **Settlement burst**: after the steady window the driver pauses and every charging gun stops at the same moment;
  settlements/s = records confirmed ÷ time from the stop to the last first-confirmation. **Reconnect storm**: then
  every pile drops its TCP connection at the same moment and reconnects {st['reconnect_delay_s']:g} s later; timed
  until every pile is online again (login 0x01/0x02, billing model 0x05/0x06), logins/s per second after the drop.
- **Server figures**: CPU, RSS, threads, open files from `/proc` every 10 s (CPU in % of one core: {cores * 100} % =
  all cores); heap occupancy from `jcmd GC.heap_info` (live data plus garbage not yet collected; the live set is the
  "after GC" figure of the GC log); GC pauses from `-Xlog:gc`; frames at the node from its `/metrics`; per-thread CPU
  (`bench/thread-cpu.sh`) and a 60 s JFR recording halfway through the steady window, per-thread CPU during the burst
  and the storm.
- **Machine load**: `/proc/loadavg` and whole-machine CPU every 10 s; "other processes" = machine CPU − server −
  simulator; the busiest other processes every minute (`others.txt`).

## Steady state: platform and bare baseline

| | platform node | bare YKC responder |
|---|---:|---:|
| piles / guns online, minimum over the window | {fmt(sim['piles']['online_min_steady'])} / {fmt(sim['piles']['online_min_steady'] * st['guns_per_pile'])} | {fmt(bsim['piles']['online_min_steady'] if bsim else None)} |
| measured window | {fmt(p['window']['seconds'])} s | {fmt(b['window']['seconds'] if b else None)} s |
| all piles online after (first connect → last login) | {fmt(sim.get('all_online_after_s'))} s | {fmt(bsim.get('all_online_after_s') if bsim else None)} s |
| frames/s pile → server / server → pile (simulator) | {fmt(sim['frames']['sent_per_s_steady'])} / {fmt(sim['frames']['received_per_s_steady'])} | {fmt(bsim['frames']['sent_per_s_steady'] if bsim else None)} / {fmt(bsim['frames']['received_per_s_steady'] if bsim else None)} |
| frames/s in / out at the node (`/metrics`) | {fmt(srv['frames_at_server'].get('frames_in_per_s'))} / {fmt(srv['frames_at_server'].get('frames_out_per_s'))} | – |
| server CPU, avg / max 10 s (% of one core) | {fmt(srv['cpu_percent_of_one_core_steady']['avg'])} / {fmt(srv['cpu_percent_of_one_core_steady']['max'])} % | {fmt(b['server']['cpu_percent_of_one_core_steady']['avg'] if b else None)} / {fmt(b['server']['cpu_percent_of_one_core_steady']['max'] if b else None)} % |
| **CPU per 1,000 frames** | **{fmt(srv['cpu_ms_per_1k_frames_steady'], 2)} ms** | **{fmt(b['server']['cpu_ms_per_1k_frames_steady'] if b else None, 2)} ms** |
| heap occupancy at samples avg / max | {fmt(srv['heap_used_mb_steady']['avg'])} / {fmt(srv['heap_used_mb_steady']['max'])} MB | {fmt(b['server']['heap_used_mb_steady']['avg'] if b else None)} / {fmt(b['server']['heap_used_mb_steady']['max'] if b else None)} MB |
| live heap after GC, max / last | {fmt(g.get('heap_after_gc_mb_max'))} / {fmt(g.get('heap_after_gc_mb_last'))} MB | {fmt(bg.get('heap_after_gc_mb_max'))} / {fmt(bg.get('heap_after_gc_mb_last'))} MB |
| RSS avg / max | {fmt(srv['rss_mb_steady']['avg'])} / {fmt(srv['rss_mb_steady']['max'])} MB | {fmt(b['server']['rss_mb_steady']['avg'] if b else None)} / {fmt(b['server']['rss_mb_steady']['max'] if b else None)} MB |
| GC pauses: count / total / p99 / max | {fmt(g.get('pauses'))} / {fmt(g.get('pause_total_ms'))} ms / {fmt(g.get('pause_p99_ms'), 1)} / {fmt(g.get('pause_max_ms'), 1)} ms | {fmt(bg.get('pauses'))} / {fmt(bg.get('pause_total_ms'))} ms / {fmt(bg.get('pause_p99_ms'), 1)} / {fmt(bg.get('pause_max_ms'), 1)} ms |
| threads max / open files max | {fmt(srv['threads_max'])} / {fmt(srv['open_files_max'])} | {fmt(b['server']['threads_max'] if b else None)} / {fmt(b['server']['open_files_max'] if b else None)} |
| heartbeats unanswered (next one due before the ack) | {fmt(sim['heartbeats']['unanswered_steady'])} | {fmt(bsim['heartbeats']['unanswered_steady'] if bsim else None)} |
| settlements confirmed / per s (0x3B→0x40 at ratio {st['charging_ratio']}) | {fmt(sim['settlements']['confirmed_steady'])} / {fmt(sim['settlements']['per_s_steady'], 2)} | {fmt(bsim['settlements']['confirmed_steady'] if bsim else None)} / {fmt(bsim['settlements']['per_s_steady'] if bsim else None, 2)} |
| simulator CPU avg (% of one core) | {fmt(p['simulator_process']['cpu_percent_of_one_core_steady_avg'])} % | {fmt(b['simulator_process']['cpu_percent_of_one_core_steady_avg'] if b else None)} % |
| **machine load during the window** | {load_cell(p)} | {load_cell(b) if b else '–'} |

Node counters at the end: MDB deliveries failed {fmt(srv['counters_at_end'].get('delivery_failures_total'))}, heartbeat
timeouts {fmt(srv['counters_at_end'].get('heartbeat_timeouts_total'))}, gateway request timeouts
{fmt(srv['counters_at_end'].get('request_timeouts_total'))}, decode errors {fmt(srv['counters_at_end'].get('decode_errors_total'))};
connector events queued (max) {fmt(srv['metrics_events_queued_max'])}. Simulator counters (refusals, resends):
`{json.dumps(sim.get('counters', {}), ensure_ascii=False)}`.

## Frames by type, steady window (per second)

| type | frame | piles → node | node → piles | in at node (`/metrics`) | out at node | piles → bare | bare → piles |
|---|---|---:|---:|---:|---:|---:|---:|
{frames_table(p, b)}

## Latency by phase (ms; simulator side)

| pair / phase | platform: count | p50 | p95 | p99 | max | bare: count | p50 | p95 | p99 | max |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
{latency_table(p, b)}

"0x13->API state" is the frame-to-state latency (only against the platform: the bare responder keeps no state).
Probes: {fmt(probe.get('polls'))} API polls, {fmt(probe.get('timeouts'))} probes not seen within 20 s,
{fmt(probe.get('errors'))} failed polls; poll round trip p50 / p99 {fmt((probe.get('poll_round_trip') or {}).get('p50_ms'), 2)} /
{fmt((probe.get('poll_round_trip') or {}).get('p99_ms'), 2)} ms.

## Settlement burst

| | platform | bare |
|---|---:|---:|
{phase_table(p, b, 'burst', [('sessions stopped at once', 'sessions_stopped', 0), ('records confirmed', 'settled', 0), ('seconds to the last confirmation', 'seconds_to_last_confirmation', 2), ('**settlements/s**', 'settlements_per_s', 1), ('unconfirmed when the burst ended', 'unconfirmed_at_timeout', 0), ('server CPU, busiest 10 s sample (% of one core)', 'server_cpu_percent_max_sample', 1)])}
| 0x3B→0x40 p50 / p99 / max (ms) | {fmt(lat(p, '0x3B->0x40 burst').get('p50_ms'), 1)} / {fmt(lat(p, '0x3B->0x40 burst').get('p99_ms'), 1)} / {fmt(lat(p, '0x3B->0x40 burst').get('max_ms'), 1)} | {fmt(lat(b, '0x3B->0x40 burst').get('p50_ms'), 1)} / {fmt(lat(b, '0x3B->0x40 burst').get('p99_ms'), 1)} / {fmt(lat(b, '0x3B->0x40 burst').get('max_ms'), 1)} |

## Reconnect storm

| | platform | bare |
|---|---:|---:|
{phase_table(p, b, 'storm', [('piles online before the drop', 'online_before', 0), ('reconnect delay (s)', 'reconnect_delay_s', 0), ('**all online again after the drop (s)**', 'all_online_after_drop_s', 2), ('piles online at the end of the storm', 'online_at_end', 0), ('logins', 'logins', 0), ('connections', 'connections', 0), ('connections without a login (errors, timeouts)', 'connections_without_login', 0), ('logins/s, average after the reconnect delay', 'logins_per_s_avg', 1), ('logins/s, busiest second', 'logins_per_s_peak', 0), ('server CPU, busiest 10 s sample (% of one core)', 'server_cpu_percent_max_sample', 1)])}
| login 0x01→0x02 p50 / p99 / max (ms) | {fmt(lat(p, '0x01->0x02 storm').get('p50_ms'), 1)} / {fmt(lat(p, '0x01->0x02 storm').get('p99_ms'), 1)} / {fmt(lat(p, '0x01->0x02 storm').get('max_ms'), 1)} | {fmt(lat(b, '0x01->0x02 storm').get('p50_ms'), 1)} / {fmt(lat(b, '0x01->0x02 storm').get('p99_ms'), 1)} / {fmt(lat(b, '0x01->0x02 storm').get('max_ms'), 1)} |

Logins per second after the drop (platform; seconds with none left out): `{json.dumps({k: v for k, v in ((p['phases'].get('storm') or {}).get('logins_per_second_after_drop') or {}).items() if v})}`

## Machine load

Platform run, steady window: {load_cell(p)}; whole machine {fmt(p['machine_load']['machine_cpu_percent_of_one_core_steady_avg'])} % of one core
(of {cores * 100} %). Baseline: {load_cell(b) if b else '–'}. The busiest other processes seen during the platform run
(times seen in the per-minute samples, highest %CPU):

```
{chr(10).join(f"{c:3d}x  max {cpu:5.1f}%  {w}" for w, c, cpu in p['machine_load']['other_busy_processes']) or '(none above 1 %)'}
```

## Hot spots

Node threads by CPU halfway through the steady window (`bench/thread-cpu.sh`, 10 s):

```
{p['hot_spots'].get('threads_mid') or '(not taken)'}
```

During the settlement burst (3 s):

```
{p['hot_spots'].get('threads_burst', '(not taken)')}
```

During the reconnect storm (10 s, from 3 s after the drop):

```
{p['hot_spots'].get('threads_storm', '(not taken)')}
```

JFR, 60 s halfway through the steady window:

{jfr_md(p.get('jfr'))}
"""
    analysis = os.path.join(HERE, "analysis.md")
    if os.path.exists(analysis):
        md += "\n" + open(analysis).read()
    with open(os.path.join(out, "benchmarks.md"), "w") as f:
        f.write(md)


def scale_report(run, out, command):
    cores = os.cpu_count() or 1
    env = read_env(os.path.join(run, "run.env"))
    tck = int(env.get("clk_tck", "100"))
    limits = read_env(os.path.join(run, "limits.txt"))
    steps = []
    for d in sorted(glob.glob(os.path.join(run, "step-*")), key=lambda x: int(x.rsplit("-", 1)[1])):
        a = analyse(d, tck, cores)
        if not a:
            continue
        sim, srv = a["sim"], a["server"]
        f2s = lat(a, "0x13->API state steady")
        hb = lat(a, "0x03->0x04 steady")
        login = lat(a, "0x01->0x02 warmup")
        n = sim["piles"]["configured"]
        steps.append({
            "piles": n, "guns": n * sim["settings"]["guns_per_pile"],
            "simulator_processes": sim.get("processes", 1),
            "online_min_steady": sim["piles"]["online_min_steady"],
            "held_all": sim["piles"]["online_min_steady"] == n,
            "all_online_after_s": sim.get("all_online_after_s"),
            "frames_per_s": srv["frames_per_s_in_plus_out_steady"],
            "cpu_percent_avg": srv["cpu_percent_of_one_core_steady"]["avg"],
            "cpu_ms_per_1k_frames": srv["cpu_ms_per_1k_frames_steady"],
            "heap_after_gc_mb_max": srv["gc_steady"].get("heap_after_gc_mb_max"),
            "rss_mb_max": srv["rss_mb_steady"]["max"],
            "open_files_max": srv["open_files_max"],
            "threads_max": srv["threads_max"],
            "gc_pause_max_ms": srv["gc_steady"].get("pause_max_ms"),
            "hb_p50_ms": hb.get("p50_ms"), "hb_p99_ms": hb.get("p99_ms"), "hb_max_ms": hb.get("max_ms"),
            "frame_to_state_p50_ms": f2s.get("p50_ms"), "frame_to_state_p99_ms": f2s.get("p99_ms"),
            "card_start_p50_ms": lat(a, "0x31->0x32 steady").get("p50_ms"),
            "card_start_p99_ms": lat(a, "0x31->0x32 steady").get("p99_ms"),
            "settlement_p50_ms": lat(a, "0x3B->0x40 steady").get("p50_ms"),
            "settlement_p99_ms": lat(a, "0x3B->0x40 steady").get("p99_ms"),
            "settlements_per_s": (sim.get("settlements") or {}).get("per_s_steady"),
            "events_queued_max": srv.get("metrics_events_queued_max"),
            "frame_to_state_count": f2s.get("count"),
            "login_p99_ms": login.get("p99_ms"),
            "unanswered_heartbeats": sim["heartbeats"]["unanswered_steady"],
            "connections_total": sim["piles"]["connections_total"],
            "machine_load": a["machine_load"],
            "too_many_open_files_log_lines": srv["too_many_open_files_log_lines"],
            "hot_spots": a["hot_spots"].get("threads_mid"),
            "jfr": a["jfr"],
            "dir": a["dir"],
        })
    heap_fit = linear_fit([(s["guns"], s["heap_after_gc_mb_max"]) for s in steps if s["held_all"] and s["heap_after_gc_mb_max"]])
    result = {
        "generated_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "command": command, "run_dir": os.path.relpath(run, REPO),
        "shared_machine": is_shared(max((st["machine_load"]["other_processes_cpu_percent_of_one_core_steady_avg"] or 0
                                         for st in steps), default=None)),
        "commit": open(os.path.join(run, "commit.txt")).read().strip(),
        "machine": machine(), "limits": limits, "steps": steps,
        "live_heap_fit_mb": {"base": round(heap_fit[0], 1), "per_1000_guns": round(heap_fit[1] * 1000, 2),
                             "projected_100k_guns": round(heap_fit[0] + heap_fit[1] * 100000)} if heap_fit else None,
    }
    bare = env.get("scale_server") == "bare"
    name = "benchmarks-scale-bare" if bare else "benchmarks-scale"
    result["server"] = "bare YKC responder (BareResponder)" if bare else "platform node"
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, name + ".json"), "w") as f:
        json.dump(result, f, indent=2, ensure_ascii=False)
        f.write("\n")
    rows = []
    for s in steps:
        ml = s["machine_load"]
        rows.append(f"| {s['piles']:,} × 2 | {s['simulator_processes']} | {fmt(s['online_min_steady'])} | {fmt(s['all_online_after_s'])} | {fmt(s['frames_per_s'])} | "
                    f"{fmt(s['cpu_percent_avg'])} | {fmt(s['cpu_ms_per_1k_frames'], 2)} | {fmt(s['heap_after_gc_mb_max'])} | {fmt(s['rss_mb_max'])} | {fmt(s['open_files_max'])} | "
                    f"{fmt(s['hb_p50_ms'], 2)} / {fmt(s['hb_p99_ms'], 2)} | {fmt(s['frame_to_state_p50_ms'], 1)} / {fmt(s['frame_to_state_p99_ms'], 1)} | {fmt(s['login_p99_ms'], 0)} | "
                    f"{fmt(ml['loadavg1_steady']['avg'], 2)} / {fmt(ml['other_processes_cpu_percent_of_one_core_steady_avg'])} % |")
    business = "\n".join(
        f"| {st['piles']:,} × 2 | {fmt(st['card_start_p50_ms'], 0)} / {fmt(st['card_start_p99_ms'], 0)} | "
        f"{fmt(st['settlement_p50_ms'], 0)} / {fmt(st['settlement_p99_ms'], 0)} | {fmt(st['settlements_per_s'])} | "
        f"{fmt(st['events_queued_max'])} |" for st in steps)
    fit = result["live_heap_fit_mb"]
    hot = "\n\n".join(f"{s['piles']:,} piles:\n\n```\n{s['hot_spots']}\n```" for s in steps if s.get("hot_spots"))
    largest_jfr = next((s for s in reversed(steps) if s.get("jfr") and s["jfr"].get("samples")), None)
    md = f"""# Benchmarks: scale series{' against the bare YKC responder' if bare else ''}

One {'bare YKC responder (no platform: what the simulator and the machine allow)' if bare else 'node'}, fleets of growing size one after another (generated by `bench/report.py` from `{result['run_dir']}`,
not in git, {result['generated_at']}). **Shorter measured windows than the main run** ({read_env(os.path.join(run, 'run.env')).get('scale_duration')} per step after
the warm-up with its login storm), no settlement burst or reconnect storm; the same fleet behaviour otherwise
(`docs/benchmarks.md`, Method). {'**Taken on a shared 2-core machine** with other developers' + chr(39) + ' builds running' if result['shared_machine'] else '**Taken on a quiet 2-core machine** (nothing else running)'}: the last
column gives the load average and the CPU of other processes during each step.

```bash
{command}
```

Open files: soft/hard limit {limits.get('ulimit_n_soft')}/{limits.get('ulimit_n_hard')} per process (raising the hard
limit: `{limits.get('raise_hard_to_1048576', '').strip()}`), fs.file-max {limits.get('fs_file_max')}, fs.nr_open
{limits.get('fs_nr_open')}, ephemeral ports {limits.get('ip_local_port_range')}. Fleets above 18,000 piles run in
several simulator processes (their latency percentiles are the worst process's).

| piles × guns | sim procs | held (min online) | all online after s | frames/s in+out | node CPU % of one core | CPU ms / 1k frames | live heap MB | RSS MB | open files | hb ack p50 / p99 ms | frame-to-state p50 / p99 ms | login p99 ms (storm) | load avg / others % |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|
{chr(10).join(rows)}

What goes through the MDB deliveries (the database, the wallet, the JMS publish) in each step's measured window: card
authorisation and settlement as the piles saw them, settlements per second, and the most pile events the connector
held waiting for a delivery:

| piles × guns | card start 0x31→0x32 p50 / p99 ms | settlement 0x3B→0x40 p50 / p99 ms | settlements/s | events queued (max) |
|---|---:|---:|---:|---:|
{business}

Live heap after GC against guns held (least squares over the steps held in full):
{f"{fit['base']:,} MB + {fit['per_1000_guns']} MB per 1,000 guns, i.e. about {fit['projected_100k_guns']:,} MB for 100,000 guns." if fit else "not enough steps."}

### Node threads by CPU, halfway through each step (10 s)

{hot}

### JFR at {largest_jfr['piles'] if largest_jfr else '–'} piles (30 s)

{jfr_md(largest_jfr['jfr']) if largest_jfr else '(none)'}
"""
    analysis = os.path.join(HERE, name.replace("benchmarks", "analysis") + ".md")
    if os.path.exists(analysis):
        md += "\n" + open(analysis).read()
    with open(os.path.join(out, name + ".md"), "w") as f:
        f.write(md)


def linear_fit(points):
    """Least-squares (intercept, slope) of (x, y) points; None with fewer than two distinct x."""
    pts = [(float(x), float(y)) for x, y in points if x is not None and y is not None]
    if len(set(x for x, _ in pts)) < 2:
        return None
    n = len(pts)
    mx = sum(x for x, _ in pts) / n
    my = sum(y for _, y in pts) / n
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    sxy = sum((x - mx) * (y - my) for x, y in pts)
    slope = sxy / sxx
    return my - slope * mx, slope


def main():
    mode, run, out, command = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
    if mode == "scale":
        scale_report(run, out, command)
    else:
        run_report(run, out, command)


if __name__ == "__main__":
    main()
