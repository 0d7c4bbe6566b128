#!/usr/bin/env python3
"""JSON, SARIF and GitLab reports validate against their schemas.

The findings report is checked against docs/findings.schema.json; SARIF
against the official SARIF 2.1.0 schema in ../shared/schemas (skipped if
that is absent); the GitLab Code Quality report against the fields GitLab's
documentation requires (GitLab publishes no schema file). Inputs: the bundled fixtures, and the shared drafts and
seeds when present - so the reports hold real findings of every kind.

Usage: schemas.py CONCORD_BINARY REPO_ROOT [SHARED_DIR]
"""
import json
import os
import subprocess
import sys

import jsonschema


def report(concord, args, fmt):
    # Run where the documents are, as CI runs at a repository's root: GitLab
    # wants paths relative to it.
    cwd = os.path.commonpath([os.path.dirname(a) for a in args if os.path.isabs(a)])
    proc = subprocess.run([concord, "check"] + args + ["--format", fmt], stdout=subprocess.PIPE, cwd=cwd,
                          stderr=subprocess.PIPE, env=dict(os.environ, CONCORD_PROJECT="none"))
    if proc.returncode not in (0, 1):
        sys.exit(f"concord check {' '.join(args)} exited {proc.returncode}: {proc.stderr.decode()}")
    return json.loads(proc.stdout)


# https://docs.gitlab.com/ci/testing/code_quality/ - "Code Quality report format".
GITLAB_SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path", "lines"],
                "properties": {
                    "path": {"type": "string", "not": {"pattern": "^(/|\\./)"}},
                    "lines": {"type": "object", "required": ["begin"],
                              "properties": {"begin": {"type": "integer", "minimum": 1}}},
                },
            },
        },
    },
}


def main(argv):
    concord, root = argv[1], argv[2]
    shared = argv[3] if len(argv) > 3 else os.path.join(os.path.dirname(root), "shared")
    runs = [[os.path.join(root, "fixtures/newsroom")],
            [os.path.join(root, "fixtures/drafts/lindqvist-week.md"), "--against", os.path.join(root, "fixtures/newsroom")]]
    drafts = os.path.join(shared, "drafts")
    if os.path.isdir(drafts):
        names = sorted(n for n in os.listdir(drafts) if n.endswith(".md") and "-" in n)
        runs.append([os.path.join(drafts, n) for n in names] + ["--against", os.path.join(shared, "seeds")])
        runs.append([os.path.join(shared, "seeds")])
    findings_schema = json.load(open(os.path.join(root, "docs/findings.schema.json")))
    jsonschema.Draft7Validator.check_schema(findings_schema)
    sarif_path = os.path.join(shared, "schemas/sarif-schema-2.1.0.json")
    sarif_schema = json.load(open(sarif_path)) if os.path.exists(sarif_path) else None
    failures = 0
    for args in runs:
        name = " ".join(os.path.relpath(a, root) if os.path.isabs(a) else a for a in args)
        doc = report(concord, args, "json")
        errors = list(jsonschema.Draft7Validator(findings_schema).iter_errors(doc))
        print(f"{'ok' if not errors else 'FAIL':4} json  {name}: {len(doc['findings'])} findings")
        for e in errors[:5]:
            print(f"       {list(e.absolute_path)}: {e.message}")
        failures += bool(errors)
        gitlab = report(concord, args, "gitlab")
        errors = list(jsonschema.Draft7Validator(GITLAB_SCHEMA).iter_errors(gitlab))
        # GitLab merges issues that share a fingerprint, so they must be unique.
        if len({i["fingerprint"] for i in gitlab}) != len(gitlab):
            errors.append(jsonschema.ValidationError("two issues share a fingerprint"))
        if len(gitlab) != len(doc["findings"]) + len(doc["skipped"]):
            errors.append(jsonschema.ValidationError("GitLab and JSON disagree on the number of findings"))
        print(f"{'ok' if not errors else 'FAIL':4} gitlab {name}: {len(gitlab)} issues")
        for e in errors[:5]:
            print(f"       {list(e.absolute_path)}: {e.message}")
        failures += bool(errors)
        if sarif_schema is None:
            continue
        sarif = report(concord, args, "sarif")
        errors = list(jsonschema.Draft7Validator(sarif_schema).iter_errors(sarif))
        results = sarif["runs"][0]["results"]
        # What GitHub code scanning needs beyond the schema.
        if any("partialFingerprints" not in r or not r["locations"] for r in results):
            errors.append(jsonschema.ValidationError("a result lacks partialFingerprints or a location"))
        # A path given absolute is a file: URI, not a path under %SRCROOT%.
        for r in results:
            for loc in r["locations"] + r.get("relatedLocations", []):
                art = loc["physicalLocation"]["artifactLocation"]
                absolute = art["uri"].startswith("file:///")
                if absolute == ("uriBaseId" in art) or art["uri"].startswith("/"):
                    errors.append(jsonschema.ValidationError(f"artifactLocation {art}: absolute paths need file:///, relative ones %SRCROOT%"))
        if len(results) != len(doc["findings"]):
            errors.append(jsonschema.ValidationError("SARIF and JSON disagree on the number of findings"))
        print(f"{'ok' if not errors else 'FAIL':4} sarif {name}: {len(results)} results")
        for e in errors[:5]:
            print(f"       {list(e.absolute_path)}: {e.message}")
        failures += bool(errors)
    if sarif_schema is None:
        print(f"note: {sarif_path} absent; SARIF not validated")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
