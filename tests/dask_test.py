#!/usr/bin/env python3
"""concord-dask on a LocalCluster bound to 127.0.0.1: the report is concord
check's, byte for byte, for 1, 7 and 64 parts; after a worker is killed;
after the driver is killed and run again; on real news from ../shared
(drafts against the seeds, ECB+ stories); and a story that crashes or
hangs concord fails its shard, naming the story, after retries.

    tests/dask_test.py BUILD_DIR
Exits 77 (skipped) when the Python package distributed is missing
(scripts/bootstrap installs python3-distributed for tests)."""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DRIVER = os.path.join(ROOT, "scripts", "concord-dask")
failures = []


def check(what, ok):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def main(build):
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        # Debian's python3-distributed is for /usr/bin/python3, which another python3 may hide.
        system = "/usr/bin/python3"
        if os.path.realpath(sys.executable) != os.path.realpath(system) and os.access(system, os.X_OK) and \
                subprocess.run([system, "-c", "import distributed"], capture_output=True).returncode == 0:
            os.execv(system, [system] + sys.argv)
        print("skipped: the Python package distributed is missing; install python3-distributed")
        return 77
    concord = os.path.join(os.path.abspath(build), "concord")
    env = dict(os.environ, CONCORD_PROJECT="none")
    tmp = tempfile.mkdtemp(prefix="concord-dask-test-")
    try:
        corpus = os.path.join(tmp, "corpus")
        shutil.copytree(os.path.join(ROOT, "fixtures", "newsroom"), os.path.join(corpus, "newsroom"))
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_shapes.py"), "beat", "200",
                        os.path.join(tmp, "beat.jsonl")], check=True)
        with open(os.path.join(tmp, "beat.jsonl"), encoding="utf-8") as f:
            lines = f.readlines()
        for i in range(4):
            with open(os.path.join(corpus, f"beat-{i}.jsonl"), "w", encoding="utf-8") as f:
                f.writelines(lines[i * 50:(i + 1) * 50])
        args = [corpus, "-q", "-f", "json"]
        whole = subprocess.run([concord, "check"] + args, cwd=ROOT, env=env, capture_output=True)
        check("concord check finds something", whole.stdout.count(b'"check"') > 3)

        def driver(extra, run_env=None, **kw):
            return subprocess.run([sys.executable, DRIVER, "check"] + args + ["--concord", concord] + extra,
                                  cwd=ROOT, env=run_env or env, capture_output=True, **kw)

        def same(what, run, expect=whole):
            check(f"{what}: exit {run.returncode} as check's {expect.returncode}", run.returncode == expect.returncode)
            check(f"{what}: the same report", run.stdout == expect.stdout)
            if run.stdout != expect.stdout or run.returncode != expect.returncode:
                print(run.stderr.decode()[-2000:])

        for parts in (1, 7, 64):
            same(f"--local 2, {parts} parts", driver(["--local", "2", "--shards", "3", "--parts", str(parts)]))

        cluster = LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None,
                               processes=True)
        client = Client(cluster)
        try:
            scheduler = ["--scheduler", cluster.scheduler_address]
            # Real news (../shared, which CI has): example drafts against the
            # five real seed pages, whose findings cite them; ECB+ stories
            # from several outlets with the seeds, as a batch report.
            shared = os.environ.get("CONCORD_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))
            seeds, ecb = os.path.join(shared, "seeds"), os.path.join(shared, "eval", "ecbplus-text")
            if os.path.isdir(seeds) and os.path.isdir(ecb):
                drafts = [os.path.join(shared, "drafts", d) for d in ("b-arrival-date.md", "c-title.md", "h-age.md")]
                clusters = [os.path.join(ecb, c) for c in sorted(os.listdir(ecb))[:8]]
                for what, real in (("real drafts against the seeds, SARIF", drafts + ["--against", seeds, "-f", "sarif"]),
                                   ("ECB+ stories and the seeds, JSON", clusters + [seeds, "-f", "json"])):
                    real = real + ["-q"]
                    expect = subprocess.run([concord, "check"] + real, cwd=ROOT, env=env, capture_output=True)
                    check(f"{what}: concord check gives a report", len(expect.stdout) > 1000)
                    if "drafts" in what:
                        check(f"{what}: findings to compare", b'"ruleId"' in expect.stdout and expect.returncode == 1)
                    for parts in (1, 7, 64):
                        run = subprocess.run([sys.executable, DRIVER, "check"] + real + [
                            "--concord", concord, "--shards", "3", "--parts", str(parts)] + scheduler,
                            cwd=ROOT, env=env, capture_output=True)
                        same(f"{what}, {parts} parts", run, expect)
            else:
                print(f"skipped: real text ({shared} has no seeds or ECB+ stories)")

            # A story that hangs concord: its task is killed after
            # --task-timeout, and the shard fails naming the story.
            hang = dict(env, CONCORD_TEST_FAIL="hang:herald-port-deal")
            hung = subprocess.run([sys.executable, DRIVER, "check"] + args + [
                "--concord", concord, "--shards", "4", "--parts", "7", "--retries", "1", "--task-timeout", "15",
                "--work-dir", os.path.join(tmp, "hang")] + scheduler, cwd=ROOT, env=hang, capture_output=True,
                timeout=300)
            err = hung.stderr.decode()
            check("a hanging story: exit 2", hung.returncode == 2)
            check("a hanging story: named in the error", "herald-port-deal.txt" in err)
            if hung.returncode != 2 or "herald-port-deal.txt" not in err:
                print(err[-2000:])

            # A worker killed while it reads a slow story: the task runs again elsewhere.
            slow = dict(env, CONCORD_TEST_FAIL="slow:herald-port-deal")
            work = os.path.join(tmp, "killed-worker")
            run = subprocess.Popen([sys.executable, DRIVER, "check"] + args + ["--concord", concord, "--shards", "4",
                                   "--parts", "7", "--work-dir", work] + scheduler,
                                   cwd=ROOT, env=slow, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            reading = [os.path.join(work, f"shard-{k}.reading") for k in range(4)]
            deadline = time.time() + 60
            while time.time() < deadline and not any(
                    os.path.exists(r) and "herald-port-deal" in open(r, encoding="utf-8").read() for r in reading):
                time.sleep(0.05)
            pids = client.run(os.getpid)
            victim = next(iter(pids.values()))
            os.kill(victim, signal.SIGKILL)
            out, err = run.communicate(timeout=300)
            same("a worker killed mid-run", subprocess.CompletedProcess(run.args, run.returncode, out, err))

            # The driver killed mid-run, then run again: it skips what is done.
            work = os.path.join(tmp, "killed-driver")
            cmd = [sys.executable, DRIVER, "check"] + args + ["--concord", concord, "--shards", "4", "--parts", "7",
                                                             "--work-dir", work] + scheduler
            run = subprocess.Popen(cmd, cwd=ROOT, env=slow, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            manifest = os.path.join(work, "manifest.json")
            deadline = time.time() + 60
            while time.time() < deadline and not os.path.exists(manifest):
                time.sleep(0.05)
            run.kill()
            run.wait()
            check("the driver was killed before it finished", run.returncode != 0)
            again = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True)
            same("the driver run again", again)
            check("the rerun skipped finished work", b"done in an earlier run, skipped" in again.stderr)

            # A story that crashes concord fails its shard, by name, after retries.
            crash = dict(env, CONCORD_TEST_FAIL="crash:herald-port-deal")
            failed = subprocess.run(cmd[:-4] + ["--work-dir", os.path.join(tmp, "crash"), "--retries", "1"]
                                    + scheduler, cwd=ROOT, env=crash, capture_output=True)
            err = failed.stderr.decode()
            check("a crashing story: exit 2", failed.returncode == 2)
            check("a crashing story: named in the error", "while reading" in err and "herald-port-deal.txt" in err)
            if failed.returncode != 2 or "herald-port-deal.txt" not in err:
                print(err[-2000:])
        finally:
            client.close()
            cluster.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(failures)} failed" if failures else "all ok")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
