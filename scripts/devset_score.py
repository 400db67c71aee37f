#!/usr/bin/env python3
"""Scores `compare extract` against the hand labels of the development set (issue 14).

The texts are third-party pages and live outside the repository (default
/work/devset/texts/<id>.txt); the labels and the manifest are ours and live in
Tests/Devset. For every text of the chosen batch this runs the given binary's
`extract` on it, matches the extracted rows to the labels and prints per-text and
overall recall and precision for money / percent / standard figures "with the
right year".

Matching (one extracted row answers at most one label):
  - value in base units within the written precision of the label
    (21.27亿元 matches 2,126,500,000 … 2,127,500,000 元), or within 1e-9 relative;
  - the same measure (a label's `share` is also met by `value` and by the tidy table's `share_pct`: most shares
    are still written as values, the indicator name carrying them);
  - the same year; a label without a year (the text never states it) takes any.
Among the rows that meet these, the one that also agrees on indicator, level and
district is preferred. Indicator, level (only where the label has one) and
district agreement are reported as separate figures over the matched pairs.

Precision counts the extracted money / percent / standard rows of labelled texts
that answer no label. Labels marked optional (bounds and group thresholds such as
首超5万亿元, 增长率超过10%) count for neither recall nor against precision. Counts (人, 所) and ratios are outside the figures.

Usage:
  python3 scripts/devset_score.py --binary .build/debug/compare --batch A
  python3 scripts/devset_score.py --binary PATH --batch B --details /work/devset/misses_B.txt

Stdlib only.
"""
import argparse
import collections
import csv
import os
import pathlib
import re
import subprocess
import sys
import tempfile

REPO = pathlib.Path(__file__).resolve().parent.parent
LEVEL_SYNONYMS = {
    "幼儿园": "学前", "学前教育": "学前", "幼儿": "学前",
    "普通小学": "小学", "普通初中": "初中", "高中": "普通高中",
    "中等职业学校": "中职", "中等职业教育": "中职", "职业高中": "中职", "职高": "中职",
    "普通高等学校": "高校", "高等教育": "高校", "义务教育阶段": "义务教育",
}
# What the scorer counts as a figure: money, percent (and percentage points), standards.
IN_SCOPE = {"money", "percent", "standard"}


def kind_of(unit, measure):
    unit = unit.strip()
    if "/生" in unit or measure == "standard":
        return "standard"
    if unit.endswith("元"):
        return "money"
    if unit in ("%", "个百分点", "百分点"):
        return "percent"
    if unit in ("比", "ratio") or ":" in unit:
        return "ratio"
    return "count"


def norm_level(level):
    level = (level or "").strip()
    return LEVEL_SYNONYMS.get(level, level)


def norm_name(name):
    return re.sub(r"[\s（）()·、，,]", "", name or "")


def indicator_agrees(label, got):
    a, b = norm_name(label), norm_name(got)
    return bool(a) and bool(b) and (a == b or a in b or b in a)


def district_agrees(label, got):
    a, b = (label or "").strip(), (got or "").strip()
    if not a or not b:
        return a == b
    if a == b or a.endswith(b) or b.endswith(a):
        return True
    strip = lambda s: re.sub(r"(省|市|自治区|特别行政区)$", "", s)
    return strip(a) == strip(b)


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def value_matches(label, row):
    try:
        got = float(row["value"])
    except (TypeError, ValueError):
        return False
    want = float(label["value"])
    tol = max(float(label.get("tolerance") or 0), abs(want) * 1e-9)
    return abs(got - want) <= tol + 1e-9


def measure_matches(label, row):
    lm, gm = label["measure"], (row.get("measure") or "value")
    return lm == gm or (lm == "share" and gm in ("value", "share_pct"))


def year_matches(label, row):
    return not label["year"] or label["year"] == (row.get("year") or "").strip()


