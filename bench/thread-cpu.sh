#!/usr/bin/env bash
# Per-thread CPU of a JVM over an interval, from /proc (names as the kernel knows them, 15 characters):
#   bench/thread-cpu.sh PID [SECONDS=10]
# Prints the busiest threads and the same grouped by name with digits removed (e.g. "ykc-io-#", "http-thread-pool::#").
set -euo pipefail
pid=$1
secs=${2:-10}
tck=$(getconf CLK_TCK)
snap() {
  for t in /proc/"$pid"/task/*; do
    [ -r "$t/stat" ] || continue
    # comm may contain spaces: take what is between the first "(" and the last ")"
    awk -v tid="${t##*/}" '{ s = $0; name = substr(s, index(s, "(") + 1); name = substr(name, 1, length(name) - length(substr(s, match(s, /\) [A-Z] /)))); sub(/^.*\) /, "", s); split(s, f, " "); print tid "\t" f[12] + f[13] "\t" name }' "$t/stat" 2>/dev/null || true
  done
}
# reading every task's stat takes a while with hundreds of threads: divide by the time between the two starts
ta=$(date +%s.%N); a=$(snap); sleep "$secs"; tb=$(date +%s.%N); b=$(snap)
secs=$(awk -v a="$ta" -v b="$tb" 'BEGIN { printf "%.2f", b - a }')
join -t $'\t' <(echo "$a" | sort -k1,1) <(echo "$b" | sort -k1,1) \
  | awk -F'\t' -v tck="$tck" -v secs="$secs" '{ d = ($4 - $2) * 100 / tck / secs; if (d > 0) printf "%6.1f%%\t%s\t%s\n", d, $1, $5 }' \
  | sort -rn > /tmp/thread-cpu.$$
total=$(awk '{ s += $1 } END { printf "%.1f", s }' /tmp/thread-cpu.$$)
echo "# pid $pid, $secs s, total $total % of one core"
echo "# busiest threads (cpu%, tid, name)"
head -15 /tmp/thread-cpu.$$
echo "# grouped by name without digits"
awk -F'\t' '{ n = $3; gsub(/[0-9]+/, "#", n); s[n] += $1 } END { for (k in s) printf "%6.1f%%\t%s\n", s[k], k }' /tmp/thread-cpu.$$ | sort -rn | head -15
rm -f /tmp/thread-cpu.$$
