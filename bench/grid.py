#!/usr/bin/env python3
"""Baseline-grid figures of a two-column PDF, read from the PDF alone
(`pdftotext -bbox-layout`, through bench/spacing.py's reader).

    bench/grid.py out/annual-report.pdf [--size 9.5] [--grid 13.8]

Body lines are those as tall as one line of the body face at `--size` (as in
bench/spacing.py). On each page with body lines in both halves (two columns),
every body line's baseline should lie a whole number of `--grid` steps below
the page's first body line, and the columns' last body lines (their feet)
should be level. Prints the lines off the grid, and each two-column page's
feet difference in grid lines (0: level). A short last page of a section
(balanced columns) may differ by a line.
"""
import argparse
import collections

from spacing import EM_HEIGHT, lines_of


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pdf")
    parser.add_argument("--size", type=float, default=9.5, help="body font size in pt")
    parser.add_argument("--grid", type=float, default=13.8, help="grid step (the body's leading) in pt")
    parser.add_argument("--page-width", type=float, default=595.3, help="page width in pt (A4)")
    arguments = parser.parse_args()
    pages = collections.defaultdict(lambda: ([], []))
    for page, y0, y1, words in lines_of(arguments.pdf):
        if abs((y1 - y0) - EM_HEIGHT * arguments.size) < 0.3:
            pages[page][words[0][0] >= arguments.page_width / 2].append(y1)
    two_column, off_grid, lines, uneven = 0, 0, 0, []
    for page, (left, right) in sorted(pages.items()):
        if not left or not right:
            continue
        two_column += 1
        top = min(left + right)
        for bottom in left + right:
            lines += 1
            steps = (bottom - top) / arguments.grid
            if abs(steps - round(steps)) > 0.02:
                off_grid += 1
        feet = (max(right) - max(left)) / arguments.grid
        if abs(feet) > 0.02:
            uneven.append((page, feet))
    print(f"{arguments.pdf}: {two_column} two-column pages, {lines} body lines")
    print(f"body lines off the {arguments.grid} pt grid: {off_grid}")
    print(f"pages whose column feet differ: {len(uneven)}"
          + "".join(f"\n  p. {page}: right foot {feet:+.2f} lines from the left" for page, feet in uneven))


if __name__ == "__main__":
    main()
