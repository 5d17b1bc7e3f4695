#!/usr/bin/env python3
"""Turn one run of bench/run.sh (a folder in bench/out/) into a dated Markdown section.

    python3 bench/summarize.py bench/out/20261129-140200 >> BENCHMARKS.md

Reads machine.txt, cases.tsv (name, kind, pages, peak RSS in KiB per run,
warm-ups, command), skipped.txt, the hyperfine JSON exports and folio-bench.txt.
Standard library only.
"""

import json
import os
import statistics
import sys

# The targets of issue 15 ("Speed to the floor and linear cost").
TARGET_REPORT_SECONDS = 0.15
TARGET_REPORT_MIB = 40
TARGET_PAGES_PER_SECOND = 250
TARGET_MIB_AT_500 = 60
TARGET_MERGE_SECONDS = 3
TARGET_BIG_SECONDS = 10
TARGET_BIG_RATIO = 12
TARGET_REFUSED_SECONDS = 1
TARGET_BROCHURE_ZH_MIB = 60

LABELS = {
    "handout": "`Layouts/handout.yaml`",
    "brochure": "`Layouts/brochure.yaml`",
    "brochure-zh": "`Layouts/brochure-zh.yaml`",
    "annual-report": "`Layouts/annual-report.yaml`",
    "typst-annual-report": "Typst: `bench/annual-report.typ`",
    "python-import-typst": "Python start-up and `import typst` alone (part of the Typst line)",
}


def label(name):
    if name in LABELS:
        return LABELS[name]
    if name.startswith("synthetic-"):
        return "synthetic report, ~{0} pages (`bench/synthetic-report.py --pages {0}`)".format(name.split("-")[1])
    if name.startswith("big-") or name.startswith("refused-"):
        what, kind, size = name.split("-")
        return "{0}{1} {2:,} (`bench/big-inputs.py {1} {2}`)".format(
            "refused: " if what == "refused" else "", kind, int(size))
    if name.startswith("merge-"):
        return "merge of {0} handouts (`folio merge`)".format(name.split("-")[1])
    return name


def ms(seconds):
    return "{0:.0f} ms".format(seconds * 1000) if seconds < 10 else "{0:.2f} s".format(seconds)


def runs(count):
    return "{0} run{1}".format(count, "" if count == 1 else "s")


def shell_word(command):
    """The command as one shell word, in double quotes when that needs no escapes."""
    if not any(c in command for c in '"$`\\!'):
        return '"' + command + '"'
    return "'" + command.replace("'", "'\\''") + "'"


def read_cases(run_dir):
    cases = []
    with open(os.path.join(run_dir, "cases.tsv"), encoding="utf-8") as handle:
        for line in handle:
            name, kind, pages, rss, warmup, command = line.rstrip("\n").split("\t")
            with open(os.path.join(run_dir, name + ".json"), encoding="utf-8") as result:
                data = json.load(result)["results"][0]
            runs_kib = [int(x) for x in rss.split(",") if x]
            cases.append({
                "name": name, "kind": kind, "pages": int(pages) if pages.isdigit() else None,
                "median": data["median"], "min": data["min"], "max": data["max"], "runs": len(data["times"]),
                "rss_mib": statistics.median(runs_kib) / 1024 if runs_kib else None, "rss_runs": len(runs_kib),
                "command": command, "warmup": warmup, "json": data,
                # CPU time (user + system, mean of the runs): unlike wall time, it does not grow with the machine's load.
                "cpu": data.get("user", 0) + data.get("system", 0),
            })
    return cases