def extract(binary, text_path, extra_args):
    """Runs `binary extract` on one text; returns (rows, error)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.csv")
        cmd = [binary, "extract", str(text_path), "--output", out] + extra_args
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        except subprocess.TimeoutExpired:
            return [], "timeout"
        if proc.returncode != 0:
            return [], f"exit {proc.returncode}: {proc.stderr.strip()[:200]}"
        if not os.path.exists(out):
            return [], ""
        return read_csv(out), ""


def catalog_names():
    """Canonical names and aliases of the catalog, read from the Swift source (data, not code)."""
    src = REPO / "Sources/Metrics/Catalog/StandardIndicators.swift"
    try:
        text = src.read_text(encoding="utf-8")
    except OSError:
        return set()
    names = set(re.findall(r'chinese: "([^"]+)"', text))
    for block in re.findall(r"aliases: \[([^\]]*)\]", text):
        names.update(re.findall(r'"([^"]+)"', block))
    return names


def match_text(labels, rows):
    """One-to-one matching; returns (pairs, missed labels, extra rows).

    Every (label, row) that meets value, measure and year is a candidate; candidates
    are taken best first (agreeing on indicator, then level, then district; a dated
    label before an undated one), each label and row at most once.
    """
    # A masked figure (***万元) has no value to match: it is neither found nor extra.
    scoped = [r for r in rows if kind_of(r.get("unit", ""), r.get("measure", "")) in IN_SCOPE
              and (r.get("value") or "").strip()]
    candidates = []
    for i, lab in enumerate(labels):
        for j, row in enumerate(scoped):
            if value_matches(lab, row) and measure_matches(lab, row) and year_matches(lab, row):
                agreement = (4 * indicator_agrees(lab["indicator"], row.get("indicator"))
                             + 2 * (norm_level(lab["level"]) == norm_level(row.get("level")))
                             + district_agrees(lab["district"], row.get("district")))
                candidates.append((-agreement, lab["year"] == "", i, j))
    candidates.sort()
    label_of_row, row_of_label = {}, {}
    for _, _, i, j in candidates:
        if i not in row_of_label and j not in label_of_row:
            row_of_label[i], label_of_row[j] = j, i
    pairs = [(labels[i], scoped[j]) for i, j in sorted(row_of_label.items())]
    missed = [lab for i, lab in enumerate(labels) if i not in row_of_label]
    extras = [r for j, r in enumerate(scoped) if j not in label_of_row]
    return pairs, missed, extras


ENUMERATION = re.compile(r"^\s*[（(]?\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*[)）.．、]?\s*(全[县区市省国縣區國]|普通|幼|中等|特殊)")


def sentence_of(text, written):
    """The line (up to a full stop) of the text where a labelled figure is written, or ''."""
    digits = re.sub(r"[^\d.]", "", written.lstrip("-"))
    if not digits:
        return ""
    # the figure may be written with thousands separators (2,927.07)
    pattern = r"(?<![\d.,])" + r",?".join(re.escape(ch) for ch in digits) + r"(?![\d])"
    m = re.search(pattern, text)
    if not m:
        return ""
    start = max(text.rfind("\n", 0, m.start()), text.rfind("。", 0, m.start())) + 1
    end = min(x for x in (text.find("。", m.end()), text.find("\n", m.end()), len(text)) if x >= 0)
    return text[start:end]


def construction_tags(lab, text):
    """The construction a missed figure is written in, read from its line of the text."""
    line = sentence_of(text, lab["written"])
    tags = []
    if ENUMERATION.search(line):
        tags.append("level-keyed enumeration")
    if "分别" in line or "分別" in line:
        tags.append("分别为 list")
    if "本年" in line:
        tags.append("上年X，本年Y")
    if re.search(r"(由|从|從)[^，,。]{0,30}(到|至)", line):
        tags.append("由X到Y")
    if "最快" in line or "负增长" in line or "負增長" in line:
        tags.append("figure for another place in brackets")
    return tags


def miss_reasons(lab, doc, extras, rows, catalog, text=""):
    """Why a label was missed, as tags (first = primary). Used for the groups of misses."""
    tags = []
    near = [r for r in rows if value_matches(lab, r)]
    if any(measure_matches(lab, r) and not year_matches(lab, r) for r in near):
        tags.append("found, wrong year")
    elif near and not any(measure_matches(lab, r) for r in near):
        tags.append("found, wrong measure")
    if doc["script"] == "traditional":
        tags.append("traditional")
    tags += construction_tags(lab, text)
    if lab["indicator"] not in catalog:
        tags.append("uncatalogued subject")
    if lab["year"] and doc["year"] and lab["year"] != doc["year"] and lab["measure"] == "value":
        tags.append("prior/other-year value")
    if lab["district"] and doc["district"] and not district_agrees(doc["district"], lab["district"]):
        tags.append("other district named in text")
    if lab["measure"] != "value":
        tags.append("measure " + lab["measure"])
    if lab["approx"] == "true":
        tags.append("approximate")
    if not lab["year"]:
        tags.append("year not stated")
    return tags or ["other"]


def fixture_manifest(args):
    """The extraction fixtures as a batch: their expected CSVs are exact labels."""
    import glob
    docs = []
    for text in sorted(glob.glob(args.fixtures)):
        expected = text[:-4] + ".expected.csv"
        if not os.path.exists(expected):
            continue
        labels = []
        for row in read_csv(expected):
            if not (row.get("value") or "").strip():
                continue  # masked: no value to match
            row["kind"] = kind_of(row.get("unit", ""), row.get("measure", ""))
            row["tolerance"] = "0"
            for key in ("level", "measure", "approx", "written", "phrase", "year", "district"):
                row.setdefault(key, "")
            row["written"], row["phrase"] = row["value"] + row["unit"], row["indicator"][:12]
            labels.append(row)
        districts = collections.Counter(l["district"] for l in labels if l["district"])
        years = collections.Counter(l["year"] for l in labels if l["year"])
        docs.append(dict(id=os.path.basename(text)[:-4], script="simplified", genre="fixture",
                         district=districts.most_common(1)[0][0] if districts else "",
                         year=years.most_common(1)[0][0] if years else "", _labels=labels, _text=text))
    if not docs:
        sys.exit(f"{args.fixtures}: no fixtures with an expected CSV")
    args.batch = "fixtures"
    return docs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", required=True, help="the compare executable to score")
    ap.add_argument("--batch", default="A", help="A, B, C or all")
    ap.add_argument("--texts", default="/work/devset/texts", help="folder of <id>.txt (kept outside the repo)")
    ap.add_argument("--labels", default=str(REPO / "Tests/Devset/labels"))
    ap.add_argument("--manifest", default=str(REPO / "Tests/Devset/manifest.csv"))
    ap.add_argument("--details", default=None, help="misses and extras per text (default /work/devset/misses_<batch>.txt)")
    ap.add_argument("--extract-arg", action="append", default=[], help="extra argument for extract (repeatable)")
    ap.add_argument("--fixtures", default=None, metavar="GLOB",
                    help="score test fixtures instead: <name>.txt with <name>.expected.csv as labels, "
                         "e.g. 'Tests/MetricsTests/Fixtures/extraction/0*.txt'")
    args = ap.parse_args()

    if args.fixtures:
        manifest = fixture_manifest(args)
    else:
        manifest = [m for m in read_csv(args.manifest) if args.batch == "all" or m["batch"] == args.batch]
    if not manifest:
        sys.exit(f"{args.manifest}: no texts in batch {args.batch!r}")
    catalog = catalog_names()
    details_path = args.details or f"/work/devset/misses_{args.batch}.txt"

    totals = collections.Counter()
    reasons_primary, reasons_all = collections.Counter(), collections.Counter()
    detail_lines = []
    print(f"{'text':26} {'labels':>6} {'found':>5} {'recall':>7} {'rows':>5} {'extra':>5} {'prec':>6} {'ind':>5} {'lvl':>5} {'dist':>5}  doc district")
    for doc in manifest:
        tid = doc["id"]
        all_labels = [l for l in (doc.get("_labels") or read_csv(os.path.join(args.labels, tid + ".csv")))
                      if l["kind"] in IN_SCOPE]
        labels = [l for l in all_labels if l.get("optional") != "true"]
        optional = [l for l in all_labels if l.get("optional") == "true"]
        text_path = doc.get("_text") or os.path.join(args.texts, tid + ".txt")
        if not os.path.exists(text_path):
            print(f"{tid:26} text missing at {text_path}")
            totals["texts_missing"] += 1
            continue
        rows, err = extract(args.binary, text_path, args.extract_arg)
        text = pathlib.Path(text_path).read_text(encoding="utf-8", errors="replace")
        pairs, missed, extras = match_text(labels, rows)
        # A bound or a group threshold (超3200亿元, 5%以上) may or may not be read as a figure:
        # it does not count for recall, and a row that reads it is not an extra.
        extras = [r for r in extras if not any(value_matches(o, r) for o in optional)]
        n_ind = sum(indicator_agrees(l["indicator"], r.get("indicator")) for l, r in pairs)
        lvl_pairs = [(l, r) for l, r in pairs if l["level"]]
        n_lvl = sum(norm_level(l["level"]) == norm_level(r.get("level")) for l, r in lvl_pairs)
        n_dist = sum(district_agrees(l["district"], r.get("district")) for l, r in pairs)
        n_strict = sum(indicator_agrees(l["indicator"], r.get("indicator"))
                       and (not l["level"] or norm_level(l["level"]) == norm_level(r.get("level"))) for l, r in pairs)
        districts = collections.Counter((r.get("district") or "").strip() for r in rows if (r.get("district") or "").strip())
        top = districts.most_common(1)[0][0] if districts else ""
        doc_right = bool(doc["district"]) and district_agrees(doc["district"], top)
        scoped_rows = len(pairs) + len(extras)
        totals.update(labels=len(labels), found=len(pairs), rows=scoped_rows, extras=len(extras),
                      ind=n_ind, strict=n_strict, lvl=n_lvl, lvl_pairs=len(lvl_pairs), dist=n_dist, texts=1,
                      doc_district_texts=bool(doc["district"]), doc_district_right=doc_right,
                      errors=bool(err))
        rec = len(pairs) / len(labels) if labels else 0
        prec = len(pairs) / scoped_rows if scoped_rows else float("nan")
        pct = lambda a, b: f"{100 * a / b:4.0f}%" if b else "   - "
        print(f"{tid:26} {len(labels):6} {len(pairs):5} {100 * rec:6.1f}% {scoped_rows:5} {len(extras):5} "
              f"{pct(len(pairs), scoped_rows):>6} {pct(n_ind, len(pairs)):>5} {pct(n_lvl, len(lvl_pairs)):>5} "
              f"{pct(n_dist, len(pairs)):>5}  {doc['district'] or '-'} → {top or '(none)'}{' ERROR ' + err if err else ''}")

        detail_lines.append(f"== {tid} ({doc['script']}, {doc['genre']}): {len(pairs)}/{len(labels)} found, "
                            f"{len(extras)} extra; district {doc['district'] or '-'} → {top or '(none)'}")
        if err:
            detail_lines.append(f"   ERROR {err}")
        for lab in missed:
            tags = miss_reasons(lab, doc, extras, rows, catalog, text)
            reasons_primary[tags[0]] += 1
            reasons_all.update(tags)
            detail_lines.append(
                f"   MISS  {lab['district'] or '-'} {lab['year'] or '?'} {lab['indicator']} {lab['level']} "
                f"{lab['measure']} {lab['value']} {lab['unit']} [{lab['written']} · {lab['phrase']}]  ({'; '.join(tags)})")
        for r in extras:
            detail_lines.append(
                f"   EXTRA {r.get('district') or '-'} {r.get('year') or '?'} {r.get('indicator')} {r.get('level')} "
                f"{r.get('measure')} {r.get('value')} {r.get('unit')}  «{(r.get('source_text') or '')[:60]}»")
        for l, r in pairs:
            bad = []
            if not indicator_agrees(l["indicator"], r.get("indicator")):
                bad.append(f"indicator {r.get('indicator')} ≠ {l['indicator']}")
            if l["level"] and norm_level(l["level"]) != norm_level(r.get("level")):
                bad.append(f"level {r.get('level') or '-'} ≠ {l['level']}")
            if not district_agrees(l["district"], r.get("district")):
                bad.append(f"district {r.get('district') or '-'} ≠ {l['district'] or '-'}")
            if bad:
                detail_lines.append(f"   FOUND {l['written']} {l['year'] or '?'} {l['measure']}, but " + "; ".join(bad))

    t = totals
    pct = lambda a, b: f"{100 * a / b:.1f}% ({a} of {b})" if b else "n/a"
    summary = [
        f"batch {args.batch}: {t['texts']} texts, binary {args.binary}",
        f"recall (value + measure + year):   {pct(t['found'], t['labels'])}",
        f"precision:                         {pct(t['found'], t['rows'])}",
        f"strict recall (+ indicator, level): {pct(t['strict'], t['labels'])}",
        f"indicator agrees (of found):       {pct(t['ind'], t['found'])}",
        f"level agrees (of found with level): {pct(t['lvl'], t['lvl_pairs'])}",
        f"district agrees (of found):        {pct(t['dist'], t['found'])}",
        f"texts whose district is named right: {t['doc_district_right']} of {t['doc_district_texts']}",
        f"extract errors: {t['errors']}",
        "misses by primary reason: " + ", ".join(f"{k}: {v}" for k, v in reasons_primary.most_common()),
        "misses by any reason:     " + ", ".join(f"{k}: {v}" for k, v in reasons_all.most_common()),
    ]
    print()
    print("\n".join(summary))
    pathlib.Path(details_path).parent.mkdir(parents=True, exist_ok=True)
    with open(details_path, "w", encoding="utf-8") as f:
        f.write("\n".join(summary) + "\n\n" + "\n".join(detail_lines) + "\n")
    print(f"\nmisses and extras per text: {details_path}")


if __name__ == "__main__":
    main()
