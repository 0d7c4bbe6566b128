#!/usr/bin/env bash
# `scripts/bootstrap --fuzz` installs what the fuzz build links, on a fresh
# Debian 12 that installs no recommended packages: the Debian package of
# clang++ and of each sanitizer and libFuzzer runtime the harnesses link is
# one bootstrap names, or one those depend on (Depends, not Recommends).
# A machine that happens to have a package proves nothing otherwise.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
mapfile -t listed < <("$root/scripts/bootstrap" --list fuzz)
reachable=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
              --no-enhances "${listed[@]}" | grep -v '^ ' | sed 's/:.*//' | sort -u)
runtime=$(clang++ -print-runtime-dir)
files=("$(readlink -f "$(command -v clang++)")")
for lib in fuzzer asan ubsan_standalone; do files+=("$runtime/libclang_rt.$lib-x86_64.a"); done
status=0
for f in "${files[@]}"; do
  pkg=$(dpkg -S "$f" | head -n 1 | cut -d: -f1)
  if grep -qx "$pkg" <<<"$reachable"; then
    echo "ok: $f ($pkg)"
  else
    echo "FAIL: $f comes from $pkg, which scripts/bootstrap --fuzz does not install; add it to fuzz_pkgs"
    status=1
  fi
done
exit $status
