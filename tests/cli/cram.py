#!/usr/bin/env python3
"""Runs CLI transcript tests: the binary as a user runs it, output and exit code compared.

A test file reads like a terminal session. Indented lines starting with "$ "
are commands (continued by "> " lines); the indented lines after a command
are its expected stdout and stderr, merged; "[N]" is the expected exit code
when it is not 0 (pipelines run with pipefail, so concord's code shows
through a `| sed`). A line ending in " (re)" is a regular expression. Other
lines are commentary. A file whose first line is "#require shared" is skipped
(exit 77) when ../shared is absent; "#require root", when the tests cannot
mount a small file system of their own (not root, or no `unshare`).

Commands run with bash in the repository root, with `concord` on PATH and
$T set to a fresh temporary folder, $SHARED to the shared material. Each
test file has a pattern cache of its own (CONCORD_CACHE_DIR, beside $T), so
its first command compiles the rules cold and the others find them cached.

Usage: cram.py [--update] BINARY_DIR TEST.t...
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77


def parse(path):
    """Returns a list of (line_index, command, expected_lines)."""
    cases = []
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("  $ "):
            start = i
            cmd = line[4:]
            i += 1
            while i < len(lines) and lines[i].startswith("  > "):
                cmd += "\n" + lines[i][4:]
                i += 1
            expected = []
            while i < len(lines) and lines[i].startswith("  ") and not lines[i].startswith("  $ "):
                expected.append(lines[i][2:])
                i += 1
            cases.append((start, cmd, expected))
        else:
            i += 1
    return lines, cases


def matches(expected, actual):
    if len(expected) != len(actual):
        return False
    for e, a in zip(expected, actual):
        if e.endswith(" (re)"):
            if not re.fullmatch(e[:-5], a):
                return False
        elif e != a:
            return False
    return True


def run(binary_dir, path, update):
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    shared = os.environ.get("CONCORD_SHARED", os.path.join(os.path.dirname(root), "shared"))
    lines, cases = parse(path)
    if lines and lines[0].strip() == "#require shared" and not os.path.isdir(shared):
        print(f"skipped: {shared} is not present")
        return SKIP
    if lines and lines[0].strip() == "#require root" and (os.geteuid() != 0 or shutil.which("unshare") is None):
        print("skipped: mounting a test file system needs root and unshare")
        return SKIP
    tmp = tempfile.mkdtemp(prefix="concord-cram-")
    cache = tempfile.mkdtemp(prefix="concord-cram-cache-")
    env = dict(os.environ)
    env.update({"PATH": binary_dir + os.pathsep + env.get("PATH", ""), "T": tmp, "CONCORD_CACHE_DIR": cache,
                "SHARED": shared, "NO_COLOR": "1", "LC_ALL": "C.UTF-8", "COLUMNS": "100"})
    failures = 0
    out_lines = list(lines)
    offset = 0
    try:
        for start, cmd, expected in cases:
            proc = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], cwd=root, env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, timeout=600)
            text = proc.stdout.decode("utf-8", errors="replace")
            actual = text.split("\n")
            if actual and actual[-1] == "":
                actual.pop()
            if proc.returncode != 0:
                actual.append(f"[{proc.returncode}]")
            if not matches(expected, actual):
                failures += 1
                print(f"{path}:{start + 1}: $ {cmd}")
                print("  expected:")
                for e in expected:
                    print(f"    {e}")
                print("  actual:")
                for a in actual:
                    print(f"    {a}")
            if update:
                # Keep (re) lines that still match; replace the rest.
                new = []
                for k, a in enumerate(actual):
                    e = expected[k] if k < len(expected) else None
                    if e is not None and e.endswith(" (re)") and re.fullmatch(e[:-5], a):
                        new.append("  " + e)
                    else:
                        new.append("  " + a if a else "  ")
                cmd_lines = cmd.count("\n") + 1
                pos = start + offset + cmd_lines
                out_lines[pos:pos + len(expected)] = new
                offset += len(new) - len(expected)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
    if update:
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(out_lines))
    if failures:
        print(f"{path}: {failures} of {len(cases)} commands differ")
        return 1
    print(f"{path}: {len(cases)} commands ok")
    return 0


def main(argv):
    update = "--update" in argv
    args = [a for a in argv[1:] if a != "--update"]
    if len(args) < 2:
        print(__doc__)
        return 2
    binary_dir, tests = os.path.abspath(args[0]), args[1:]
    codes = [run(binary_dir, t, update) for t in tests]
    if any(c == 1 for c in codes):
        return 1
    if all(c == SKIP for c in codes):
        return SKIP
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
