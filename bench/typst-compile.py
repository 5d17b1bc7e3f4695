#!/usr/bin/env python3
"""Compile one Typst file to PDF as a whole process, so that hyperfine can time it.

    python3 bench/typst-compile.py bench/annual-report.typ /tmp/report.pdf --font-path Fonts

The `typst` package on PyPI (pip install typst) is a Python binding to the
Typst compiler and installs no `typst` command, so this script stands in for
`typst compile --root ROOT --font-path DIR INPUT OUTPUT`. Its start-up
(Python and loading the binding) is part of what it costs; time
`python3 -c "import typst"` for that share.

--root defaults to the repository (the parent of bench/) so that the document
can read Data/. SOURCE_DATE_EPOCH, when set, fixes the PDF's date.
"""

import argparse
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="the .typ file")
    parser.add_argument("output", help="the PDF to write")
    parser.add_argument("--font-path", action="append", default=[], metavar="DIR",
                        help="a folder of fonts (repeatable); system fonts are used too")
    parser.add_argument("--root", default=REPO, help="project root for file access (default: the repository)")
    parser.add_argument("--ignore-system-fonts", action="store_true")
    args = parser.parse_args()

    import typst  # after argument parsing: --help works without the package

    options = {}
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        options["timestamp"] = int(epoch)
    try:
        typst.compile(args.input, output=args.output, root=args.root, font_paths=args.font_path,
                      ignore_system_fonts=args.ignore_system_fonts, **options)
    except typst.TypstError as error:  # message plus located diagnostics
        print("typst: error: {0}".format(getattr(error, "diagnostic", None) or error), file=sys.stderr)
        return 1
    except RuntimeError as error:
        print("typst: error: {0}".format(error), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
