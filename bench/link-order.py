#!/usr/bin/env python3
"""Write Sources/folio/link-order.txt: the functions of `folio` that documents run, for the linker.

    swift build -c release --product folio --static-swift-stdlib
    python3 bench/link-order.py            # needs valgrind (apt-get install valgrind)

Why: the kernel maps an executable's pages 64 KiB at a time around each one
touched (fault-around), so a function run once pulls 16 pages into the resident
set. The few MB of code a document runs (ours, the Swift runtime, Foundation)
lie scattered through the 17 MB of machine code, and a report touched 12 MiB of
it. lld's `--symbol-ordering-file` (Package.swift, release builds) places the
functions listed here first and together, so fewer pages are touched; see
BENCHMARKS.md for the figures.

How: every sample layout is built (also with --print), a 20-record handout merge
run and `folio --version` started under callgrind, which names every function
executed; the names found in the binary's symbol table are written sorted, so
the file changes only where the code does. A stale list costs memory, never
correctness: the linker skips names it does not find.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def symbols(binary):
    """Names of the functions in the binary's symbol table."""
    out = subprocess.run(["nm", binary], capture_output=True, text=True, check=True).stdout
    return {parts[2] for parts in (line.split() for line in out.splitlines())
            if len(parts) == 3 and parts[1] in "tTwW"}


def executed(profile, known):
    """Functions of `known` that a callgrind profile (written with --demangle=no) names."""
    names = set()
    with open(profile, errors="replace") as lines:
        for line in lines:
            match = re.match(r"c?fn=\(\d+\) (.*)", line)
            if match and match.group(1) in known:
                names.add(match.group(1))
    return names


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folio", default=os.path.join(ROOT, ".build/release/folio"))
    parser.add_argument("--out", default=os.path.join(ROOT, "Sources/folio/link-order.txt"))
    args = parser.parse_args()
    if not shutil.which("valgrind"):
        sys.exit("link-order.py needs valgrind: apt-get install valgrind")
    known = symbols(args.folio)
    with tempfile.TemporaryDirectory() as work:
        # valgrind cannot read the Swift toolchain's DWARF; the symbol table is enough.
        binary = os.path.join(work, "folio")
        subprocess.run(["strip", "--strip-debug", "-o", binary, args.folio], check=True)
        for folder in ["Layouts", "Data", "Fonts", "Languages"]:
            os.symlink(os.path.join(ROOT, folder), os.path.join(work, folder))
        records = os.path.join(work, "attendees.csv")
        subprocess.run([sys.executable, os.path.join(ROOT, "bench/attendees.py"), "20", "--out", records], check=True)
        runs = [["--version"], ["build"], ["build", "--print"],
                ["merge", "Layouts/handout.yaml", "--records", records, "--out", "merged/{{id}}.pdf"]]
        names = set()
        for number, run in enumerate(runs):
            profile = os.path.join(work, f"callgrind.{number}")
            subprocess.run(["valgrind", "--tool=callgrind", "--demangle=no", f"--callgrind-out-file={profile}",
                            binary] + run, cwd=work, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            names |= executed(profile, known)
    with open(args.out, "w") as out:
        out.write("# Functions documents run, placed together by the linker: made by bench/link-order.py.\n")
        out.writelines(name + "\n" for name in sorted(names))
    print(f"{args.out}: {len(names)} functions")


if __name__ == "__main__":
    main()
