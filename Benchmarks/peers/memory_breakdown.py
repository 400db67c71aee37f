#!/usr/bin/env python3
"""Where the resident memory of one BAR render goes, for `compare bar` and the
C + Cairo + Pango peer (cairo_peer.c) side by side.

Peak RSS (what GNU time and the issue's targets count) includes every page of a
file a process has mapped; the kernel maps file pages 64 KiB at a time around a
fault, so a program that touches a little code in many places, or a few glyphs
spread over a 19 MB font, pays far more than it reads. This prints the resident
set at exit by mapping (from /proc/self/smaps, through smaps_dump.c preloaded),
grouped into: the executable, shared libraries, font files, anonymous memory.

    python3 Benchmarks/peers/memory_breakdown.py

compare must be built first: swift build -c release --static-swift-stdlib.
"""
import collections, os, re, shutil, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_peers import COMPARE, CSV, HERE, SPEC, build_cairo_peer  # noqa: E402

MAPPING = re.compile(r"^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$")


def resident_by_mapping(smaps_path):
    """{mapping name: resident KiB}; anonymous mappings, heap and stack under one name."""
    total = collections.Counter()
    name = None
    with open(smaps_path, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = MAPPING.match(line)
            if m:
                path = m.group(1)
                name = os.path.basename(path) if path.startswith("/") else "anonymous (heap, stacks, buffers)"
                continue
            if line.startswith("Rss:"):
                total[name] += int(line.split()[1])
    return total


def group(name, exe_name):
    if name == exe_name:
        return "the executable"
    if name.startswith("anonymous"):
        return name
    if re.search(r"\.(ttc|otf|ttf)$", name):
        return "font files"
    if ".so" in name:
        return "shared libraries"
    return "other files (fontconfig caches, locale)"


def peak_kib(cmd, env):
    report = tempfile.mktemp(suffix=".time")
    subprocess.run(["/usr/bin/time", "-f", "%M", "-o", report] + cmd, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return int(open(report).read().split()[-1])


def main():
    if not os.access(COMPARE, os.X_OK):
        sys.exit("build compare first: swift build -c release --static-swift-stdlib")
    if not os.access("/usr/bin/time", os.X_OK):
        sys.exit("needs GNU time (Debian package `time`)")
    tmp = tempfile.mkdtemp(prefix="compare-memory-")
    cc = shutil.which("cc") or shutil.which("gcc")
    dump = os.path.join(tmp, "smaps_dump.so")
    subprocess.run([cc, "-shared", "-fPIC", "-O2", "-o", dump, os.path.join(HERE, "smaps_dump.c")], check=True)
    peer = build_cairo_peer(tmp)
    b = SPEC["bar"]
    commands = {
        "compare bar": [COMPARE, "bar", "--data", CSV, "--indicator", b["indicator"], "--year", str(b["year"]),
                        "--size", f'{b["width_px"]}x{b["height_px"]}', "--title", b["title"],
                        "--source", SPEC["source_note"], "--output", os.path.join(tmp, "bar.png")],
    }
    if peer:
        commands["C + Cairo + Pango"] = [peer, os.path.join(tmp, "bar.tsv"), "png", os.path.join(tmp, "peer.png")]

    columns = {}
    peaks = {}
    for label, cmd in commands.items():
        out = os.path.join(tmp, re.sub(r"\W+", "_", label) + ".smaps")
        env = dict(os.environ, SMAPS_OUT=out, LD_PRELOAD=dump)
        subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
        columns[label] = (resident_by_mapping(out), os.path.basename(cmd[0]))
        peaks[label] = peak_kib(cmd, dict(os.environ))

    labels = list(commands)
    groups = collections.OrderedDict()
    for label, (by_name, exe) in columns.items():
        for name, kib in by_name.items():
            groups.setdefault(group(name, exe), collections.Counter())[(label, name)] += kib

    mib = lambda kib: f"{kib / 1024:.1f}"
    print(f"| resident at exit, MiB | {' | '.join(labels)} |")
    print("|---|" + "---:|" * len(labels))
    for g, items in sorted(groups.items(), key=lambda kv: -sum(kv[1].values())):
        sums = [sum(v for (l, _), v in items.items() if l == label) for label in labels]
        print(f"| **{g}** | " + " | ".join(f"**{mib(s)}**" for s in sums) + " |")
        names = collections.Counter()
        for (_, name), v in items.items():
            names[name] = max(names[name], v)
        if g in ("font files", "shared libraries"):
            for name, _ in names.most_common(6 if g == "shared libraries" else 4):
                row = [mib(columns[label][0].get(name, 0)) for label in labels]
                print(f"| &nbsp;&nbsp;{name} | " + " | ".join(row) + " |")
    totals = [sum(columns[label][0].values()) for label in labels]
    print("| total at exit | " + " | ".join(mib(t) for t in totals) + " |")
    print("| peak (GNU time) | " + " | ".join(mib(peaks[label]) for label in labels) + " |")


if __name__ == "__main__":
    main()
