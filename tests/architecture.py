#!/usr/bin/env python3
"""Fails if a src/ folder includes a folder that comes later in the pipeline,
or if a third-party library is included outside the one folder that owns it."""
import os
import re
import sys

ORDER = ["base", "ingest", "text", "rules", "extract", "claim", "graph", "check", "report",
         "index", "app", "cli"]
# Library header prefix -> files allowed to include it (a folder, or folder/file).
OWNERS = {
    "yaml-cpp/": ["base/yaml.cpp"],
    "re2/": ["rules"],
    "gumbo": ["ingest/html.cpp"],
    "cmark-gfm": ["ingest/markdown_prose.cpp"],
    "boost/graph": ["graph"],
    "CLI/": ["cli"],
    "sqlite3": ["index"],
    "utf8proc": ["base/utf8.cpp"],
}

INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]')


def main(src):
    errors = []
    for folder in os.listdir(src):
        path = os.path.join(src, folder)
        if not os.path.isdir(path):
            continue
        if folder not in ORDER:
            errors.append(f"src/{folder}: not in the pipeline order in tests/architecture.py")
            continue
        # A stage's subfolders (claim/kinds/) belong to the stage.
        files = sorted(os.path.relpath(os.path.join(d, name), src)
                       for d, _, names in os.walk(path) for name in names)
        for rel in files:
            for n, line in enumerate(open(os.path.join(src, rel), encoding="utf-8"), 1):
                m = INCLUDE.match(line)
                if not m:
                    continue
                inc = m.group(1)
                head = inc.split("/")[0]
                if head in ORDER and ORDER.index(head) > ORDER.index(folder):
                    errors.append(f"src/{rel}:{n}: {folder}/ may not include {inc} "
                                  f"({head}/ comes later in the pipeline)")
                for prefix, owners in OWNERS.items():
                    if inc.startswith(prefix) and not any(rel == o or folder == o for o in owners):
                        errors.append(f"src/{rel}:{n}: {inc} belongs in {', '.join(owners)} only")
    for e in errors:
        print(e)
    if not errors:
        print("one-way dependencies: ok")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
