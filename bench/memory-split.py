#!/usr/bin/env python3
"""Where a Folio process's peak memory goes: the resident set split by what is
mapped (issue 15 asks for the split: binary and runtime, fonts, the rest).

    bench/memory-split.py NAME -- COMMAND [ARG ...]   (repeatable: NAME -- CMD ;; NAME -- CMD)

Runs each command, reads /proc/PID/smaps every millisecond, and at the sample
with the largest total resident set prints one Markdown table row (KiB → MiB):

- binary: the executable's own mapping (Swift runtime, Foundation, ICU data
  linked statically, and Folio's code): pages of code and data touched, plus
  the kernel's read-around of the file;
- libraries: shared C libraries (cairo, HarfBuzz, qpdf, ICU, libc …);
- fonts: font files mapped by HarfBuzz/FreeType (.ttf, .otf, .ttc);
- heap: the C heap and anonymous memory (Swift objects, cairo, qpdf, stacks):
  the part that grows with the document;
- other: everything else (locale archives, caches).

Sampling every millisecond can miss a peak shorter than that: the total is
checked against /usr/bin/time's maximum resident set, printed beside it.
"""
import collections
import re
import subprocess
import sys
import time


def category(name, executable):
    if name == executable:
        return "binary"
    if re.search(r"\.(ttf|otf|ttc)$", name, re.I):
        return "fonts"
    if re.search(r"\.so(\.[0-9]+)*$", name):
        return "libraries"
    if name in ("[heap]", "[anon]", "[stack]") or name.startswith("[anon:"):
        return "heap"
    return "other"


def sample(pid, executable):
    parts = collections.Counter()
    name = None
    with open(f"/proc/{pid}/smaps") as smaps:
        for line in smaps:
            fields = line.split()
            if not fields:
                continue
            if re.match(r"^[0-9a-f]+-[0-9a-f]+$", fields[0]):
                name = fields[5] if len(fields) > 5 else "[anon]"
            elif fields[0] == "Rss:":
                parts[category(name, executable)] += int(fields[1])
    return parts


def measure(command):
    executable = subprocess.run(["readlink", "-f", command[0]], capture_output=True, text=True).stdout.strip()
    started = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = collections.Counter()
    while started.poll() is None:
        try:
            parts = sample(started.pid, executable)
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            break
        if sum(parts.values()) > sum(peak.values()):
            peak = parts
        time.sleep(0.001)
    maximum = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True).stderr.strip().splitlines()[-1]
    return peak, int(maximum)


def main():
    arguments = sys.argv[1:]
    cases, current = [], []
    for argument in arguments + [";;"]:
        if argument == ";;":
            if current:
                name, separator, *command = current
                if separator != "--" or not command:
                    sys.exit(__doc__)
                cases.append((name, command))
            current = []
        else:
            current.append(argument)
    if not cases:
        sys.exit(__doc__)
    mib = lambda kib: f"{kib / 1024:.1f}"
    print("| document | binary | libraries | fonts | heap | other | sampled peak | /usr/bin/time max RSS |")
    print("|---|---|---|---|---|---|---|---|")
    for name, command in cases:
        peak, maximum = measure(command)
        cells = [mib(peak[k]) for k in ("binary", "libraries", "fonts", "heap", "other")]
        print(f"| {name} | " + " | ".join(cells) + f" | {mib(sum(peak.values()))} | {mib(maximum)} |")


if __name__ == "__main__":
    main()
