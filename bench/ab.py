#!/usr/bin/env python3
"""Compare folio binaries on one command, whole process, the binaries alternated each round (so a
busy machine disturbs them alike): median wall time and quartiles.

    python3 bench/ab.py 15 old/folio new/folio -- build Layouts/annual-report.yaml --out /tmp/a.pdf
"""
import subprocess, sys, time, statistics
i = sys.argv.index('--'); rounds = int(sys.argv[1]); bins = sys.argv[2:i]; args = sys.argv[i+1:]
t = {b: [] for b in bins}
for r in range(rounds):
    for b in (bins if r % 2 == 0 else bins[::-1]):
        s = time.perf_counter(); subprocess.run([b] + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); t[b].append((time.perf_counter() - s) * 1000)
for b in bins:
    q = statistics.quantiles(t[b], n=4)
    print(f"{statistics.median(t[b]):7.1f} ms  (p25 {q[0]:.1f}, p75 {q[2]:.1f})  {b}")
