#!/usr/bin/env python3
"""The CI recipes in docs/ci.md do what the page says.

Takes each recipe from docs/ci.md as written (the ```yaml file=NAME blocks)
and runs its commands in a newsroom repository made for the test: archive/
is fixtures/newsroom, drafts/ holds two drafts, and a pull-request commit
changes one line of one draft so that it contradicts the archive. Another
line of that draft contradicted the archive before the pull request, so a
recipe that forgot --git-diff would report it.

- GitHub Actions: every `run:` step, in order, honouring `if: always()`, with
  the shell and variables a runner gives. Not run: "Prepare the container"
  (apt-get and the user's global git config belong to the container) and
  the `uses:` actions (checkout is the test's own repository; .concord is
  this checkout; upload-sarif needs GitHub). The SARIF file is validated
  against the official schema when ../shared/schemas has it.
- GitLab CI: before_script and script lines as a runner runs them, with
  CONCORD_REPO pointing at this checkout (its committed HEAD is cloned);
  the apt-get line is not run.
- pre-commit: the real `pre-commit install` and `git commit`: a draft that
  contradicts the archive is refused, a consistent one is committed.

Concord is installed by the recipes' own `.concord/scripts/install` into a
temporary prefix (CONCORD_PREFIX), reusing this build (CONCORD_BUILD_DIR).

Usage: ci_recipes.py REPO_ROOT BUILD_DIR [SHARED_DIR]
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

failures = []


def expect(ok, what):
    print(f"{'ok' if ok else 'FAIL':4} {what}")
    if not ok:
        failures.append(what)


def sh(cmd, cwd, env, shell=("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c")):
    proc = subprocess.run(list(shell) + [cmd], cwd=cwd, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)
    return proc.returncode, proc.stdout


def git(repo, *args, env):
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, stdout=subprocess.DEVNULL)


def recipes(root):
    text = open(os.path.join(root, "docs/ci.md"), encoding="utf-8").read()
    return {m.group(1): m.group(2) for m in re.finditer(r"```yaml file=(\S+)\n(.*?)```", text, re.S)}


def make_newsroom(root, where, env):
    """A repository with a base commit and a pull-request commit on top."""
    repo = os.path.join(where, "newsroom")
    shutil.copytree(os.path.join(root, "fixtures/newsroom"), os.path.join(repo, "archive"))
    os.makedirs(os.path.join(repo, "drafts"))
    shutil.copy(os.path.join(root, "fixtures/drafts/lindqvist-consistent.md"),
                os.path.join(repo, "drafts/port-deal.md"))
    week = open(os.path.join(root, "fixtures/drafts/lindqvist-week.md"), encoding="utf-8").read()
    # Before the pull request the arrival date agreed with the archive; the
    # age on line 13 already did not.
    base = week.replace("Wednesday, March 5, 2025", "Tuesday, March 4, 2025")
    assert base != week
    open(os.path.join(repo, "drafts/lindqvist-week.md"), "w", encoding="utf-8").write(base)
    git(repo, "init", "-q", "-b", "main", env=env)
    git(repo, "add", ".", env=env)
    git(repo, "commit", "-q", "-m", "archive and drafts", env=env)
    base_sha = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, env=env, text=True,
                              stdout=subprocess.PIPE, check=True).stdout.strip()
    git(repo, "update-ref", "refs/remotes/origin/main", base_sha, env=env)
    git(repo, "checkout", "-q", "-b", "pr", env=env)
    open(os.path.join(repo, "drafts/lindqvist-week.md"), "w", encoding="utf-8").write(week)
    git(repo, "commit", "-q", "-am", "arrival date", env=env)
    # What actions/checkout of concord into .concord would give.
    os.symlink(root, os.path.join(repo, ".concord"))
    return repo, base_sha


def github(recipe, repo, env, sarif_schema):
    workflow = yaml.safe_load(recipe)
    steps = workflow["jobs"]["concord"]["steps"]
    env = dict(env, GITHUB_BASE_REF="main", GITHUB_HEAD_REF="pr", GITHUB_WORKSPACE=repo, CI="true",
               GITHUB_ACTIONS="true", GITHUB_STEP_SUMMARY=os.path.join(repo, "..", "step-summary.md"))
    failed = False
    outputs = {}
    for step in steps:
        name = step.get("name", step.get("uses", "?"))
        if "uses" in step or name == "Prepare the container":
            continue
        if failed and step.get("if") != "always()":
            continue
        rc, out = sh(step["run"], repo, env)
        outputs[name] = (rc, out)
        failed = failed or rc != 0
    expect(failed, "github: the job fails")
    rc, out = outputs.get("Check the lines this pull request changes", (None, ""))
    errors = [line for line in out.splitlines() if line.startswith("::error ")]
    expect(rc == 1, f"github: the check step exits 1 (got {rc})")
    expect(len(errors) == 1 and "file=drafts/lindqvist-week.md,line=7," in errors[0]
           and "archive/herald-port-deal.txt:11:10" in errors[0],
           "github: one annotation, on the changed line, citing the archive")
    sarif_path = os.path.join(repo, "concord.sarif")
    expect(os.path.exists(sarif_path), "github: the SARIF step wrote concord.sarif")
    if os.path.exists(sarif_path):
        sarif = json.load(open(sarif_path))
        results = sarif["runs"][0]["results"]
        expect(len(results) == 1 and results[0]["ruleId"] == "value-conflict",
               "github: the SARIF report holds the one finding")
        if sarif_schema is not None:
            import jsonschema
            errs = list(jsonschema.Draft7Validator(sarif_schema).iter_errors(sarif))
            expect(not errs, "github: the SARIF report validates against the 2.1.0 schema")
    summary = env["GITHUB_STEP_SUMMARY"]
    expect(os.path.exists(summary) and "value-conflict" in open(summary).read(),
           "github: the step summary has the Markdown report")


def gitlab(recipe, repo, root, base_sha, env):
    job = yaml.safe_load(recipe)["concord"]
    env = dict(env, **{k: str(v) for k, v in job.get("variables", {}).items()})
    env.update(CONCORD_REPO=root, CI_PIPELINE_SOURCE="merge_request_event", CI_PROJECT_DIR=repo,
               CI_MERGE_REQUEST_DIFF_BASE_SHA=base_sha, CI_MERGE_REQUEST_TARGET_BRANCH_NAME="main",
               GITLAB_CI="true", CI="true")
    os.unlink(os.path.join(repo, ".concord"))  # the job clones its own
    rc, log = 0, ""
    for line in job["before_script"] + job["script"]:
        if line.startswith("apt-get"):
            continue
        rc, out = sh(line, repo, env)
        log += out
        if rc != 0:
            break
    expect(rc == 1, f"gitlab: the job fails with exit 1 (got {rc})")
    expect("drafts/lindqvist-week.md:7:1: error:" in log and ":13:" not in log,
           "gitlab: the log shows the finding on the changed line only")
    report = os.path.join(repo, job["artifacts"]["reports"]["codequality"])
    issues = json.load(open(report)) if os.path.exists(report) else []
    expect(len(issues) == 1 and issues[0]["location"] == {"path": "drafts/lindqvist-week.md",
                                                          "lines": {"begin": 7, "end": 7}}
           and issues[0]["severity"] == "critical",
           "gitlab: the Code Quality report holds the finding at drafts/lindqvist-week.md:7")


def precommit(recipe, repo, env):
    git(repo, "checkout", "-q", "main", env=env)
    open(os.path.join(repo, ".pre-commit-config.yaml"), "w").write(recipe)
    git(repo, "add", ".pre-commit-config.yaml", env=env)
    rc, out = sh("pre-commit install", repo, env)
    expect(rc == 0, f"pre-commit: install ({out.strip()})")
    draft = os.path.join(repo, "drafts/port-deal.md")
    good = open(draft, encoding="utf-8").read()
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, env=env, text=True, stdout=subprocess.PIPE).stdout
    open(draft, "w", encoding="utf-8").write(good.replace("Brandt, 58,", "Brandt, 61,"))
    rc, out = sh("git commit -qam 'Brandt is 61'", repo, env)
    after = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, env=env, text=True, stdout=subprocess.PIPE).stdout
    expect(rc != 0 and after == head, "pre-commit: a draft that contradicts the archive is not committed")
    expect("drafts/port-deal.md:10:1: error: age of Tomas Brandt" in out and "| Brandt, 61" in out,
           "pre-commit: the refusal quotes the finding")
    if rc == 0 or "error: age" not in out:
        print(out)
    open(draft, "w", encoding="utf-8").write(good.replace("title: Port deal signed", "title: Halvik port deal"))
    rc, out = sh("git commit -qam 'new title'", repo, env)
    expect(rc == 0, "pre-commit: a consistent draft is committed")
    if rc != 0:
        print(out)


def main(argv):
    root, build = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    shared = argv[3] if len(argv) > 3 else os.path.join(os.path.dirname(root), "shared")
    sarif_path = os.path.join(shared, "schemas/sarif-schema-2.1.0.json")
    sarif_schema = json.load(open(sarif_path)) if os.path.exists(sarif_path) else None
    found = recipes(root)
    for name in (".github/workflows/concord.yml", ".gitlab-ci.yml", ".pre-commit-config.yaml"):
        expect(name in found, f"docs/ci.md has a {name}")
    if failures:
        return 1
    with tempfile.TemporaryDirectory(prefix="concord-ci-") as tmp:
        prefix = os.path.join(tmp, "prefix")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "CONCORD_", "GITHUB_", "CI"))}
        env.update(HOME=os.path.join(tmp, "home"), PATH=f"{prefix}/bin:{os.environ['PATH']}",
                   CONCORD_PREFIX=prefix, CONCORD_BUILD_DIR=build, PRE_COMMIT_HOME=os.path.join(tmp, "pre-commit"),
                   GIT_AUTHOR_NAME="Desk", GIT_AUTHOR_EMAIL="desk@example.org", GIT_COMMITTER_NAME="Desk",
                   GIT_COMMITTER_EMAIL="desk@example.org", NO_COLOR="1")
        os.makedirs(env["HOME"])
        repo, base_sha = make_newsroom(root, tmp, env)
        github(found[".github/workflows/concord.yml"], repo, env, sarif_schema)
        subprocess.run(["git", "clean", "-qfdx", "-e", ".concord"], cwd=repo, env=env, check=True)
        gitlab(found[".gitlab-ci.yml"], repo, root, base_sha, env)
        subprocess.run(["git", "clean", "-qfdx"], cwd=repo, env=env, check=True)
        if shutil.which("pre-commit"):
            precommit(found[".pre-commit-config.yaml"], repo, env)
        else:
            expect(False, "pre-commit is installed (scripts/bootstrap installs it)")
    if sarif_schema is None:
        print(f"note: {sarif_path} absent; SARIF not validated")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
