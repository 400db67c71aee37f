#!/usr/bin/env python3
"""Render the two standard charts (../shared/bench/charts.json) with compare,
gnuplot (pngcairo / svg terminals), matplotlib (Agg) and a C + Cairo + Pango
program (cairo_peer.c, built here with cc), alternating the commands in one run,
and print compare's time as a ratio to each:

1. in process: compare-bench's BAR renders against cairo_peer's, same chart, PNG
   and Cairo SVG (the machine is shared, so only same-run ratios compare);
2. whole process: time and peak memory of one run of each command.

    python3 Benchmarks/peers/run_peers.py [--runs N]

Installs gnuplot-nox (apt) and matplotlib (pip) when missing. compare and
compare-bench must be built in release mode first:
swift build -c release --static-swift-stdlib.
"""
import csv, json, os, shutil, statistics, subprocess, sys, tempfile
from measure import measure  # Benchmarks/peers/measure.py, beside this script

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "bench")
CSV = os.path.join(SHARED, "chongqing_per_student.csv")
SPEC = json.load(open(os.path.join(SHARED, "charts.json"), encoding="utf-8"))
COMPARE = os.path.join(ROOT, ".build", "release", "compare")
BENCH = os.path.join(ROOT, ".build", "release", "compare-bench")


def build_cairo_peer(tmp):
    """cairo_peer.c compiled with -O2 against the system Cairo and Pango, or None."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        return None
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "pangocairo", "cairo-svg"],
                           capture_output=True, text=True, check=True).stdout.split()
    exe = os.path.join(tmp, "cairo_peer")
    subprocess.run([cc, "-O2", "-o", exe, os.path.join(HERE, "cairo_peer.c")] + flags, check=True)
    rows = [r for r in csv.DictReader(open(CSV, encoding="utf-8")) if r["year"] == str(SPEC["bar"]["year"])]
    rows.sort(key=lambda r: -int(r["value"]))
    with open(os.path.join(tmp, "bar.tsv"), "w", encoding="utf-8") as f:
        f.writelines(f'{r["district"]}\t{r["value"]}\n' for r in rows)
    return exe


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
    """Wall time (ms) and peak resident memory (MiB) of one run of cmd (see measure.py)."""
    wall, _, mib = measure(cmd)
    return wall * 1000, mib

def in_process(peer, tmp, rounds):
    """compare-bench against cairo_peer, in process, alternating; medians of medians."""
    if peer is None or not os.access(BENCH, os.X_OK):
        print("in process: skipped (no C compiler or compare-bench not built)")
        return
    print(f"\n| BAR, in process | compare | C + Cairo + Pango | compare ÷ C |  (median of {rounds} rounds × 30 renders, alternating)")
    print("|---|---:|---:|---:|")
    for fmt in ("png", "svg"):
        ours, theirs = [], []
        for _ in range(rounds):
            out = subprocess.run([BENCH, "--only", f"BAR → {fmt}, in process", "--runs", "30", "--tsv"],
                                 capture_output=True, text=True, check=True).stdout
            ours.append(float(out.split("\t")[1]))
            out = subprocess.run([peer, os.path.join(tmp, "bar.tsv"), fmt, os.path.join(tmp, f"peer_bar.{fmt}"), "--loop", "30"],
                                 capture_output=True, text=True, check=True).stdout
            theirs.append(float(out))
        a, b = statistics.median(ours), statistics.median(theirs)
        print(f"| BAR → {fmt} | {a:.1f} ms | {b:.1f} ms | {a / b:.2f} |")


def main():
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 10
    if not os.access(COMPARE, os.X_OK):
        sys.exit("build compare first: swift build -c release")
    ensure_peers()
    tmp = tempfile.mkdtemp(prefix="compare-peers-")
    write_gnuplot_inputs(tmp)
    peer = build_cairo_peer(tmp)
    in_process(peer, tmp, max(3, runs // 2))
    b, t = SPEC["bar"], SPEC["trend"]
    jobs = {}
    # compare's "svg" draws text as glyph outlines (exact everywhere, like Cairo's and
    # matplotlib's); its "text.svg" has real <text> like gnuplot's svg terminal.
    # Both compare variants are measured against the same peer SVGs.
    for ext, cext in (("png", "png"), ("svg", "svg"), ("svg", "text.svg")):
        jobs[("BAR", cext)] = {
            "compare": [COMPARE, "bar", "--data", CSV, "--indicator", b["indicator"], "--year", str(b["year"]),
                        "--size", f'{b["width_px"]}x{b["height_px"]}', "--title", b["title"], "--source", SPEC["source_note"],
                        "--output", f"{tmp}/c_bar.{cext}"],
            "gnuplot": ["gnuplot", f"{tmp}/bar_{ext}.gp"],
            "matplotlib": [sys.executable, f"{tmp}/mpl.py", "bar", ext],
        }
        if peer and cext != "text.svg":
            jobs[("BAR", cext)]["C + Cairo + Pango"] = [peer, os.path.join(tmp, "bar.tsv"), ext, f"{tmp}/peer_bar.{ext}"]
        jobs[("TREND", cext)] = {
            "compare": [COMPARE, "trend", "--data", CSV, "--indicator", t["indicator"], "--years", "2015-2024",
                        "--districts", ",".join(t["districts"]), "--size", f'{t["width_px"]}x{t["height_px"]}',
                        "--title", t["title"], "--source", SPEC["source_note"], "--output", f"{tmp}/c_trend.{cext}"],
            "gnuplot": ["gnuplot", f"{tmp}/trend_{ext}.gp"],
            "matplotlib": [sys.executable, f"{tmp}/mpl.py", "trend", ext],
        }
    print(f"\n| chart (whole process) | compare | gnuplot | matplotlib | C + Cairo + Pango | compare ÷ gnuplot | compare ÷ matplotlib | compare ÷ C |"
          f"  (median of {runs}, alternating; time, peak memory)")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for (chart, ext), cmds in jobs.items():
        times = {k: [] for k in cmds}
        peaks = {k: [] for k in cmds}
        for _ in range(runs):
            for k, cmd in cmds.items():  # alternate the commands within each round
                ms, mib = run(cmd)
                times[k].append(ms)
                peaks[k].append(mib)
        med = {k: statistics.median(v) for k, v in times.items()}
        mem = {k: statistics.median(v) for k, v in peaks.items()}
        cell = lambda k: f"{med[k]:.0f} ms, {mem[k]:.0f} MiB" if k in med else "—"
        ratio = lambda k: f"{med['compare'] / med[k]:.2f}" if k in med else "—"
        print(f'| {chart} → {ext} (peers: {ext.split(".")[-1]}) | {cell("compare")} | {cell("gnuplot")} | {cell("matplotlib")} '
              f'| {cell("C + Cairo + Pango")} | {ratio("gnuplot")} | {ratio("matplotlib")} | {ratio("C + Cairo + Pango")} |')
    print(f"outputs in {tmp}")


if __name__ == "__main__":
    main()
