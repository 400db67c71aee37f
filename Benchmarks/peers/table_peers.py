#!/usr/bin/env python3
"""Read a large tidy table and align one indicator (or all forty) with compare,
polars, DuckDB and pandas, alternating the commands in one run, and print each
one's whole-process wall time and peak memory and compare's ratio to each.

Workloads (files under /tmp, never committed):
- large:    gen_large.py's 1.8 M rows (75 MiB), district,year,indicator,value,unit
- national: the same rows 5 times with other district names (9 M rows, 402 MB):
            about a national table of county-level units x years x indicators
- json:     the first 150,000 rows of `large` as JSON records (40 MB), the tidy
            fields that `compare extract --output x.json` writes
- widejson: `large` as wide JSON records, one per district and year with a field
            per indicator (45,000 records x 40 indicators); read with --layout wide

    python3 Benchmarks/peers/table_peers.py [--runs N] [--only large|national|json|widejson|all40]

COMPARE_BASE=/path/to/an/older/compare adds that binary to every round ("compare
before"), to measure a change against the previous build in the same run.

compare: `compare table --data F --indicator 指标01 --format csv` (the file is
filtered while it is read), and `compare-bench align F all` for all forty
indicators. polars: `read_csv` + `filter` + `pivot` (eager, as a script would
write it) and `scan_csv` (lazy: the filter is pushed into the reader);
DuckDB: `PIVOT` over `read_csv_auto`; pandas: `read_csv` + `pivot_table`.
Installs polars, duckdb and pandas with pip when missing. compare and
compare-bench must be built in release mode first:
swift build -c release --static-swift-stdlib.
"""
import os, statistics, subprocess, sys
from measure import measure  # Benchmarks/peers/measure.py, beside this script

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "bench")
COMPARE = os.environ.get("COMPARE_BIN", os.path.join(ROOT, ".build", "release", "compare"))
BENCH = os.path.join(ROOT, ".build", "release", "compare-bench")
TMP = os.environ.get("COMPARE_BENCH_TMP", "/tmp")
LARGE = os.path.join(TMP, "compare-large.csv")
NATIONAL = os.path.join(TMP, "compare-national.csv")
JSON = os.path.join(TMP, "compare-40mb.json")
WIDE_JSON = os.path.join(TMP, "compare-wide.json")
BASE = os.environ.get("COMPARE_BASE")
INDICATOR = "指标01"


def ensure(module, package):
    """Installs `package` unless `module` imports (tried in a child: see main)."""
    if subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True).returncode != 0:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", package], check=True)


def write_large():
    if not os.path.exists(LARGE):
        subprocess.run([sys.executable, os.path.join(SHARED, "gen_large.py"), LARGE], check=True)


def write_national(copies=5):
    """gen_large.py's rows `copies` times, district 测试区县0001 renamed 测试区县A0001, B0001, …"""
    if os.path.exists(NATIONAL):
        return
    write_large()
    part = NATIONAL + ".part"
    with open(LARGE, "rb") as src, open(part, "wb") as out:
        header = src.readline()
        out.write(header)
        body = src.read()
        for k in range(copies):
            out.write(body.replace("测试区县".encode(), f"测试区县{chr(65 + k)}".encode()))
    os.replace(part, NATIONAL)
    print(f"wrote {NATIONAL}: {os.path.getsize(NATIONAL) / 1e6:.0f} MB")


