The stages of concord check (concord stage, app/stage.h) run one by one,
as a distributed run does, give the report concord check gives, byte for
byte, with its diagnostics and exit code: for any number of shards the
inputs are read in, and of parts the claims are checked in.

A staged run: extract S shards, merge entities, route S shards into P
parts, check P parts, merge.

  $ cat > $T/staged <<'SH'
  > S=$1 P=$2 W=$3; shift 3; rm -rf $W && mkdir -p $W || exit 9
  > for ((k = 0; k < S; k++)); do concord stage extract --work-dir $W --shard $k --shards $S "$@" || exit 9; done
  > concord stage entities --work-dir $W --shards $S "$@" || exit 9
  > for ((k = 0; k < S; k++)); do concord stage route --work-dir $W --shard $k --shards $S --parts $P "$@" || exit 9; done
  > for ((p = 0; p < P; p++)); do concord stage check --work-dir $W --part $p --shards $S --parts $P "$@" || exit 9; done
  > SH

`same SHARDS,PARTS... -- ARGS` compares concord check ARGS with a staged run
for each number of shards and parts; only merge depends on the format:

  $ cat > $T/same <<'SH'
  > splits=(); while [ "$1" != -- ]; do splits+=("$1"); shift; done; shift
  > for f in json sarif; do concord check "$@" -f $f > $T/whole.$f 2> $T/whole.$f.err; echo $? > $T/whole.$f.exit; done
  > for sp in "${splits[@]}"; do
  >   bash $T/staged ${sp%,*} ${sp#*,} $T/work "$@" || echo "shards and parts $sp: a stage failed"
  >   for f in json sarif; do
  >     concord stage merge --work-dir $T/work --shards ${sp%,*} --parts ${sp#*,} "$@" -f $f > $T/staged.$f 2> $T/staged.err
  >     [ $? = $(cat $T/whole.$f.exit) ] && cmp -s $T/whole.$f $T/staged.$f && cmp -s $T/whole.$f.err $T/staged.err ||
  >       echo "$f, shards and parts $sp: differs"
  >   done
  > done
  > echo "exit $(cat $T/whole.json.exit), $(grep -c '"ruleId"' $T/whole.sarif) findings"
  > SH

The newsroom fixtures:

  $ bash $T/same 1,1 3,7 -- fixtures/newsroom
  exit 0, 1 findings

A corpus with a bit of everything (as in jobs.t): stories in folders, a
JSONL archive with a bad line and a repeated id, a binary file, a
generated archive. Errors and warnings about the inputs come out of merge,
in the order check says them:

  $ mkdir -p $T/corpus && cp -r fixtures/newsroom $T/corpus/ && python3 bench/gen_corpus.py $T/corpus/gen.jsonl 0.3 --seed 7 --error-rate 0.2 2> /dev/null
  $ printf 'PK\003\004\000\000' > $T/corpus/zip.txt
  $ printf '{"id": "a", "text": "Choe arrived in Moscow on Nov. 18.", "date": "2014-11-20"}\n{"id": "b", "text": \n{"id": "a", "text": "Choe arrived in Moscow on Nov. 17.", "date": "2014-11-20"}\n' > $T/corpus/wire.jsonl
  $ bash $T/same 1,1 3,7 -- $T/corpus
  exit 2, 35 findings

A generated beat archive (bench/gen_shapes.py): eight people whose ages
and deal prices differ from story to story, in eight files, so every shard
names people the others name too:

  $ python3 bench/gen_shapes.py beat 400 $T/beat.jsonl && mkdir $T/beat && split -l 50 --additional-suffix=.jsonl $T/beat.jsonl $T/beat/b-
  $ bash $T/same 1,1 3,7 5,64 -- $T/beat
  exit 1, [0-9]+ findings (re)

One JSONL archive is cut between lines, so every shard reads a part of it
(a shard is not a file): eight shards of the beat archive each hold a
part of its stories:

  $ bash $T/same 1,1 4,7 8,8 -- $T/beat.jsonl
  exit 1, [0-9]+ findings (re)
  $ for k in 0 1 2 3 4 5 6 7; do [ $(stat -c %s $T/work/shard-$k.docs) -gt 30000 ] && printf "$k "; done; echo
  0 1 2 3 4 5 6 7 

Cut there, a bad line is reported once, by the shard that reads it, and a
repeated id still knows the line that used it first, in another shard:

  $ bash $T/same 2,2 3,3 -- $T/corpus/wire.jsonl
  exit 2, 0 findings
  $ cat $T/staged.err | sed "s|$T|\$T|"
  concord: error: $T/corpus/wire.jsonl:2:21: "text" must be a string; each line of a JSONL archive must be one JSON object such as {"id": "a1", "text": "..."}
  concord: warning: $T/corpus/wire.jsonl:3: id 'a' was already used at line 1; both records are read

Shards are separate processes, which cannot share stdin:

  $ echo "Choe arrived." | concord stage extract --work-dir $T/stdin -
  concord: error: -: a staged run reads its inputs in several processes, which cannot share stdin; save it to a file and name that
  [2]

Draft mode: every shard reads the drafts, the first one reports them, and
the archive's reused wording is compared with them in each shard:

  $ bash $T/same 1,1 3,7 4,64 -- fixtures/drafts --against $T/corpus
  exit 2, [0-9]+ findings (re)
  $ bash $T/same 3,7 -- fixtures/drafts/newsdesk-week.md --against fixtures/newsdesk
  exit 1, 3 findings
  $ grep -c reused-wording $T/staged.json
  6

The stages' files, per shard and part, in the work folder:

  $ ls $T/work | sed 's/[0-9][0-9]*/N/g' | sort -u
  entities
  part-N-of-N.findings
  shard-N.docs
  shard-N.entities
  shard-N.notes
  shard-N.part-N-of-N
  shard-N.reading

A stage that cannot do its work says which file is missing and exits 2:

  $ rm $T/work/entities; concord stage route --work-dir $T/work --shards 3 --parts 7 fixtures/drafts/newsdesk-week.md --against fixtures/newsdesk 2>&1 | sed "s|$T|\$T|"
  concord: error: cannot read $T/work/entities: No such file or directory
  [2]
  $ concord stage check --work-dir $T/work --part 64 --parts 64 x
  concord: error: --shard must be below --shards, and --part below --parts
  [2]
