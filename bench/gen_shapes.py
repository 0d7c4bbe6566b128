#!/usr/bin/env python3
"""Inputs shaped to find superlinear work, for bench/run's scaling lines.

    bench/gen_shapes.py long MB OUT.md       one story naming one person thousands of times,
                                             with varying ages, dates and amounts
    bench/gen_shapes.py beat STORIES OUT.jsonl  a beat archive: eight recurring people whose
                                             ages and deal prices differ from story to story
    bench/gen_shapes.py line MB OUT.txt      one line of MB megabytes with no space
    bench/gen_shapes.py stories MB OUT.jsonl FOLDER   the .txt/.md stories of FOLDER (real news) as
                                             a JSONL archive of MB megabytes, each repeated under new ids
"""
import json, os, random, sys

kind, size, out = sys.argv[1], float(sys.argv[2]), sys.argv[3]
random.seed(11)
with open(out, "w", encoding="utf-8") as f:
    if kind == "long":
        f.write("---\ndate: 2024-06-01\n---\n")
        written, i = 0, 0
        while written < size * 1048576:
            s = (f"Anna Berg, {30 + i % 60}, said on May {1 + i % 28}, 2024 that the deal was worth "
                 f"${10 + i % 90} million. ")
            s += "\n\n" if i % 5 == 4 else ""
            f.write(s)
            written += len(s)
            i += 1
    elif kind == "beat":
        people = ["Anna Berg", "Carl Holm", "Dina Lund", "Erik Sand", "Frida Ek", "Gustav Dahl", "Hanna Strom",
                  "Ivar Nyberg"]
        for i in range(int(size)):
            p = random.sample(people, 3)
            text = (f"{p[0]}, {random.randint(30, 70)}, the chief executive of Nordlys Energy, said on May "
                    f"{random.randint(1, 28)}, 2024 that the deal with Varna Port was worth ${random.randint(10, 99)} "
                    f"million. {p[1]}, {random.randint(30, 70)}, disagreed. {p[2]} said 120 jobs would be cut.")
            f.write(json.dumps({"id": f"s{i}", "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", "text": text}) + "\n")
    elif kind == "line":
        f.write("x" * int(size * 1048576) + "\n")
    elif kind == "stories":
        src = sys.argv[4]
        stories = [(os.path.relpath(os.path.join(r, n), src), os.path.join(r, n))
                   for r, _, ns in sorted(os.walk(src)) for n in sorted(ns) if n.endswith((".txt", ".md"))]
        written, round_ = 0, 0
        while stories and written < size * 1048576:
            for rel, path in stories:
                text = open(path, encoding="utf-8", errors="replace").read()
                line = json.dumps({"id": f"r{round_}/{rel}", "text": text}) + "\n"
                f.write(line)
                written += len(line.encode())
                if written >= size * 1048576:
                    break
            round_ += 1
    else:
        sys.exit(f"gen_shapes.py: unknown shape {kind}")
