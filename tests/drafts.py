#!/usr/bin/env python3
"""The example drafts in ../shared/drafts give exactly the errors expected.yaml lists.

For each draft, `concord check DRAFT --against ../shared/seeds --format json`
runs as an editor's CI would; every error-level finding citing the draft
must be on a listed line, and every listed line must have one. Also checks
that the seeds checked together give no error at all.

Usage: drafts.py CONCORD_BINARY [SHARED_DIR [DRAFTS_DIR]]   (exit 77 if SHARED_DIR is absent)
DRAFTS_DIR defaults to SHARED_DIR/drafts; tests/drafts holds more, written for concord.
"""
import json
import os
import subprocess
import sys

SKIP = 77


def parse_expected(path):
    """expected.yaml is a map of draft -> list of {line, kind}; read it without a YAML library."""
    out = {}
    for raw in open(path, encoding="utf-8"):
        line = raw.strip()
        if not line or line.startswith("#") or ":" not in line:
            continue
        name, rest = line.split(":", 1)
        lines = []
        for part in rest.split("{")[1:]:
            fields = dict(kv.split(":", 1) for kv in part.split("}")[0].split(","))
            lines.append((int(fields["line"].strip()), fields.get(" kind", fields.get("kind", "")).strip()))
        out[name.strip()] = lines
    return out


def run(concord, args):
    proc = subprocess.run([concord] + args + ["--format", "json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode not in (0, 1):
        sys.exit(f"concord {' '.join(args)} exited {proc.returncode}:\n{proc.stderr.decode()}")
    return json.loads(proc.stdout)


def main(argv):
    concord = argv[1]
    shared = argv[2] if len(argv) > 2 else os.environ.get("CONCORD_SHARED", "../shared")
    drafts = argv[3] if len(argv) > 3 else os.path.join(shared, "drafts")
    seeds = os.path.join(shared, "seeds")
    if not os.path.isdir(drafts) or not os.path.isdir(seeds):
        print(f"skipped: {shared} has no drafts/seeds")
        return SKIP
    expected = parse_expected(os.path.join(drafts, "expected.yaml"))
    failures = 0
    for name, want in sorted(expected.items()):
        report = run(concord, ["check", os.path.join(drafts, name), "--against", seeds])
        got = []
        for f in report["findings"]:
            if f["severity"] != "error":
                continue
            side = f["claims"][0]
            if not side["draft"]:
                continue
            got.append((side["citation"]["line"], f["check"], f["message"]))
        # Lines, not counts: two errors on a listed line are not a false alarm.
        want_lines = sorted({l for l, _ in want})
        got_lines = sorted({l for l, _, _ in got})
        status = "ok" if want_lines == got_lines else "FAIL"
        print(f"{status:4} {name}: expected errors on lines {want_lines}, got {got_lines}")
        for line, check, message in got:
            print(f"       {line}: [{check}] {message}")
        failures += status != "ok"
    report = run(concord, ["check", seeds])
    errors = [f for f in report["findings"] if f["severity"] == "error"]
    print(f"{'ok' if not errors else 'FAIL':4} the five seeds together: {len(errors)} errors")
    for f in errors:
        print(f"       [{f['check']}] {f['message']}")
    failures += bool(errors)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
