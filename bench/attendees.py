#!/usr/bin/env python3
"""Write a CSV of N synthetic conference attendees for `folio merge` benchmarks and tests.

    python3 bench/attendees.py 1000 --out bench/out/attendees-1000.csv
    python3 bench/attendees.py 20 --bad empty-id          # to stdout, with one bad row

Columns: id,first_name,last_name,title,organisation,email. Every person is
made up: last names are invented words, organisations say "(synthetic)", and
addresses are at example.org (reserved for examples, RFC 2606). The same
arguments always give the same bytes (seeded; default seed 1).

--bad KIND puts one deliberately bad row at --bad-at (default: the middle):

    empty-id       the id cell is empty
    duplicate-id   the id of the row before, again
    slash          a last name with "/" (would escape '{{id}}-{{last_name}}.pdf')
    control        a first name with a control character (U+0007 BELL)
    extra-column   one cell too many
    missing-column one cell too few
    unclosed-quote a quoted cell that never ends (the rest of the file is one cell)

Standard library only.
"""

import argparse
import csv
import io
import random
import sys

HEADER = ["id", "first_name", "last_name", "title", "organisation", "email"]

FIRST = ["Ada", "Ben", "Chen", "Dana", "Eli", "Farah", "Gus", "Hana", "Ivo", "Jun", "Kiri", "Lena", "Mateo",
         "Nia", "Omar", "Pia", "Quinn", "Rui", "Sana", "Tomás", "Uma", "Vera", "Wen", "Xavi", "Yara", "Zoë",
         "Anaïs", "Björn", "Chloé", "Dário", "Émile", "Frida"]
# Invented family names: syllables that make no real surname on purpose.
SYLLABLES = ["bex", "dor", "fen", "gal", "hix", "jor", "kem", "lux", "mab", "nor", "pell", "quo", "rin", "sol",
             "tam", "vex", "wim", "yul", "zan"]
TITLES = ["Dr.", "Prof.", "Nurse specialist", "Resident", "Fellow", "Surgeon", "Anaesthetist", "Researcher"]
PLACES = ["Example", "Sample", "Placeholder", "Demo", "Testing"]
KINDS = ["empty-id", "duplicate-id", "slash", "control", "extra-column", "missing-column", "unclosed-quote"]


def ascii_fold(text):
    table = str.maketrans("áàâäãåçéèêëíìîïñóòôöõúùûüýÿøæœßÁÉÍÓÚÖÜÅØÆ",
                          "aaaaaaceeeeiiiinooooouuuuyyoaosAEIOUOUAOA")
    return text.translate(table)


def attendees(count, seed):
    rng = random.Random(seed)
    for number in range(1, count + 1):
        first = rng.choice(FIRST)
        last = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize() + "-Synthetic"
        organisation = "{0} Hospital {1} (synthetic)".format(rng.choice(PLACES), rng.randint(1, 99))
        email = "{0}.{1}.{2:05d}@example.org".format(ascii_fold(first).lower(), ascii_fold(last).lower(), number)
        yield ["A{0:05d}".format(number), first, last, rng.choice(TITLES), organisation, email]


def spoil(rows, kind, at):
    row = list(rows[at])
    if kind == "empty-id":
        row[0] = ""
    elif kind == "duplicate-id":
        row[0] = rows[at - 1][0] if at > 0 else rows[at + 1][0]
    elif kind == "slash":
        row[2] = row[2].replace("-", "/", 1) if "-" in row[2] else row[2] + "/x"
    elif kind == "control":
        row[1] = row[1] + "\u0007"
    elif kind == "extra-column":
        row.append("one cell too many")
    elif kind == "missing-column":
        row = row[:-1]
    rows[at] = row


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog="Kinds of bad row: " + ", ".join(KINDS))
    parser.add_argument("count", type=int, help="number of attendees")
    parser.add_argument("--out", help="CSV file to write (default: standard output)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--bad", choices=KINDS, help="include one deliberately bad row of this kind")
    parser.add_argument("--bad-at", type=int, metavar="ROW",
                        help="1-based data row of the bad row (default: the middle)")
    args = parser.parse_args()
    if args.count < 1 or (args.bad and args.count < 2):
        parser.error("count must be at least 1 (2 with --bad)")

    rows = list(attendees(args.count, args.seed))
    bad_at = None
    if args.bad:
        bad_at = (args.bad_at or (args.count + 1) // 2) - 1
        if not 0 <= bad_at < args.count:
            parser.error("--bad-at must be between 1 and {0}".format(args.count))
        if args.bad != "unclosed-quote":
            spoil(rows, args.bad, bad_at)

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)
    for index, row in enumerate(rows):
        if args.bad == "unclosed-quote" and index == bad_at:
            cells = [writer_cell(cell) for cell in row]
            cells[3] = '"' + row[3] + ', never closed'
            buffer.write(",".join(cells) + "\n")
        else:
            writer.writerow(row)
    text = buffer.getvalue()

    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)
    if args.bad:
        # Line in the file: the header is line 1.
        print("bad row ({0}) at line {1}".format(args.bad, bad_at + 2), file=sys.stderr)


def writer_cell(cell):
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow([cell])
    return buffer.getvalue()


if __name__ == "__main__":
    main()
