#!/usr/bin/env bash
# The sanitized concord (ASan, UBSan) indexing onto a disk that fills up:
# exit 2 with the disk-full error, and no sanitizer report. The regression:
# the pipeline's worker threads outlived the slots they read when the index
# write threw (heap-use-after-free, silent in a plain build). Needs root to
# mount a 1 MB tmpfs in a private namespace; skipped (77) otherwise.
#   full_disk_index.sh CONCORD
set -uo pipefail
concord=$1
((EUID == 0)) && command -v unshare >/dev/null || { echo "skipped: needs root and unshare"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$(dirname "$0")/../../bench/gen_shapes.py" beat 5000 "$tmp/big.jsonl"  # does not fit in 1 MB
mkdir "$tmp/disk"
unshare -m bash -c "mount -t tmpfs -o size=1m tmpfs '$tmp/disk' &&
  CONCORD_PROJECT=none '$concord' index '$tmp/big.jsonl' --db '$tmp/disk/index.db' -q --jobs 2" > "$tmp/err" 2>&1
rc=$?
cat "$tmp/err"
if grep -q "Sanitizer" "$tmp/err"; then echo "FAIL: a sanitizer report"; exit 1; fi
if [[ $rc -ne 2 ]] || ! grep -q "database or disk is full" "$tmp/err"; then echo "FAIL: exit $rc, expected 2 and the disk-full error"; exit 1; fi
echo "ok: exit 2, no sanitizer report"
