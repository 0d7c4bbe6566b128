#!/usr/bin/env python3
"""The claim index, as a user runs it: `concord index` and `check --db`.

    index_test.py CONCORD REPO [SHARED]

1. A draft checked against the index gives the findings it gets against the
   archive itself (generated archive; the seeds when SHARED is given), and a
   report over the whole index equals one over the archive, byte for byte.
2. Re-indexing reads only what changed: nothing, one appended story, a
   changed rule pack (everything), a deleted file (its stories go). An
   index filled in another order reports the same bytes.
3. kill -9 at any moment leaves a valid index that a reader can use and the
   next run completes without extracting again what was committed.
4. A reader works while a writer runs; a file that is not an index is a
   clear error.
"""
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

CONCORD, REPO = sys.argv[1], sys.argv[2]
SHARED = sys.argv[3] if len(sys.argv) > 3 and os.path.isdir(sys.argv[3]) else None
ENV = dict(os.environ, CONCORD_PROJECT="none")
failures = []


def run(*args, check_codes=(0, 1)):
    p = subprocess.run([CONCORD, *args], capture_output=True, text=True, env=ENV)
    if p.returncode not in check_codes:
        raise SystemExit(f"concord {' '.join(args)} exited {p.returncode}:\n{p.stderr}")
    return p


def expect(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)


def findings(p):
    return json.loads(p.stdout)["findings"]


def indexed_line(p):
    line = [l for l in p.stderr.splitlines() if "concord: indexed" in l]
    return line[0] if line else p.stderr


def read_count(p):
    return int(indexed_line(p).split(": ")[2].split(" read and extracted")[0])


