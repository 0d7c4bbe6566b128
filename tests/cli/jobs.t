Results do not depend on --jobs: documents are read and extracted on N
threads and delivered in input order, diagnostics included.

A corpus with a bit of everything: stories in folders, a JSONL archive
with a bad line and a repeated id, a binary file, the generated archive.

  $ mkdir -p $T/corpus && cp -r fixtures/newsroom $T/corpus/ && python3 bench/gen_corpus.py $T/gen.jsonl 0.3 --seed 7 --error-rate 0.2 2> /dev/null && cp $T/gen.jsonl $T/corpus/
  $ printf 'PK\003\004\000\000' > $T/corpus/zip.txt
  $ printf '{"id": "a", "text": "Choe arrived in Moscow on Nov. 18.", "date": "2014-11-20"}\n{"id": "b", "text": \n{"id": "a", "text": "Choe arrived in Moscow on Nov. 17.", "date": "2014-11-20"}\n' > $T/corpus/wire.jsonl
  $ for f in text json sarif html; do
  >   concord check $T/corpus -f $f -j 1 > $T/one.$f 2> $T/one.$f.err; echo "$f exit $?"
  >   concord check $T/corpus -f $f -j 4 > $T/four.$f 2> $T/four.$f.err
  >   cmp $T/one.$f $T/four.$f && cmp $T/one.$f.err $T/four.$f.err
  > done
  text exit 2
  json exit 2
  sarif exit 2
  html exit 2

The runs found something, and said so, so the comparison means something:

  $ grep -c '"check"' $T/one.json | awk '{print ($1 > 5) ? "findings" : "too few: " $1}'
  findings
  $ sed "s|$T|\$T|" $T/one.text.err
  concord: error: $T/corpus/wire.jsonl:2:21: "text" must be a string; each line of a JSONL archive must be one JSON object such as {"id": "a1", "text": "..."}
  concord: warning: $T/corpus/wire.jsonl:3: id 'a' was already used at line 1; both records are read
  concord: warning: $T/corpus/zip.txt: skipped: it contains NUL bytes (first at byte 4); concord reads text, Markdown, HTML and JSONL files

A draft against the archive, with one job and with two:

  $ concord check fixtures/drafts -j 1 --against $T/corpus > $T/d1 2>&1; echo $?
  2
  $ grep -c ': error: .*\[' $T/d1
  [1-9][0-9]* (re)
  $ concord check fixtures/drafts -j 2 --against $T/corpus > $T/d2 2>&1; cmp $T/d1 $T/d2

And against an index of it (the checks run on every thread):

  $ concord index $T/corpus --db $T/corpus.db -q 2> /dev/null; echo $?
  2
  $ concord check fixtures/drafts -j 1 --db $T/corpus.db -f json > $T/db1 2> /dev/null; echo $?
  1
  $ grep -c '"check"' $T/db1 | awk '{print ($1 > 2) ? "findings" : "too few: " $1}'
  findings
  $ for j in 2 3; do concord check fixtures/drafts -j $j --db $T/corpus.db -f json > $T/db$j 2> /dev/null; cmp $T/db1 $T/db$j; done

A progress line goes to a terminal's stderr (forced here), never into the
report, and -q silences it:

  $ CONCORD_PROGRESS=always concord check $T/corpus/gen.jsonl -f json -o $T/p.json 2> $T/p.err; cmp $T/p.json $T/one.json > /dev/null; grep -c 'documents, ' $T/p.err
  1
  $ CONCORD_PROGRESS=always concord check $T/corpus/gen.jsonl -q -f json -o /dev/null 2>&1 | grep -c 'documents, '
  0
  [1]

After reading, the line says what the run does next, not "0:00 left" and
then nothing while the checks run (the regression): linking claims and each
check, or, checked in parts, sorting claims into parts and each part:

  $ tr '\r' '\n' < $T/p.err | grep -o 'MB read; linking claims'
  MB read; linking claims
  $ CONCORD_PROGRESS=always concord check $T/corpus/gen.jsonl --work-mem 1 -f json -o /dev/null 2>&1 | tr '\r' '\n' | grep -o 'MB read; sorting claims into parts'
  MB read; sorting claims into parts
  [1]

