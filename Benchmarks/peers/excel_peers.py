#!/usr/bin/env python3
"""Read a 100,000-row Excel sheet with compare and with Python's readers,
alternating the commands in one run, and print each one's whole-process wall
time and peak memory, and compare's time as a ratio to each:

- compare-bench xlsx FILE   (our reader: ZIPFoundation + XMLScanner, tidy layout)
- openpyxl, read_only=True, values_only=True (iterates the rows)
- pandas.read_excel (engine openpyxl)
- python-calamine (Rust), when it installs

    python3 Benchmarks/peers/excel_peers.py [--runs N] [--rows N]

Writes the sheet (district, year, indicator, value, unit; shared strings, as
Excel writes them) to /tmp/compare-100k.xlsx with openpyxl if it is missing;
the file is never committed. Installs openpyxl, pandas and python-calamine with
pip when missing. compare-bench must be built in release mode first:
swift build -c release --product compare-bench.
"""
import os, statistics, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BENCH = os.path.join(ROOT, ".build", "release", "compare-bench")
SHEET = os.environ.get("COMPARE_BENCH_XLSX", "/tmp/compare-100k.xlsx")


def ensure(module, package):
    try:
        __import__(module)
        return True
    except ImportError:
        r = subprocess.run([sys.executable, "-m", "pip", "install", "-q", package])
        return r.returncode == 0


def write_sheet(path, rows):
    from openpyxl import Workbook
    districts = [f"区县{i:03d}" for i in range(40)]
    indicators = [f"指标{i:02d}" for i in range(1, 26)]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("数据")
    ws.append(["district", "year", "indicator", "value", "unit"])
    for i in range(rows):
        d = districts[i % 40]
        y = 2000 + (i // 40) % 100
        k = indicators[(i // 4000) % 25]
        ws.append([d, y, k, round(1000 + (i * 7919) % 100000 / 7.0, 2), "元"])
    wb.save(path)


PEERS = {
    "openpyxl": "import openpyxl,sys\nwb=openpyxl.load_workbook(sys.argv[1],read_only=True,data_only=True)\n"
                "print(sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True)))",
    "pandas.read_excel": "import pandas,sys\nprint(len(pandas.read_excel(sys.argv[1], engine=\"openpyxl\")))",
    "python-calamine": "import python_calamine,sys\nwb=python_calamine.CalamineWorkbook.from_path(sys.argv[1])\n"
                       "print(len(wb.get_sheet_by_index(0).to_python()))",
}


def measure(cmd):
    """Wall seconds and peak RSS (MiB) of one run, through GNU time."""
    with tempfile.NamedTemporaryFile("r") as t:
        import time
        t0 = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-f", "%M", "-o", t.name] + cmd, check=True, stdout=subprocess.DEVNULL)
        wall = time.perf_counter() - t0
        return wall, int(t.read().strip().splitlines()[-1]) / 1024


def main():
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 5
    rows = int(sys.argv[sys.argv.index("--rows") + 1]) if "--rows" in sys.argv else 100_000
    ensure("openpyxl", "openpyxl")
    have_pandas = ensure("pandas", "pandas")
    have_calamine = ensure("python_calamine", "python-calamine")
    if not os.path.exists(SHEET):
        write_sheet(SHEET, rows)
    if not os.path.exists(BENCH):
        sys.exit("build compare-bench first: swift build -c release --product compare-bench")
    commands = {"compare": [BENCH, "xlsx", SHEET]}
    for name, code in PEERS.items():
        if name == "pandas.read_excel" and not have_pandas or name == "python-calamine" and not have_calamine:
            continue
        commands[name] = [sys.executable, "-c", code, SHEET]
    times = {k: [] for k in commands}
    peaks = {k: [] for k in commands}
    for _ in range(runs):  # alternate, so that load on the shared machine hits all alike
        for name, cmd in commands.items():
            w, m = measure(cmd)
            times[name].append(w)
            peaks[name].append(m)
    size = os.path.getsize(SHEET) / 2**20
    print(f"{SHEET}: {rows:,} rows, {size:.1f} MiB; median of {runs} alternating runs, whole process")
    print("| reader | wall | peak memory | compare ÷ reader (wall) |")
    print("|---|---:|---:|---:|")
    ours = statistics.median(times["compare"])
    for name in commands:
        t = statistics.median(times[name])
        ratios = sorted(a / b for a, b in zip(times["compare"], times[name]))
        print(f"| {name} | {t * 1000:.0f} ms | {statistics.median(peaks[name]):.0f} MiB | "
              f"{ours / t:.3f} (paired median {statistics.median(ratios):.3f}) |")


if __name__ == "__main__":
    main()
