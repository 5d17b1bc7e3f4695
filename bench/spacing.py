#!/usr/bin/env python3
"""Spacing and hyphenation figures of a PDF's justified body text, read from
the PDF alone (`pdftotext -bbox-layout`), as issue 14 measures them.

    bench/spacing.py out/annual-report.pdf [--size 9.5] [--column 231]

Body lines are those whose box is as tall as one line of the body face at
`--size` (Noto Serif and Noto Sans: ascender 1.069 + descender 0.293 em) in
a column about `--column` pt wide. A column's edges are the most common left
and right ends of its lines; a *justified non-final* line reaches the right
edge (within 0.5 pt, or beyond it). For those lines:

- gap ratio: each inter-word gap (next word's left minus this word's right)
  divided by the font's normal space (Noto Serif's 260/1000 em); per line the
  mean, then over lines mean / p95 / max, and the share of loose lines (mean
  gap ratio above 1.5);
- hyphenated line ends (lines ending in "-" where the next line continues in
  lower case: an added hyphen), the longest run of them in consecutive lines;
- final-line hyphens: a hyphenated line followed by its paragraph's last line
  (a line of the same column short of the right edge), and hyphens on a
  column's last line (the word goes on in another column or page);
- lines starting with an en or em dash;
- overfull lines: a line reaching beyond the right edge by more than its last
  character may protrude (microtype's default amounts, see
  Sources/FolioText/MarginProtrusion.swift) plus 0.2 pt.
"""
import argparse
import collections
import re
import statistics
import subprocess
import sys
import xml.etree.ElementTree as ET

EM_HEIGHT = 1.069 + 0.293
SPACE_EM = 0.260
# Right protrusion in thousandths of the character's width; widths in em (approximate, Noto Serif).
PROTRUDING = {".": (700, 0.27), ",": (500, 0.27), ":": (500, 0.27), ";": (300, 0.27), "?": (100, 0.44),
              "-": (500, 0.32), "\u2013": (200, 0.5), "\u2014": (150, 1.0), "\u2019": (400, 0.2),
              "\u201d": (300, 0.4), ")": (200, 0.33), "/": (200, 0.3)}


def lines_of(pdf):
    xml = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], check=True, capture_output=True).stdout
    xml = re.sub(rb"<!DOCTYPE[^>]*>", b"", xml)
    root = ET.fromstring(xml)
    for page_number, page in enumerate(root.iter("{http://www.w3.org/1999/xhtml}page"), 1):
        for line in page.iter("{http://www.w3.org/1999/xhtml}line"):
            words = [(float(w.get("xMin")), float(w.get("xMax")), w.text or "")
                     for w in line.iter("{http://www.w3.org/1999/xhtml}word")]
            if words:
                yield page_number, float(line.get("yMin")), float(line.get("yMax")), words


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pdf")
    parser.add_argument("--size", type=float, default=9.5, help="body font size in pt")
    parser.add_argument("--column", type=float, default=231, help="column width in pt")
    parser.add_argument("--list", choices=["loose", "hyphenated", "all"],
                        help="also print those lines: page, mean gap ratio, text")
    arguments = parser.parse_args()
    size, space = arguments.size, SPACE_EM * arguments.size
    body = [l for l in lines_of(arguments.pdf) if abs((l[2] - l[1]) - EM_HEIGHT * size) < 0.3]
    # Columns: lines of a page grouped by their left end (rounded to 3 pt); edges are the modes.
    columns = collections.defaultdict(list)
    for line in body:
        columns[(line[0], round(line[3][0][0] / 3))].append(line)
    merged = collections.defaultdict(list)
    for (page, left), group in columns.items():
        merged[(page, min((k for k in columns if k[0] == page and abs(k[1] - left) <= 1), key=lambda k: k[1]))] += group
    rows = []
    for key, group in sorted(merged.items()):
        right = collections.Counter(round(l[3][-1][1], 1) for l in group).most_common(1)[0][0]
        left = collections.Counter(round(l[3][0][0], 1) for l in group).most_common(1)[0][0]
        if abs(right - left - arguments.column) > 3:
            continue
        for line in sorted(group, key=lambda l: l[1]):
            rows.append((key, left, right, line))
    justified, ratios, hyphenated, dash_starts, overfull = 0, [], 0, 0, []
    run, longest, final_hyphens, column_end_hyphens, listed = 0, 0, 0, 0, []
    for index, (key, left, right, (page, y0, y1, words)) in enumerate(rows):
        text_end = words[-1][2]
        next_words = rows[index + 1][3][3] if index + 1 < len(rows) and rows[index + 1][0] == key else None
        added_hyphen = text_end.endswith("-") and next_words is not None and next_words[0][2][:1].islower()
        if words[0][2][:1] in ("\u2013", "\u2014"):
            dash_starts += 1
        last = text_end[-1:] if text_end else ""
        allowance = PROTRUDING.get(last, (0, 0))
        if words[-1][1] - right > allowance[0] / 1000 * allowance[1] * size + 0.2:
            overfull.append((page, " ".join(w[2] for w in words)))
        if words[-1][1] < right - 0.5 or len(words) < 2:
            run = 0
            continue
        justified += 1
        gaps = [(b[0] - a[1]) / space for a, b in zip(words, words[1:])]
        ratios.append(sum(gaps) / len(gaps))
        line_text = " ".join(w[2] for w in words)
        if arguments.list == "all" or (arguments.list == "loose" and ratios[-1] > 1.5) \
                or (arguments.list == "hyphenated" and added_hyphen):
            listed.append((page, ratios[-1], line_text))
        if text_end.endswith("-") and next_words is None and text_end[-2:-1].isalpha():
            column_end_hyphens += 1
        if added_hyphen and rows[index + 1][3][3][-1][1] < right - 0.5:
            final_hyphens += 1
        if added_hyphen:
            hyphenated += 1
            run += 1
            longest = max(longest, run)
        else:
            run = 0
    if not ratios:
        sys.exit("no justified body lines found")
    loose = sum(r > 1.5 for r in ratios)
    print(f"{arguments.pdf}: {justified} justified non-final body lines ({size} pt, {arguments.column} pt column)")
    print(f"gap ratio: mean {statistics.mean(ratios):.2f}, p95 {percentile(ratios, 0.95):.2f}, "
          f"max {max(ratios):.2f}, loose (mean > 1.5) {loose} = {100 * loose / justified:.1f} %")
    print(f"hyphenated line ends: {hyphenated} = {100 * hyphenated / justified:.1f} %, "
          f"longest run {longest}")
    print(f"hyphens before a paragraph's last line: {final_hyphens}; "
          f"on a column's last line: {column_end_hyphens}")
    print(f"lines starting with a dash: {dash_starts}")
    print(f"overfull lines: {len(overfull)}")
    for page, text in overfull[:10]:
        print(f"  p. {page}: {text[:70]}")
    for page, ratio, text in listed:
        print(f"  p. {page:2d} {ratio:4.2f}  {text}")


if __name__ == "__main__":
    main()
