#!/usr/bin/env python3
"""Every Python module concord's scripts, tests and benchmarks import comes
from the standard library, from this checkout, or from a Debian package that
scripts/bootstrap installs (a package it names, or one those depend on).

    tests/packages.py SOURCE_DIR

Why: a test run on a machine that happens to have a module proves nothing
about a fresh one. concord-dask needs `distributed`; the schema test needs
`jsonschema`; if bootstrap forgot one, CI on a new machine would skip or fail
where this machine passes. Run with the system python3, as the tests are.
"""

import ast, os, subprocess, sys, importlib.util

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))


def python_files():
    """Tracked files that are Python: *.py, or a python3 shebang."""
    names = subprocess.run(["git", "-C", ROOT, "ls-files", "scripts", "tests", "bench", "src"],
                           capture_output=True, text=True, check=True).stdout.split()
    for name in names:
        path = os.path.join(ROOT, name)
        if not os.path.isfile(path):
            continue
        if name.endswith(".py"):
            yield name, path
            continue
        with open(path, "rb") as f:
            first = f.readline()
        if first.startswith(b"#!") and b"python" in first:
            yield name, path


def imported(path):
    """Top-level names of the absolute imports in a file."""
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read(), path)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                yield a.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module.split(".")[0]


def owner(path):
    """The Debian package that installed path, or None."""
    p = subprocess.run(["dpkg", "-S", os.path.realpath(path)], capture_output=True, text=True)
    if p.returncode != 0:
        p = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True)
    return p.stdout.split(":")[0].strip() if p.returncode == 0 else None


def closure(packages):
    """The packages and everything they depend on, as installed here."""
    seen, todo = set(), list(packages)
    while todo:
        pkg = todo.pop()
        if pkg in seen:
            continue
        seen.add(pkg)
        p = subprocess.run(["dpkg-query", "-W", "-f", "${Depends}, ${Pre-Depends}", pkg],
                           capture_output=True, text=True)
        for dep in p.stdout.replace("|", ",").split(","):
            name = dep.strip().split(" ")[0].split(":")[0]
            if name:
                todo.append(name)
    return seen


SYSTEM = "/usr/bin/python3"


def main():
    # Only Debian's python sees Debian's modules; under another (pyenv) every
    # answer below would be about the wrong interpreter.
    if os.path.realpath(sys.executable) != os.path.realpath(SYSTEM):
        print(f"FAIL: run with {SYSTEM}, the interpreter the tests use, not {sys.executable}")
        return 1
    listed = []
    for group in ("build", "test", "bench"):
        out = subprocess.run([os.path.join(ROOT, "scripts", "bootstrap"), "--list", group],
                             capture_output=True, text=True, check=True).stdout
        listed += out.split()
    installs = closure(listed)
    failures, checked = [], {}
    for name, path in python_files():
        here = os.path.dirname(path)  # a script imports modules beside it first
        for mod in sorted(set(imported(path))):
            if mod in sys.stdlib_module_names or mod == "__future__" or \
                    os.path.isfile(os.path.join(here, mod + ".py")) or \
                    os.path.isfile(os.path.join(here, mod, "__init__.py")):
                continue
            if mod not in checked:
                spec = importlib.util.find_spec(mod)
                where = spec and (spec.origin if spec.origin not in (None, "namespace")
                                  else next(iter(spec.submodule_search_locations or []), None))
                pkg = owner(where) if where else None
                if where is None:
                    checked[mod] = f"is not installed here; add its Debian package to scripts/bootstrap"
                elif pkg is None:
                    checked[mod] = f"comes from {where}, which no Debian package installed; use a Debian package"
                elif pkg not in installs:
                    checked[mod] = f"comes from Debian package {pkg}, which scripts/bootstrap does not install; add it"
                else:
                    checked[mod] = None
                    print(f"ok: {mod} ({pkg})")
            if checked[mod]:
                failures.append(f"{name}: imports {mod}, which {checked[mod]}")
    for f in failures:
        print("FAIL:", f)
    if not checked:
        print("FAIL: no module outside the standard library found; is the file list right?")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
