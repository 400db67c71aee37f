#!/usr/bin/env python3
"""`compare extract` over a folder of many reports: reports per second (both cores),
CPU time and peak memory, which must not grow with the number of reports.

The five seed reports are copied to N files under /tmp (never committed), N = 100,
1,000 and 5,000 by default, and each folder is extracted to a CSV and to a JSON
file, whole process, peak memory from wait4. With COMPARE_BASE=/path/to/an/older/compare
that binary runs in the same rounds, alternating, and the outputs are compared
(the CSV must be byte for byte the same).

    python3 Benchmarks/peers/extract_folder.py [--runs N] [--sizes 100,1000,5000]

compare must be built in release mode first: swift build -c release --static-swift-stdlib.
"""
import filecmp, glob, os, shutil, statistics, sys
from measure import measure  # Benchmarks/peers/measure.py, beside this script

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SEEDS = sorted(glob.glob(os.path.join(ROOT, "Tests", "MetricsTests", "Fixtures", "extraction", "0*.txt")))
COMPARE = os.environ.get("COMPARE_BIN", os.path.join(ROOT, ".build", "release", "compare"))
BASE = os.environ.get("COMPARE_BASE")
TMP = os.path.join(os.environ.get("COMPARE_BENCH_TMP", "/tmp"), "compare-extract-folder")


def folder(n):
    """n copies of the seeds, named so that the shell's order is the copies' order."""
    d = os.path.join(TMP, str(n))
    if not os.path.isdir(d) or len(os.listdir(d)) != n:
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        for k in range(n):
            shutil.copyfile(SEEDS[k % len(SEEDS)], os.path.join(d, f"{k:05d}.txt"))
    return sorted(glob.glob(os.path.join(d, "*.txt")))


def run(cmd):
    """Wall time (s), CPU time (s) and peak resident memory (MiB) of one run."""
    return measure(cmd)

def main():
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 3
    sizes = [int(s) for s in (sys.argv[sys.argv.index("--sizes") + 1] if "--sizes" in sys.argv else "100,1000,5000").split(",")]
    binaries = {"compare": COMPARE} | ({"compare before": BASE} if BASE else {})
    print(f"{os.cpu_count()} cores; load {os.getloadavg()[0]:.1f}")
    print("| reports | binary | output | wall | reports/s | CPU | peak memory |")
    print("|---:|---|---|---:|---:|---:|---:|")
    for n in sizes:
        paths = folder(n)
        for ext in ("csv", "json"):
            results = {k: [] for k in binaries}
            for _ in range(runs):
                for k, binary in binaries.items():  # alternating within each round
                    out = os.path.join(TMP, f"out-{k.replace(' ', '-')}.{ext}")
                    results[k].append(run([binary, "extract", *paths, "--output", out]))
            for k, rs in results.items():
                wall = statistics.median(r[0] for r in rs)
                cpu = statistics.median(r[1] for r in rs)
                peak = statistics.median(r[2] for r in rs)
                print(f"| {n:,} | {k} | {ext} | {wall:.2f} s | {n / wall:.0f} | {cpu:.2f} s | {peak:.0f} MiB |")
            if BASE and ext == "csv":
                same = filecmp.cmp(os.path.join(TMP, "out-compare.csv"), os.path.join(TMP, "out-compare-before.csv"), shallow=False)
                print(f"|  | CSV identical to the previous build's: {same} | | | | | |")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
