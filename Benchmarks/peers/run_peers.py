#!/usr/bin/env python3
"""Render the two standard charts (../shared/bench/charts.json) with compare,
gnuplot (pngcairo / svg terminals) and matplotlib (Agg), alternating the
commands in one run, and print compare's whole-process time as a ratio to each.

    python3 Benchmarks/peers/run_peers.py [--runs N]

Installs gnuplot-nox (apt) and matplotlib (pip) when missing. compare must be
built in release mode first: swift build -c release.
"""
import csv, json, os, resource, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "bench")
CSV = os.path.join(SHARED, "chongqing_per_student.csv")
SPEC = json.load(open(os.path.join(SHARED, "charts.json"), encoding="utf-8"))
COMPARE = os.path.join(ROOT, ".build", "release", "compare")


def ensure_peers():
    if shutil.which("gnuplot") is None:
        subprocess.run(["apt-get", "install", "-y", "-qq", "gnuplot-nox"], check=True, stdout=subprocess.DEVNULL)
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "matplotlib"], check=True)


def write_gnuplot_inputs(tmp):
    rows = list(csv.DictReader(open(CSV, encoding="utf-8")))
    bar = sorted(((r["district"], int(r["value"])) for r in rows if r["year"] == "2023"), key=lambda x: x[1])
    with open(os.path.join(tmp, "bar.dat"), "w", encoding="utf-8") as f:
        for i, (d, v) in enumerate(bar):
            f.write(f'{i} "{d}" {v}\n')
    t = SPEC["trend"]
    years = list(range(t["years"][0], t["years"][1] + 1))
    values = {(r["district"], int(r["year"])): r["value"] for r in rows}
    with open(os.path.join(tmp, "trend.dat"), "w", encoding="utf-8") as f:
        for y in years:
            f.write(str(y) + " " + " ".join(values.get((d, y), "NaN") for d in t["districts"]) + "\n")
    font = SPEC["font_family"]
    for ext, term in (("png", "pngcairo"), ("svg", "svg")):
        b = SPEC["bar"]
        with open(os.path.join(tmp, f"bar_{ext}.gp"), "w", encoding="utf-8") as f:
            f.write(f'set terminal {term} size {b["width_px"]},{b["height_px"]} font "{font},10"\n'
                    f'set output "{tmp}/gp_bar.{ext}"\nset title "{b["title"]}"\nset xlabel "{b["x_label"]}"\n'
                    'set style fill solid\nset yrange [-1:38]\nset xrange [0:*]\nset decimal locale\nset format x "%\'.0f"\n'
                    f'plot "{tmp}/bar.dat" using ($3*0.5):1:($3*0.5):(0.35):yticlabels(2) with boxxyerror notitle, '
                    f'"" using 3:1:(sprintf("%\'d",$3)) with labels left offset 0.5,0 notitle\n')
        with open(os.path.join(tmp, f"trend_{ext}.gp"), "w", encoding="utf-8") as f:
            f.write(f'set terminal {term} size {t["width_px"]},{t["height_px"]} font "{font},10"\n'
                    f'set output "{tmp}/gp_trend.{ext}"\nset title "{t["title"]}"\nset xlabel "{t["x_label"]}"\n'
                    f'set ylabel "{t["y_label"]}"\nset key outside right\nset datafile missing "NaN"\n'
                    'plot ' + ", ".join(f'"{tmp}/trend.dat" using 1:{i + 2} with linespoints title "{d}"'
                                        for i, d in enumerate(t["districts"])) + "\n")
    with open(os.path.join(tmp, "mpl.py"), "w", encoding="utf-8") as f:
        f.write(f'''import csv, sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.ticker import FuncFormatter
plt.rcParams["font.family"] = "{font}"
kind, ext = sys.argv[1], sys.argv[2]
rows = list(csv.DictReader(open("{CSV}", encoding="utf-8")))
if kind == "bar":
    data = sorted(((r["district"], int(r["value"])) for r in rows if r["year"] == "2023"), key=lambda x: x[1])
    fig, ax = plt.subplots(figsize=(12, 10), dpi=100)
    ax.barh([d for d, _ in data], [v for _, v in data])
    for i, (_, v) in enumerate(data):
        ax.text(v, i, f" {{v:,}}", va="center", fontsize=8)
    ax.set_title("{SPEC["bar"]["title"]}"); ax.set_xlabel("{SPEC["bar"]["x_label"]}")
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: f"{{x:,.0f}}"))
else:
    ds = {SPEC["trend"]["districts"]}
    years = list(range(2015, 2025))
    vals = {{(r["district"], int(r["year"])): float(r["value"]) for r in rows}}
    fig, ax = plt.subplots(figsize=(12, 8), dpi=100)
    for d in ds:
        ax.plot(years, [vals.get((d, y), float("nan")) for y in years], marker="o", label=d)
    ax.legend(loc="center left", bbox_to_anchor=(1, 0.5))
    ax.set_title("{SPEC["trend"]["title"]}"); ax.set_xlabel("年份"); ax.set_ylabel("{SPEC["trend"]["y_label"]}")
fig.text(0.01, 0.01, "{SPEC["source_note"]}", fontsize=8)
fig.savefig(f"{tmp}/mpl_{{kind}}.{{ext}}")
''')