Results do not depend on --work-mem either: an archive whose claims do not
fit is checked in parts through temporary files (CONCORD_PARTS fixes the
number of parts; --work-mem 1 spills this small corpus too).

  $ for f in json html; do
  >   for parts in 3 11; do
  >     CONCORD_PARTS=$parts concord check $T/corpus -f $f -j 2 > $T/parts.$f 2> $T/parts.$f.err
  >     cmp $T/one.$f $T/parts.$f && cmp $T/one.$f.err $T/parts.$f.err
  >   done
  >   concord check $T/corpus -f $f --work-mem 1 > $T/small.$f 2> $T/small.$f.err
  >   cmp $T/one.$f $T/small.$f && cmp $T/one.$f.err $T/small.$f.err
  > done

A part sees every return home, whoever's part it is: "Campbell met Bauer"
a week after "Bauer met Campbell", with Campbell home in between, is two
meetings in one graph and in any number of parts (a part that saw only
Bauer's claims once made it an error).

  $ mkdir $T/trips
  $ printf -- '---\ndate: 2025-03-04\n---\nAkosua Bauer met Mikkel Campbell in Oslo on March 3, 2025.\n' > $T/trips/s1.md
  $ printf -- '---\ndate: 2025-03-06\n---\nMikkel Campbell returned home on March 5, 2025, after talks in Oslo.\n' > $T/trips/s2.md
  $ printf -- '---\ndate: 2025-03-11\n---\nMikkel Campbell met Akosua Bauer in Oslo on March 10, 2025.\n' > $T/trips/s3.md
  $ for parts in 1 2 3 5 6 7; do CONCORD_PARTS=$parts concord check $T/trips -q | tail -1; done
  0 errors, 0 warnings, 0 notes in 3 documents (0.3 KB)
  0 errors, 0 warnings, 0 notes in 3 documents (0.3 KB)
  0 errors, 0 warnings, 0 notes in 3 documents (0.3 KB)
  0 errors, 0 warnings, 0 notes in 3 documents (0.3 KB)
  0 errors, 0 warnings, 0 notes in 3 documents (0.3 KB)
  0 errors, 0 warnings, 0 notes in 3 documents (0.3 KB)

With nowhere to put the temporary files, concord says so and where, and
exits 2:

  $ TMPDIR=$T/missing concord check $T/corpus -f json --work-mem 1 > /dev/null 2> $T/tmp.err; echo "exit $?"
  exit 2
  $ sed "s|$T|\$T|" $T/tmp.err | grep temporary
  concord: error: cannot create a temporary file in $T/missing: No such file or directory; set TMPDIR to a writable directory

The list of documents read goes to a temporary file too once it is long
(past 4096 documents), and comes back whole and in order in the report:

  $ python3 -c 'import json
  > for i in range(5000): print(json.dumps({"id": "s%d" % i, "date": "2014-11-20", "text": "Choe Ryong-hae arrived in Moscow on Nov. 17."}))' > $T/many.jsonl
  $ concord check $T/many.jsonl -f json -o $T/many.json; echo "exit $?"
  exit 0
  $ python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); ids = [x["id"] for x in d["documents"]]; print(len(ids), ids == [sys.argv[2] + "#s%d" % i for i in range(5000)], sum(x["claims"] for x in d["documents"]))' $T/many.json $T/many.jsonl
  5000 True 5000
  $ concord check $T/many.jsonl -f html | grep -c '<td class="mono"><a href='
  5000
  $ TMPDIR=$T/missing concord check $T/many.jsonl -f json > /dev/null 2> $T/tmp.err; echo "exit $?"
  exit 2
  $ sed "s|$T|\$T|" $T/tmp.err | grep temporary
  concord: error: cannot create a temporary file in $T/missing: No such file or directory; set TMPDIR to a writable directory
