"""Unit tests of bench/report.py's pure maths (run by pile-simulator's ReportMathsTest, or:
python3 -m unittest discover -s bench -p 'test_report.py')."""
import os
import tempfile
import unittest

import report


class ReportMaths(unittest.TestCase):
    def test_cpu_per_thousand_frames(self):
        # 18 % of one core at 4,124 frames/s: 0.18 s of CPU per second / 4.124 thousand frames
        self.assertAlmostEqual(report.cpu_ms_per_1k_frames(18.0, 4124.0), 43.65, places=2)
        self.assertIsNone(report.cpu_ms_per_1k_frames(None, 100.0))
        self.assertIsNone(report.cpu_ms_per_1k_frames(10.0, 0))
        self.assertAlmostEqual(report.ratio(43.65, 4.365), 10.0)
        self.assertIsNone(report.ratio(1.0, None))

    def test_nearest_rank_percentile(self):
        values = list(range(1, 101))
        self.assertEqual(report.pct(values, 0.5), 50)
        self.assertEqual(report.pct(values, 0.99), 99)
        self.assertEqual(report.pct(values, 1.0), 100)
        self.assertEqual(report.pct([7], 0.99), 7)
        self.assertIsNone(report.pct([], 0.5))

    def test_shared_machine_is_decided_by_the_other_processes(self):
        self.assertTrue(report.is_shared(None))
        self.assertTrue(report.is_shared(184.2))
        self.assertFalse(report.is_shared(8.4))
        self.assertIn("quiet machine", report.machine_sentence(False, 2, 8.4))
        self.assertIn("shared machine", report.machine_sentence(True, 2, 60.0))

    def test_linear_fit(self):
        intercept, slope = report.linear_fit([(2000, 300.0), (10000, 500.0), (20000, 750.0)])
        self.assertAlmostEqual(slope * 1000, 25.0, delta=0.5)
        self.assertAlmostEqual(intercept + slope * 100000, 2750.0, delta=60)
        self.assertIsNone(report.linear_fit([(5, 1.0), (5, 2.0)]))

    def test_frame_type_labels(self):
        self.assertEqual(report.normalise_type("0x3b"), "0x3B")
        self.assertEqual(report.normalise_type("0x4"), "0x04")
        self.assertEqual(report.normalise_type("HEARTBEAT"), "HEARTBEAT")

    def test_processes_of_one_fleet_add_up_and_keep_the_worst_percentile(self):
        def sim(piles, p99, count, sent):
            return {
                "settings": {"piles": piles}, "piles": {"configured": piles, "guns": 2 * piles, "online_min_steady": piles,
                                                         "online_at_steady_start": piles, "online_max": piles, "online_at_end": piles,
                                                         "connected_at_end": piles, "held_without_reconnect": piles,
                                                         "connections_total": piles, "logins_total": piles},
                "frames": {"sent_total": sent, "received_total": sent, "sent_per_s_steady": sent / 10.0,
                           "received_per_s_steady": sent / 10.0, "by_type": {"0x03": {"sent": sent, "sent_per_s_steady": sent / 10.0}}},
                "latency": {"0x03->0x04 steady": {"count": count, "mean_ms": 1.0, "p50_ms": 0.1, "p90_ms": 0.2, "p95_ms": 0.3,
                                                   "p99_ms": p99, "p999_ms": p99, "max_ms": p99}},
                "all_online_after_s": 10.0, "heartbeats": {"unanswered_steady": 1}, "simulator": {"cpu_s": 5.0},
            }
        c = report.combine_sims([sim(100, 2.0, 10, 1000), sim(50, 9.0, 30, 500)])
        self.assertEqual(c["piles"]["configured"], 150)
        self.assertEqual(c["piles"]["online_min_steady"], 150)
        self.assertEqual(c["frames"]["sent_per_s_steady"], 150.0)
        self.assertEqual(c["frames"]["by_type"]["0x03"]["sent"], 1500)
        h = c["latency"]["0x03->0x04 steady"]
        self.assertEqual(h["count"], 40)
        self.assertEqual(h["p99_ms"], 9.0)
        self.assertEqual(c["heartbeats"]["unanswered_steady"], 2)
        self.assertEqual(c["processes"], 2)

    def test_gc_pauses_inside_a_window(self):
        log = ("[2026-11-23T04:20:00.000+0000][10.000s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 400M->120M(2048M) 12.500ms\n"
               "[2026-11-23T04:21:00.000+0000][70.000s][info][gc] GC(2) Pause Young (Normal) (G1 Evacuation Pause) 500M->130M(2048M) 30.000ms\n")
        with tempfile.NamedTemporaryFile("w", suffix=".log", delete=False) as f:
            f.write(log)
        try:
            pauses = report.gc_pauses(f.name)
            self.assertEqual(len(pauses), 2)
            s = report.gc_summary(pauses, pauses[1][0] - 1, pauses[1][0] + 1)
            self.assertEqual(s["pauses"], 1)
            self.assertEqual(s["pause_max_ms"], 30.0)
            self.assertEqual(s["heap_after_gc_mb_max"], 130)
        finally:
            os.unlink(f.name)

    def test_jfr_samples_are_counted_by_top_frame_and_first_own_frame(self):
        text = """jdk.ExecutionSample {
  startTime = 04:20:01.123 (2026-11-23)
  sampledThread = "ykc-io-3-1" (javaThreadId = 80)
  state = "STATE_RUNNABLE"
  stackTrace = [
    org.h2.mvstore.Page.binarySearch(Object) line: 10
    io.chargeops.core.pile.PileRecords.gunState(String, int, GunState, Instant) line: 75
    ...
  ]
}
jdk.ExecutionSample {
  sampledThread = "orb-thread-pool-1 (pool #1): worker-2" (javaThreadId = 81)
  stackTrace = [
    java.util.HashMap.get(Object) line: 5
  ]
}
"""
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
            f.write(text)
        try:
            j = report.jfr_hot(f.name)
            self.assertEqual(j["samples"], 2)
            self.assertEqual(j["top_frames"][0][2], 50.0)
            self.assertEqual(j["top_own_frames"][0][0], "io.chargeops.core.pile.PileRecords.gunState(String, int, GunState, Instant)")
            self.assertIn("ykc-io-#-#", [t for t, _, _ in j["by_thread"]])
        finally:
            os.unlink(f.name)


if __name__ == "__main__":
    unittest.main()