def run(cmd):
    t0 = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - t0) * 1000


def main():
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 10
    if not os.access(COMPARE, os.X_OK):
        sys.exit("build compare first: swift build -c release")
    ensure_peers()
    tmp = tempfile.mkdtemp(prefix="compare-peers-")
    write_gnuplot_inputs(tmp)
    b, t = SPEC["bar"], SPEC["trend"]
    jobs = {}
    # compare's "svg" is Cairo's (glyphs as outlines, exact everywhere); its "text.svg" has
    # real <text> like gnuplot's svg terminal (matplotlib draws glyph paths by default).
    # Both compare variants are measured against the same peer SVGs.
    for ext, cext in (("png", "png"), ("svg", "svg"), ("svg", "text.svg")):
        jobs[("BAR", cext)] = {
            "compare": [COMPARE, "bar", "--data", CSV, "--indicator", b["indicator"], "--year", str(b["year"]),
                        "--size", f'{b["width_px"]}x{b["height_px"]}', "--title", b["title"], "--source", SPEC["source_note"],
                        "--output", f"{tmp}/c_bar.{cext}"],
            "gnuplot": ["gnuplot", f"{tmp}/bar_{ext}.gp"],
            "matplotlib": [sys.executable, f"{tmp}/mpl.py", "bar", ext],
        }
        jobs[("TREND", cext)] = {
            "compare": [COMPARE, "trend", "--data", CSV, "--indicator", t["indicator"], "--years", "2015-2024",
                        "--districts", ",".join(t["districts"]), "--size", f'{t["width_px"]}x{t["height_px"]}',
                        "--title", t["title"], "--source", SPEC["source_note"], "--output", f"{tmp}/c_trend.{cext}"],
            "gnuplot": ["gnuplot", f"{tmp}/trend_{ext}.gp"],
            "matplotlib": [sys.executable, f"{tmp}/mpl.py", "trend", ext],
        }
    print(f"| chart | compare | gnuplot | matplotlib | compare ÷ gnuplot | compare ÷ matplotlib |  (whole process, median of {runs}, alternating)")
    print("|---|---:|---:|---:|---:|---:|")
    for (chart, ext), cmds in jobs.items():
        times = {k: [] for k in cmds}
        for _ in range(runs):
            for k, cmd in cmds.items():  # alternate the commands within each round
                times[k].append(run(cmd))
        med = {k: statistics.median(v) for k, v in times.items()}
        print(f'| {chart} → {ext} (peers: {ext.split(".")[-1]}) | {med["compare"]:.0f} ms | {med["gnuplot"]:.0f} ms | {med["matplotlib"]:.0f} ms '
              f'| {med["compare"] / med["gnuplot"]:.2f} | {med["compare"] / med["matplotlib"]:.2f} |')
    print(f"outputs in {tmp}")


if __name__ == "__main__":
    main()
