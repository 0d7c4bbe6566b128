The pattern cache: concord keeps what RE2 said about each pattern of the
rules it loads, in $CONCORD_CACHE_DIR (by default ~/.cache/concord;
docs/cli.md), so that the next run with the same rules compiles only the
patterns its sentences may match. cram.py gives this file a cache of its own.

The first run with the bundled rules saves a file named after their
fingerprint, and one per pack with its parsed YAML, named after the pack's
digest; the next reads them and writes the same report:

  $ printf 'Choe Ryong Hae met Putin in Moscow on Tuesday, March 4, 2025.\n' > $T/one.md
  $ ls $CONCORD_CACHE_DIR
  $ concord check $T/one.md --format json > $T/cold.json
  concord: note: the document has no publication date, so relative dates ("on Monday") are not resolved; give dates with front matter, sources.yaml or --date PATH=YYYY-MM-DD
  $ ls $CONCORD_CACHE_DIR
  pack-[0-9a-f]{16} (re)
  pack-[0-9a-f]{16} (re)
  pack-[0-9a-f]{16} (re)
  rules-[0-9a-f]{16} (re)
  $ concord check $T/one.md --format json > $T/warm.json && cmp $T/cold.json $T/warm.json && echo same
  concord: note: the document has no publication date, so relative dates ("on Monday") are not resolved; give dates with front matter, sources.yaml or --date PATH=YYYY-MM-DD
  same
  $ concord explain $T/one.md > $T/cold.txt && CONCORD_CACHE_DIR=none concord explain $T/one.md | cmp - $T/cold.txt && echo same
  same

CI jobs in parallel may share a folder: each run writes its file whole
under a temporary name and renames it into place, so none reads half a file.

  $ rm -r $CONCORD_CACHE_DIR/* && for i in 1 2 3 4 5 6; do concord check $T/one.md --format json > $T/par$i.json 2>/dev/null & done; wait
  $ ls $CONCORD_CACHE_DIR
  pack-[0-9a-f]{16} (re)
  pack-[0-9a-f]{16} (re)
  pack-[0-9a-f]{16} (re)
  rules-[0-9a-f]{16} (re)
  $ for i in 1 2 3 4 5 6; do concord check $T/one.md --format json 2>/dev/null | cmp - $T/par$i.json || echo differs; done

A cache never hides a mistake: an editor's broken pattern is reported on
every run, since only a clean compile is saved, and only patterns RE2
accepted are in it.

  $ mkdir -p $T/pack && cat > $T/pack/rules.yaml <<'YAML'
  > predicates:
  >   - name: greeted
  >     fields: {object: person}
  > extractors:
  >   - id: greeted
  >     predicate: greeted
  >     patterns: ['(?P<subject>[A-Z]\w+) greeted (?P<object>[A-Z]\w+']
  > YAML
  $ concord rules lint $T/pack 2>&1 | sed "s|$T|\$T|"
  concord: warning: $T/pack/rules.yaml:5:5: extractor 'pack.greeted' has no examples; add some so `concord rules test` can check it
  concord: error: $T/pack/rules.yaml:7:17: invalid pattern: missing )
  [2]
  $ concord rules lint $T/pack 2>&1 | sed "s|$T|\$T|"
  concord: warning: $T/pack/rules.yaml:5:5: extractor 'pack.greeted' has no examples; add some so `concord rules test` can check it
  concord: error: $T/pack/rules.yaml:7:17: invalid pattern: missing )
  [2]
  $ concord check --rules $T/pack $T/one.md 2>&1 | sed "s|$T|\$T|"
  concord: error: $T/pack/rules.yaml:7:17: invalid pattern: missing )
  [2]
  $ concord check --rules $T/pack $T/one.md 2>&1 | sed "s|$T|\$T|"
  concord: error: $T/pack/rules.yaml:7:17: invalid pattern: missing )
  [2]

Nothing was saved for the broken rules (but their YAML, which parsed): the
one rules file is the bundled rules'.

  $ ls $CONCORD_CACHE_DIR | grep -c rules-
  1

Fixed, the pack lints clean, and is cached; broken again, it is reported again:

  $ sed -i 's/\\w+'"'"'/\\w+)'"'"'/' $T/pack/rules.yaml
  $ concord rules lint $T/pack 2>&1 | sed "s|$T|\$T|"
  concord: warning: $T/pack/rules.yaml:5:5: extractor 'pack.greeted' has no examples; add some so `concord rules test` can check it
  $T/pack: ok (1 extractors, 1 predicates, 0 vocabulary entries, 0 entities)
  $ concord rules lint $T/pack 2>&1 | sed "s|$T|\$T|"
  concord: warning: $T/pack/rules.yaml:5:5: extractor 'pack.greeted' has no examples; add some so `concord rules test` can check it
  $T/pack: ok (1 extractors, 1 predicates, 0 vocabulary entries, 0 entities)
  $ ls $CONCORD_CACHE_DIR | grep -c rules-
  2
  $ sed -i 's/\\w+)'"'"'/\\w+'"'"'/' $T/pack/rules.yaml
  $ concord rules lint $T/pack 2>&1 | sed "s|$T|\$T|"
  concord: warning: $T/pack/rules.yaml:5:5: extractor 'pack.greeted' has no examples; add some so `concord rules test` can check it
  concord: error: $T/pack/rules.yaml:7:17: invalid pattern: missing )
  [2]

A damaged cache file is ignored (and rewritten); a cache folder that
cannot be written is no error; CONCORD_CACHE_DIR=none turns the cache off:

  $ for f in $CONCORD_CACHE_DIR/*; do head -c 100 $f > $T/cut && cp $T/cut $f; done
  $ concord check $T/one.md --format json | cmp - $T/cold.json && echo same
  concord: note: the document has no publication date, so relative dates ("on Monday") are not resolved; give dates with front matter, sources.yaml or --date PATH=YYYY-MM-DD
  same
  $ CONCORD_CACHE_DIR=$T/one.md/cache concord check $T/one.md --format json | cmp - $T/cold.json && echo same
  concord: note: the document has no publication date, so relative dates ("on Monday") are not resolved; give dates with front matter, sources.yaml or --date PATH=YYYY-MM-DD
  same
  $ rm -r $CONCORD_CACHE_DIR/* && CONCORD_CACHE_DIR=none concord check $T/one.md --format json | cmp - $T/cold.json && echo same
  concord: note: the document has no publication date, so relative dates ("on Monday") are not resolved; give dates with front matter, sources.yaml or --date PATH=YYYY-MM-DD
  same
  $ ls $CONCORD_CACHE_DIR