tmp = tempfile.mkdtemp(prefix="concord-index-")
try:
    # An archive of several JSONL files, and drafts taken from it (so they
    # meet the injected errors) plus the generated drafts' own stories.
    arch = os.path.join(tmp, "archive")
    os.makedirs(arch)
    gen = os.path.join(tmp, "gen.jsonl")
    subprocess.run([sys.executable, os.path.join(REPO, "bench/gen_corpus.py"), gen, "1.2", "--seed", "11",
                    "--error-rate", "0.05"], check=True, capture_output=True)
    lines = open(gen, encoding="utf-8").read().splitlines()
    parts = 6
    for k in range(parts):
        with open(os.path.join(arch, f"part{k}.jsonl"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines[k::parts]) + "\n")
    errors = [json.loads(l) for l in open(gen.replace(".jsonl", ".errors.jsonl"), encoding="utf-8")]
    drafts = os.path.join(tmp, "drafts")
    os.makedirs(drafts)
    by_id = {json.loads(l)["id"]: json.loads(l) for l in lines}
    chosen = [e["id"] for e in errors[:15]] + random.Random(3).sample(sorted(by_id), 15)
    for i, doc_id in enumerate(dict.fromkeys(chosen)):
        d = by_id[doc_id]
        with open(os.path.join(drafts, f"d{i:02}.md"), "w", encoding="utf-8") as f:
            f.write(f"---\ndate: {d['date']}\n---\n{d['text']}")
    db = os.path.join(tmp, "archive.db")

    # 1. Equivalence.
    first = run("index", arch, "--db", db, "-j", "2")
    expect(read_count(first) == len(lines), f"first run extracts every story: {indexed_line(first)}")
    # All drafts at once, and a few alone (each alone is slow: the archive is read every time).
    a = findings(run("check", drafts, "--against", arch, "-f", "json"))
    b = findings(run("check", drafts, "--db", db, "-f", "json"))
    expect(a == b, f"the drafts get the same findings against the index as against the archive ({len(a)}, {len(b)})")
    expect(len(a) >= 10, f"the drafts meet real findings ({len(a)}), so the comparison means something")
    for name in sorted(os.listdir(drafts))[:3]:
        draft = os.path.join(drafts, name)
        a = findings(run("check", draft, "--against", arch, "-f", "json"))
        b = findings(run("check", draft, "--db", db, "-f", "json"))
        expect(a == b, f"{name} alone: the same {len(a)} findings against the index as against the archive")
    direct = run("check", arch, "-f", "json").stdout
    from_index = run("check", "--db", db, "-f", "json").stdout
    expect(direct == from_index, "a report over the whole index equals one over the archive, byte for byte")
    # The same index filled in another order (the last part first, then the
    # rest; one part indexed twice) reports the same bytes.
    hdb = os.path.join(tmp, "history.db")
    run("index", os.path.join(arch, f"part{parts - 1}.jsonl"), "--db", hdb)
    run("index", os.path.join(arch, "part0.jsonl"), os.path.join(arch, f"part{parts - 1}.jsonl"), "--db", hdb)
    run("index", arch, "--db", hdb)
    expect(run("check", "--db", hdb, "-f", "json").stdout == direct,
           "an index filled in another order gives the same report, byte for byte")
    if SHARED:
        sdb = os.path.join(tmp, "seeds.db")
        run("index", os.path.join(SHARED, "seeds"), "--db", sdb)
        ok = True
        for name in sorted(os.listdir(os.path.join(SHARED, "drafts"))):
            if not name.endswith(".md") or name == "README.md":
                continue
            draft = os.path.join(SHARED, "drafts", name)
            a = run("check", draft, "--against", os.path.join(SHARED, "seeds"), "-f", "json").stdout
            b = run("check", draft, "--db", sdb, "-f", "json").stdout
            ok = ok and json.loads(a)["findings"] == json.loads(b)["findings"]
        expect(ok, "the shared drafts get the same findings against an index of the seeds")

    # 2. Incremental.
    again = run("index", arch, "--db", db)
    expect(read_count(again) == 0 and "6 unchanged files not read" in again.stderr,
           f"an unchanged archive is not read again: {indexed_line(again)}")
    with open(os.path.join(arch, "part0.jsonl"), "a", encoding="utf-8") as f:
        f.write(json.dumps({"id": "late-1", "date": "2006-12-30",
                            "text": "Totastan's Defense Minister Emil Gupta arrived in Naseovo on Friday."}) + "\n")
    appended = run("index", arch, "--db", db)
    expect(read_count(appended) == 1, f"one appended story is the one story extracted: {indexed_line(appended)}")
    no_paths = run("index", "--db", db)
    expect(read_count(no_paths) == 0, "without ARCHIVE, the archive of the last run is indexed")
    pack = os.path.join(tmp, "pack")
    os.makedirs(pack)
    with open(os.path.join(pack, "extra.yaml"), "w") as f:
        f.write("predicates:\n  - name: extra.noop\n    description: nothing\n")
    lint = run("rules", "lint", pack, check_codes=(0, 1, 2))
    if lint.returncode == 0:
        rules_changed = run("index", arch, "--db", db, "--rules", pack)
        expect(read_count(rules_changed) == len(lines) + 1,
               f"changed rules extract everything again: {indexed_line(rules_changed)}")
        stale = run("check", os.path.join(drafts, "d00.md"), "--db", db, check_codes=(2,))
        expect("built with other rules" in stale.stderr, "checking with other rules than the index's is a clear error")
        run("index", arch, "--db", db)
    else:
        expect(False, "the extra rule pack lints clean: " + lint.stderr)
    os.remove(os.path.join(arch, "part5.jsonl"))
    removed = run("index", arch, "--db", db)
    expect("1 vanished files removed" in removed.stderr, f"a deleted file's stories go: {indexed_line(removed)}")
    expect(run("check", "--db", db, "-f", "json").stdout == run("check", arch, "-f", "json").stdout,
           "after all that, the index still reports what the archive says")

    # 3. kill -9, several times at different moments, then resume.
    kdb = os.path.join(tmp, "killed.db")
    kills = 0
    for delay in (0.3, 1.0, 2.0, 3.5):
        p = subprocess.Popen([CONCORD, "index", arch, "--db", kdb, "-j", "2", "-q"], env=ENV,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
            kills += 1
        p.wait()
        if not os.path.exists(kdb):
            continue  # killed before it created the file
        con = sqlite3.connect(f"file:{kdb}?mode=ro", uri=True)
        expect(con.execute("PRAGMA integrity_check").fetchone()[0] == "ok",
               f"after kill -9 at {delay} s the index passes SQLite's integrity check")
        con.close()
        if True:
            r = run("check", os.path.join(drafts, "d00.md"), "--db", kdb, check_codes=(0, 1, 2))
            expect(r.returncode in (0, 1) or "empty" in r.stderr,
                   f"a reader can use the index left by the kill ({r.returncode}: {r.stderr.strip()[:120]})")
    expect(kills > 0, f"the writer was killed mid-run {kills} times")
    con = sqlite3.connect(f"file:{kdb}?mode=ro", uri=True)
    committed = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    con.close()
    resumed = run("index", arch, "--db", kdb)
    expect(read_count(resumed) <= len(lines) + 1 - committed,
           f"the resumed run does not extract again the {committed} stories committed before the kill: "
           f"{indexed_line(resumed)}")
    expect(run("check", "--db", kdb, "-f", "json").stdout == run("check", arch, "-f", "json").stdout,
           "the resumed index reports what the archive says")

    # 4. A reader while a writer runs; bad index files.
    cdb = os.path.join(tmp, "concurrent.db")
    run("index", os.path.join(arch, "part1.jsonl"), "--db", cdb)
    writer = subprocess.Popen([CONCORD, "index", arch, "--db", cdb, "-j", "1", "-q"], env=ENV,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    codes = []
    while writer.poll() is None and len(codes) < 20:
        codes.append(run("check", os.path.join(drafts, "d01.md"), "--db", cdb, check_codes=(0, 1, 2)).returncode)
    writer.wait()
    expect(writer.returncode == 0 and codes and all(c in (0, 1) for c in codes),
           f"{len(codes)} checks ran while the index was being written, none failed ({codes})")
    bad = os.path.join(tmp, "notes.db")
    with open(bad, "w") as f:
        f.write("not a database\n" * 100)
    r = run("check", os.path.join(drafts, "d00.md"), "--db", bad, check_codes=(2,))
    expect("notes.db" in r.stderr, f"a file that is not an index is named in a clear error: {r.stderr.strip()}")
    r = run("check", os.path.join(drafts, "d00.md"), "--db", os.path.join(tmp, "missing.db"), check_codes=(2,))
    expect("concord index" in r.stderr, f"a missing index says how to make one: {r.stderr.strip()}")
finally:
    shutil.rmtree(tmp, ignore_errors=True)

if failures:
    print(f"{len(failures)} failed")
    sys.exit(1)
print("all passed")