def main():
    run_dir = sys.argv[1]
    machine = {}
    with open(os.path.join(run_dir, "machine.txt"), encoding="utf-8") as handle:
        for line in handle:
            key, _, value = line.rstrip("\n").partition("=")
            machine[key] = value
    cases = read_cases(run_dir)
    by_name = {case["name"]: case for case in cases}
    skipped = []
    if os.path.exists(os.path.join(run_dir, "skipped.txt")):
        with open(os.path.join(run_dir, "skipped.txt"), encoding="utf-8") as handle:
            skipped = [line.rstrip("\n").split("\t", 1) for line in handle if line.strip()]

    out = []
    out.append("## {0} — whole-process benchmarks (`make bench`, bench/run.sh)".format(machine.get("date", "")))
    out.append("")
    if machine.get("prebuilt"):
        out.append("**Measured with a binary not built by this run ({0}): not a release build of the commit "
                   "below; for orientation only.**".format(machine["prebuilt"]))
        out.append("")
    out.append("Machine: {0} cores (`nproc`), {1}, {2} RAM, {3}; load average {4} at the end. Commit {5}. "
               "{6}; {7}; {8}. Runs: {9}.".format(
                   machine.get("nproc"), machine.get("cpu") or "unknown CPU", machine.get("memory") or "?",
                   machine.get("os") or "?", machine.get("load") or "?", machine.get("commit"),
                   machine.get("hyperfine"), machine.get("typst"), machine.get("python"), machine.get("runs")))
    out.append("")
    out.append("Folio: {0}.".format(machine.get("folio")))
    if machine.get("note"):
        out.append("")
        out.append(machine["note"])
    out.append("")
    out.append("| what | pages | median | min – max | CPU (user+sys) | pages/s | peak memory (median) |")
    out.append("|---|---|---|---|---|---|---|")
    for case in cases:
        pages = case["pages"]
        rate = "{0:.1f}".format(pages / case["median"]) if pages and case["kind"] == "folio" else ""
        if case["name"].startswith("merge-") and pages:
            rate = "{0:.1f} records/s".format(pages / case["median"])
            pages_text = "{0} PDFs".format(pages)
        else:
            pages_text = str(pages) if pages else ""
        rss = "{0:.1f} MiB ({1})".format(case["rss_mib"], runs(case["rss_runs"])) if case["rss_mib"] else ""
        out.append("| {0} | {1} | {2} ({3}) | {4} – {5} | {6} | {7} | {8} |".format(
            label(case["name"]), pages_text, ms(case["median"]), runs(case["runs"]), ms(case["min"]),
            ms(case["max"]), ms(case["cpu"]), rate, rss))
    for name, why in skipped:
        out.append("| {0} | | skipped: {1} | | | | |".format(label(name), why))
    out.append("")

    # Targets
    rows = []
    report = by_name.get("annual-report")
    if report:
        rows.append(("annual report ≤ {0} s".format(TARGET_REPORT_SECONDS), ms(report["median"]),
                     report["median"] <= TARGET_REPORT_SECONDS))
        if report["rss_mib"]:
            rows.append(("annual report ≤ {0} MiB peak".format(TARGET_REPORT_MIB),
                         "{0:.1f} MiB".format(report["rss_mib"]), report["rss_mib"] <= TARGET_REPORT_MIB))
    chinese = by_name.get("brochure-zh")
    if chinese and chinese["rss_mib"]:
        rows.append(("Chinese brochure ≤ {0} MiB peak".format(TARGET_BROCHURE_ZH_MIB),
                     "{0:.1f} MiB".format(chinese["rss_mib"]), chinese["rss_mib"] <= TARGET_BROCHURE_ZH_MIB))
    # Big inputs: the larger size within the time target, and costing at most 12× the smaller (CPU time).
    big = {}
    for case in cases:
        if case["name"].startswith("big-"):
            _, kind, size = case["name"].split("-")
            big.setdefault(kind, []).append((int(size), case))
    for kind, sizes in big.items():
        sizes.sort(key=lambda pair: pair[0])
        (small_size, small), (large_size, large) = sizes[0], sizes[-1]
        if kind != "chart":
            rows.append(("{0} {1:,} ≤ {2} s".format(kind, large_size, TARGET_BIG_SECONDS), ms(large["median"]),
                         large["median"] <= TARGET_BIG_SECONDS))
        if large_size == 10 * small_size and small["cpu"] > 0:
            ratio = large["cpu"] / small["cpu"]
            rows.append(("{0}: {1:,} costs ≤ {2}× {3:,} (CPU time)".format(kind, large_size, TARGET_BIG_RATIO,
                                                                           small_size),
                         "{0:.1f}× ({1} / {2})".format(ratio, ms(large["cpu"]), ms(small["cpu"])),
                         ratio <= TARGET_BIG_RATIO))
    for case in cases:
        if case["kind"] == "refused":
            rows.append(("{0} in < {1} s".format(label(case["name"]), TARGET_REFUSED_SECONDS), ms(case["median"]),
                         case["median"] < TARGET_REFUSED_SECONDS))
    for case in cases:
        if case["name"].startswith("synthetic-") and case["pages"]:
            rate = case["pages"] / case["median"]
            rows.append(("≥ {0} pages/s, synthetic {1} pages".format(TARGET_PAGES_PER_SECOND, case["pages"]),
                         "{0:.1f} pages/s".format(rate), rate >= TARGET_PAGES_PER_SECOND))
    large = by_name.get("synthetic-500")
    if large and large["rss_mib"]:
        rows.append(("≤ {0} MiB peak at 500 pages (synthetic, {1} pages)".format(TARGET_MIB_AT_500, large["pages"]),
                     "{0:.1f} MiB".format(large["rss_mib"]), large["rss_mib"] <= TARGET_MIB_AT_500))
    else:
        rows.append(("≤ {0} MiB peak at 500 pages".format(TARGET_MIB_AT_500), "not measured", None))
    merges = [c for c in cases if c["name"].startswith("merge-")]
    for case in merges:
        thousand = case["name"] == "merge-1000"
        rows.append(("1,000-handout merge ≤ {0} s{1}".format(TARGET_MERGE_SECONDS, "" if thousand else
                                                               " (measured: {0} records)".format(case["name"][6:])),
                     "{0} ({1} PDFs)".format(ms(case["median"]), case["pages"]),
                     case["median"] <= TARGET_MERGE_SECONDS if thousand else None))
    if not merges:
        rows.append(("1,000-handout merge ≤ {0} s".format(TARGET_MERGE_SECONDS), "not measured", None))
    out.append("| target | measured | |")
    out.append("|---|---|---|")
    for what, measured, met in rows:
        out.append("| {0} | {1} | {2} |".format(what, measured, "—" if met is None else ("met" if met else "**missed**")))
    out.append("")

    typst = by_name.get("typst-annual-report")
    if report and typst:
        line = ("Folio / Typst on the annual report: {0} / {1} = **{2:.2f}** (Folio {3} pages, Typst {4} pages; "
                "the same content, see bench/annual-report.typ).").format(
            ms(report["median"]), ms(typst["median"]), report["median"] / typst["median"], report["pages"],
            typst["pages"])
        start = by_name.get("python-import-typst")
        if start:
            net = typst["median"] - start["median"]
            line += (" Typst's time includes starting Python and loading the binding ({0}); without it Typst takes "
                     "about {1} and the ratio is {2:.2f}.").format(ms(start["median"]), ms(net), report["median"] / net)
        out.append(line)
        out.append("")

    out.append("Commands (from the repository; hyperfine results and PDFs in `{0}`):".format(machine.get("run_dir")))
    out.append("")
    out.append("```sh")
    for case in cases:
        out.append("hyperfine -N -w {0} -r {1} {2}".format(case["warmup"], case["runs"], shell_word(case["command"])))
    out.append("/usr/bin/time -f %M COMMAND   # peak resident set size in KiB, median of the runs above")
    out.append("```")
    out.append("")

    bench_file = os.path.join(run_dir, "folio-bench.txt")
    if os.path.exists(bench_file):
        out.append("Typesetting micro-benchmark (`folio-bench .`, {0}):".format(machine.get("folio_bench")))
        out.append("")
        out.append("```")
        with open(bench_file, encoding="utf-8") as handle:
            out.append(handle.read().rstrip())
        out.append("```")
        out.append("")
    print("\n".join(out).rstrip())


if __name__ == "__main__":
    main()
