What CI needs: a baseline, inline suppression, diff-aware checks.

A team adopting concord on an archive with contradictions records them,
and from then on sees only new ones:

  $ concord baseline write $T/baseline.json fixtures/newsroom 2>&1 | sed "s|$T|\$T|g"
  concord: wrote 1 finding to $T/baseline.json; check with --baseline $T/baseline.json to see only new ones
  $ concord check fixtures/newsroom --baseline $T/baseline.json
  fixtures/newsroom/herald-port-deal.txt:21:26: suppressed (baseline): length of rail link between the port and the border town of Eskby: 40-kilometre (fixtures/newsroom/herald-port-deal.txt:21:26), but 45-kilometre (fixtures/newsroom/wire-archive.jsonl:4:237) [value-conflict]
  
  0 errors, 0 warnings, 0 notes in 6 documents; 1 suppressed (4.1 KB)
  $ concord check fixtures/newsroom --baseline $T/missing.json 2>&1 | sed "s|$T|\$T|g"
  concord: error: $T/missing.json: cannot read the baseline; write one with `concord baseline write $T/missing.json`
  [2]

An editor marks one claim as checked with a comment on the line before; the
finding is listed as suppressed, never dropped silently. A typo in the check
name is a warning:

  $ sed 's/^Brandt, 61/<!-- concord-ignore: age the desk confirmed 61 -->\nBrandt, 61/; s/^Lindqvist was not/<!-- concord-ignore: negaton -->\nLindqvist was not/' fixtures/drafts/lindqvist-week.md > $T/draft.md
  $ concord check $T/draft.md --against fixtures/newsroom --format github 2>&1 | sed "s|$T|\$T|g"
  ::error file=$T/draft.md,line=7,col=1,endLine=7,endColumn=89,title=concord value-conflict::arrival date of Mara Lindqvist in Halvik: Wednesday, March 5, 2025 here, but the archive says Tuesday, March 4, 2025 (fixtures/newsroom/herald-port-deal.txt:11:10)
  ::error file=$T/draft.md,line=20,col=1,endLine=20,endColumn=59,title=concord negation::whether Oskar Vale accompanied Mara Lindqvist: no here, but the archive says yes (fixtures/newsroom/coastal-times.html:26:8; fixtures/newsroom/herald-port-deal.txt:19:1)
  ::warning file=$T/draft.md,line=17,col=21,endLine=17,endColumn=52,title=concord value-conflict::length of rail link to Eskby: 40-kilometre here, but the archive says 45-kilometre (fixtures/newsroom/wire-archive.jsonl:4:237)
  concord: 2 errors, 1 warning, 0 notes in 7 documents; 1 suppressed
  concord: warning: $T/draft.md:19:1: concord-ignore names 'negaton', which is not a check; use a check id such as value-conflict, or all
  [1]

Diff-aware: only findings on lines the change added or modified. A unified
diff from a file (or stdin):

  $ cp fixtures/drafts/lindqvist-week.md $T/week.orig && sed 's/Brandt, 61/Brandt, 62/' $T/week.orig > $T/week.md
  $ cd $T && diff -u week.orig week.md > change.diff; cd - > /dev/null
  $ cd $T && concord check week.md --against $OLDPWD/fixtures/newsroom --changed-lines change.diff --format github | sed "s|$OLDPWD/||"
  ::error file=week.md,line=13,col=1,endLine=13,endColumn=11,title=concord age::age of Tomas Brandt: 62 on 2025-03-08 here, but the archive says 58 on 2025-03-06 (fixtures/newsroom/herald-port-deal.txt:17:1)
  concord: 1 error, 0 warnings, 0 notes in 7 documents
  [1]

The same from git, against a commit:

  $ cd $T && git init -q repo && cp $OLDPWD/fixtures/drafts/lindqvist-week.md repo/draft.md && cd repo && git add draft.md && git -c user.email=ci@example.org -c user.name=ci commit -qm draft && sed -i 's/March 5, 2025\*\*/March 4, 2025**/' draft.md && echo 'Vale was not in Halvik.' >> draft.md
  $ cd $T/repo && concord check draft.md --against $OLDPWD/fixtures/newsroom --git-diff HEAD --format github | sed "s|$OLDPWD/||"
  ::error file=draft.md,line=7,col=65,endLine=7,endColumn=89,title=concord weekday::2025-03-04 is a Tuesday, not a Wednesday; check the weekday or the date
  concord: 1 error, 0 warnings, 0 notes in 7 documents
  [1]
  $ cd $T && concord check fixtures --git-diff HEAD 2>&1 | sed "s|$T|\$T|g"
  concord: error: --git-diff HEAD: `git rev-parse --show-toplevel 2>/dev/null` failed; is this a git repository, and does the ref exist?
  [2]
