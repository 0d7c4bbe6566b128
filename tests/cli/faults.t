#require root
I/O faults lose nothing. Each case mounts a small file system of its own
(tmpfs, in a private mount namespace, so nothing outlives the command).

An index on a disk that fills up during a run: an error naming the file, exit
2; what earlier runs stored is still there, and a reader is told that the last
run did not finish. (5,000 stories of bench/gen_shapes.py's beat archive do
not fit in 1 MB.)

  $ python3 bench/gen_shapes.py beat 5000 $T/big.jsonl
  $ mkdir -p $T/disk && unshare -m bash -c "mount -t tmpfs -o size=1m tmpfs $T/disk &&
  >   concord index fixtures/newsroom --db $T/disk/index.db -q && echo first run: ok &&
  >   { concord index $T/big.jsonl --db $T/disk/index.db -q; echo second run: exit \$?; } &&
  >   concord check fixtures/newsroom/herald-port-deal.txt --db $T/disk/index.db -q -f json -o $T/report.json" 2>&1 | sed "s|$T|\$T|g"
  first run: ok
  concord: error: index $T/disk/index.db: database or disk is full; free some disk space and run `concord index` again
  second run: exit 2
  concord: warning: $T/disk/index.db: the last concord index run did not finish or had errors, so some stories may be missing; run concord index --db $T/disk/index.db again to complete it
  $ python3 -c "import json, sys; print(sorted(d['path'] for d in json.load(open(sys.argv[1]))['documents']))" $T/report.json
  ['fixtures/newsroom/coastal-times.html', 'fixtures/newsroom/herald-port-deal.txt', 'fixtures/newsroom/wire-archive.jsonl', 'fixtures/newsroom/wire-archive.jsonl', 'fixtures/newsroom/wire-archive.jsonl']

An index on read-only media (a disk mounted read-only, or a file this user
cannot write) is read all the same: `check --db` never writes.

  $ mkdir -p $T/ro && unshare -m bash -c "mount -t tmpfs -o size=2m tmpfs $T/ro &&
  >   concord index fixtures/newsroom --db $T/ro/index.db -q && mount -o remount,ro $T/ro &&
  >   concord check fixtures/newsroom/herald-port-deal.txt --db $T/ro/index.db -q -f json -o /dev/null; echo exit \$?" 2>&1 | sed "s|$T|\$T|g"
  exit 0

A disk that fills up while an archive is checked in parts (`--work-mem`,
claims spilled to $TMPDIR): an error naming the folder, exit 2, no temporary
file left behind, and the report of the last run where it was:

  $ echo '{"previous": "report"}' > $T/report.json
  $ mkdir -p $T/tmp && unshare -m bash -c "mount -t tmpfs -o size=64k tmpfs $T/tmp &&
  >   TMPDIR=$T/tmp concord check $T/big.jsonl --work-mem 1 -q -f json -o $T/report.json; echo exit \$?; ls $T/tmp | wc -l" 2>&1 | sed "s|$T|\$T|g"
  concord: error: cannot write a temporary file in $T/tmp: No space left on device; is the disk full? Set TMPDIR to a directory with more space (about three times the archive's size)
  exit 2
  0
  $ cat $T/report.json
  {"previous": "report"}
