#!/usr/bin/env python3
"""Which pages of each file a process has resident when it exits: per ELF section for the executable
and libraries, per table for fonts (/proc/PID/pagemap, read under gdb at exit_group; needs gdb).
Shows where fault-around (64 KiB mapped around each page touched) and scattered reads cost memory.

    python3 bench/resident-pages.py release/folio -- .build/release/folio build Layouts/annual-report.yaml
    (the first argument: part of the mapped file's path to report on, e.g. "/" for all)
"""
import subprocess, sys, os, struct, collections, re, tempfile
pat = sys.argv[1]; cmd = sys.argv[3:]
out = tempfile.mktemp()
script = f"""
set pagination off
catch syscall exit_group
run
python
import gdb
pid = gdb.selected_inferior().pid
maps = open(f"/proc/{{pid}}/maps").read()
pm = open(f"/proc/{{pid}}/pagemap", "rb")
res = []
for line in maps.splitlines():
    p = line.split()
    if len(p) < 6 or "{pat}" not in p[5]: continue
    a, b = [int(x, 16) for x in p[0].split("-")]
    off = int(p[2], 16)
    pm.seek(a // 4096 * 8)
    data = pm.read((b - a) // 4096 * 8)
    import struct
    for i in range((b - a) // 4096):
        v = struct.unpack_from("<Q", data, i * 8)[0]
        if v >> 63: res.append((p[5], off + i * 4096, p[1]))
with open("{out}", "w") as f:
    for r in res: f.write(f"{{r[0]}} {{r[1]}} {{r[2]}}\\n")
end
kill
quit
"""
sf = tempfile.mktemp(); open(sf, "w").write(script)
subprocess.run(["gdb", "-q", "-batch", "-x", sf, "--args"] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
pages = collections.defaultdict(list)
for line in open(out):
    f, o, perm = line.split(); pages[f].append((int(o), perm))
def elf_sections(path):
    txt = subprocess.run(["readelf", "-SW", path], capture_output=True, text=True).stdout
    secs = []
    for m in re.finditer(r"\]\s+(\S+)\s+\S+\s+[0-9a-f]+\s+([0-9a-f]+)\s+([0-9a-f]+)", txt):
        secs.append((m.group(1), int(m.group(2), 16), int(m.group(3), 16)))
    return secs
def sfnt_tables(path):
    data = open(path, "rb").read(1 << 20)
    offs = [0]
    if data[:4] == b"ttcf":
        n = struct.unpack_from(">I", data, 8)[0]; offs = list(struct.unpack_from(f">{n}I", data, 12))
    tabs = {}
    for o in offs:
        num = struct.unpack_from(">H", data, o + 4)[0]
        for i in range(num):
            tag, _, toff, tlen = struct.unpack_from(">4sIII", data, o + 12 + 16 * i)
            tabs[(tag.decode("latin1"), toff)] = tlen
    return [(t, off, ln) for (t, off), ln in tabs.items()]
for f, lst in sorted(pages.items(), key=lambda kv: -len(kv[1])):
    print(f"{len(lst)*4/1024:7.1f} MiB {f}")
    if f.endswith((".ttc", ".ttf", ".otf")): parts = sfnt_tables(f)
    elif os.path.exists(f): parts = elf_sections(f)
    else: continue
    count = collections.Counter()
    for o, perm in lst:
        hit = [name for name, so, sl in parts if so <= o < so + max(sl, 1)]
        count[hit[0] if hit else "?"] += 1
    sizes = {name: sl for name, so, sl in parts}
    for name, c in count.most_common(12):
        print(f"      {c*4/1024:7.2f} MiB of {sizes.get(name, 0)/1048576:7.2f}  {name}")