def write_json(rows=150_000):
    """Tidy records as `compare extract --output x.json` writes them (pretty-printed)."""
    if os.path.exists(JSON):
        return
    write_large()
    import csv, json
    out = []
    with open(LARGE, encoding="utf-8") as f:
        for i, r in enumerate(csv.DictReader(f)):
            if i >= rows:
                break
            out.append({"district": r["district"], "year": int(r["year"]), "indicator": r["indicator"], "level": "",
                        "measure": "value", "value": float(r["value"]), "unit": r["unit"], "approx": False,
                        "masked": False, "source_file": "large.csv", "source_text": ""})
    with open(JSON + ".part", "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
    os.replace(JSON + ".part", JSON)
    print(f"wrote {JSON}: {os.path.getsize(JSON) / 1e6:.0f} MB")


def write_wide_json():
    """`large` as one record per district and year, a field per indicator (pretty-printed)."""
    if os.path.exists(WIDE_JSON):
        return
    write_large()
    import csv, json
    rows = {}
    with open(LARGE, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            key = (r["district"], int(r["year"]))
            rows.setdefault(key, {"district": key[0], "year": key[1]})[r["indicator"]] = float(r["value"])
    with open(WIDE_JSON + ".part", "w", encoding="utf-8") as f:
        json.dump(list(rows.values()), f, ensure_ascii=False, indent=2)
    os.replace(WIDE_JSON + ".part", WIDE_JSON)
    print(f"wrote {WIDE_JSON}: {os.path.getsize(WIDE_JSON) / 1e6:.0f} MB")


POLARS_EAGER = """import polars as pl, sys
df = pl.read_csv(sys.argv[1], schema_overrides={"year": pl.Int32})
one = df.filter(pl.col("indicator") == sys.argv[2]).pivot(on="year", index="district", values="value")
print(one.shape)"""
POLARS_LAZY = """import polars as pl, sys
one = (pl.scan_csv(sys.argv[1], schema_overrides={"year": pl.Int32}).filter(pl.col("indicator") == sys.argv[2])
       .collect().pivot(on="year", index="district", values="value"))
print(one.shape)"""
POLARS_ALL = """import polars as pl, sys
df = pl.read_csv(sys.argv[1], schema_overrides={"year": pl.Int32})
n = 0
for (name,), part in df.group_by("indicator"):
    n += part.pivot(on="year", index="district", values="value").shape[0]
print(n)"""
POLARS_JSON = """import polars as pl, sys
df = pl.read_json(sys.argv[1])
print(df.filter(pl.col("indicator") == sys.argv[2]).pivot(on="year", index="district", values="value").shape)"""
DUCKDB = """import duckdb, sys
con = duckdb.connect()
r = con.execute(f"PIVOT (SELECT district, year, value FROM read_csv_auto('{sys.argv[1]}') WHERE indicator = '{sys.argv[2]}') ON year USING first(value) GROUP BY district").fetchall()
print(len(r))"""
DUCKDB_ALL = """import duckdb, sys
con = duckdb.connect()
r = con.execute(f"PIVOT (SELECT indicator, district, year, value FROM read_csv_auto('{sys.argv[1]}')) ON year USING first(value) GROUP BY indicator, district").fetchall()
print(len(r))"""
DUCKDB_JSON = """import duckdb, sys
con = duckdb.connect()
r = con.execute(f"PIVOT (SELECT district, year, value FROM read_json_auto('{sys.argv[1]}') WHERE indicator = '{sys.argv[2]}') ON year USING first(value) GROUP BY district").fetchall()
print(len(r))"""
POLARS_WIDE_JSON = """import polars as pl, sys
df = pl.read_json(sys.argv[1])
print(df.select(["district", "year", sys.argv[2]]).pivot(on="year", index="district", values=sys.argv[2]).shape)"""
DUCKDB_WIDE_JSON = """import duckdb, sys
con = duckdb.connect()
r = con.execute(f"PIVOT (SELECT district, year, \\"{sys.argv[2]}\\" AS value FROM read_json_auto('{sys.argv[1]}')) ON year USING first(value) GROUP BY district").fetchall()
print(len(r))"""
PANDAS = """import pandas as pd, sys
df = pd.read_csv(sys.argv[1])
print(df[df.indicator == sys.argv[2]].pivot_table(index="district", columns="year", values="value").shape)"""


def run(cmd):
    """Wall time (s) and peak resident memory (MiB) of one run."""
    wall, _, mib = measure(cmd)
    return wall, mib

def py(script, *args):
    return [sys.executable, "-c", script, *args]


def table(title, cmds, runs):
    if BASE:  # the previous build, in the same rounds
        cmds = dict(cmds)
        cmds["compare before"] = [BASE] + cmds["compare"][1:]
    times = {k: [] for k in cmds}
    peaks = {k: [] for k in cmds}
    for _ in range(runs):
        for k, cmd in cmds.items():  # alternate the commands within each round
            s, mib = run(cmd)
            times[k].append(s)
            peaks[k].append(mib)
    print(f"\n{title} (median of {runs}, alternating)")
    print("| command | wall | peak memory | compare ÷ this (time) | compare ÷ this (memory) |")
    print("|---|---:|---:|---:|---:|")
    c = statistics.median(times["compare"]), statistics.median(peaks["compare"])
    for k in cmds:
        t, m = statistics.median(times[k]), statistics.median(peaks[k])
        print(f"| {k} | {t:.2f} s | {m:.0f} MiB | {c[0] / t:.2f} | {c[1] / m:.2f} |")
    sys.stdout.flush()


def main():
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 5
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    if not os.access(COMPARE, os.X_OK):
        sys.exit("build compare first: swift build -c release --static-swift-stdlib")
    for module, package in (("polars", "polars"), ("duckdb", "duckdb"), ("pandas", "pandas")):
        ensure(module, package)
    # Versions from a child: importing polars and DuckDB here would raise this process's
    # resident size, which every forked child's peak (ru_maxrss) then starts from.
    print(subprocess.run([sys.executable, "-c", "import duckdb, polars; print(f'polars {polars.__version__}, DuckDB {duckdb.__version__}')"],
                         capture_output=True, text=True, check=True).stdout.strip())
    one = lambda f: [COMPARE, "table", "--data", f, "--indicator", INDICATOR, "--format", "csv"]
    if only in (None, "large"):
        write_large()
        table(f"1.8 M rows ({os.path.getsize(LARGE) / 2**20:.0f} MiB): read + align {INDICATOR}", {
            "compare": one(LARGE), "polars read_csv": py(POLARS_EAGER, LARGE, INDICATOR),
            "polars scan_csv": py(POLARS_LAZY, LARGE, INDICATOR), "DuckDB": py(DUCKDB, LARGE, INDICATOR),
            "pandas": py(PANDAS, LARGE, INDICATOR)}, runs)
    if only in (None, "national"):
        write_national()
        table(f"9 M rows ({os.path.getsize(NATIONAL) / 2**20:.0f} MiB): read + align {INDICATOR}", {
            "compare": one(NATIONAL), "polars read_csv": py(POLARS_EAGER, NATIONAL, INDICATOR),
            "polars scan_csv": py(POLARS_LAZY, NATIONAL, INDICATOR), "DuckDB": py(DUCKDB, NATIONAL, INDICATOR)},
            max(3, runs // 2))
    if only in (None, "all40") and os.access(BENCH, os.X_OK):
        write_national()
        table("9 M rows: read + align all 40 indicators", {
            "compare": [BENCH, "align", NATIONAL, "all"], "polars read_csv": py(POLARS_ALL, NATIONAL),
            "DuckDB": py(DUCKDB_ALL, NATIONAL)}, max(3, runs // 2))
    if only in (None, "json"):
        write_json()
        table(f"JSON records ({os.path.getsize(JSON) / 1e6:.0f} MB, 150,000 records): read + align {INDICATOR}", {
            "compare": one(JSON), "polars read_json": py(POLARS_JSON, JSON, INDICATOR),
            "DuckDB read_json_auto": py(DUCKDB_JSON, JSON, INDICATOR)}, runs)
    if only in (None, "widejson"):
        write_wide_json()
        table(f"wide JSON ({os.path.getsize(WIDE_JSON) / 1e6:.0f} MB, 45,000 records x 40 indicators): read + align {INDICATOR}", {
            "compare": one(WIDE_JSON) + ["--layout", "wide"], "polars read_json": py(POLARS_WIDE_JSON, WIDE_JSON, INDICATOR),
            "DuckDB read_json_auto": py(DUCKDB_WIDE_JSON, WIDE_JSON, INDICATOR)}, runs)


if __name__ == "__main__":
    main()
