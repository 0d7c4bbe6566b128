No silent pass (issue 16): every input concord is given and does not read,
or reads only in part, is a warning on stderr that names it and says what
to do, is listed in the report, and is counted in the summary line.
`--strict` (for CI) makes such a run exit 2, after writing the report.

An archive with a story, a folder its reader cannot open, a link to a file
that is gone and a named pipe where a story should be. Root reads any
folder, so as root the command runs without the capabilities that let it
(setpriv); anyone else simply cannot open the folder:

  $ mkdir -p $T/archive/locked && cp fixtures/newsroom/herald-port-deal.txt $T/archive/ && echo 'Lindqvist left Halvik on Friday.' > $T/archive/locked/later.txt && chmod 000 $T/archive/locked
  $ ln -s gone.txt $T/archive/moved.txt && mkfifo $T/archive/wire.txt
  $ U=$([ "$(id -u)" = 0 ] && echo setpriv --bounding-set=-dac_override,-dac_read_search); $U concord check $T/archive 2>&1 | sed "s|$T|\$T|g"
  $T/archive/locked: not read: cannot open this folder (Permission denied), so nothing in it is read; make it readable by this user, or move it out of the archive
  $T/archive/moved.txt: not read: a link to 'gone.txt', which does not exist; fix the link or remove it
  $T/archive/wire.txt: not read: a named pipe, not a file; put the story in a regular file
  
  0 errors, 0 warnings, 0 notes in 1 document (1.2 KB); 3 inputs not read
  concord: warning: $T/archive/locked: cannot open this folder (Permission denied), so nothing in it is read; make it readable by this user, or move it out of the archive
  concord: warning: $T/archive/moved.txt: a link to 'gone.txt', which does not exist; fix the link or remove it
  concord: warning: $T/archive/wire.txt: a named pipe, not a file; put the story in a regular file

The report is written, and the exit code stays 0; with --strict it is 2:

  $ U=$([ "$(id -u)" = 0 ] && echo setpriv --bounding-set=-dac_override,-dac_read_search); $U concord check $T/archive --strict -o $T/report.txt 2>&1 | sed "s|$T|\$T|g"
  concord: warning: $T/archive/locked: cannot open this folder (Permission denied), so nothing in it is read; make it readable by this user, or move it out of the archive
  concord: warning: $T/archive/moved.txt: a link to 'gone.txt', which does not exist; fix the link or remove it
  concord: warning: $T/archive/wire.txt: a named pipe, not a file; put the story in a regular file
  concord: error: --strict: 3 inputs not read; the report lists them
  [2]
  $ tail -1 $T/report.txt
  0 errors, 0 warnings, 0 notes in 1 document (1.2 KB); 3 inputs not read

A link named on the command line that leads nowhere is an input error, as a
missing file is, and is counted too:

  $ ln -s nowhere.md $T/draft.md
  $ concord check $T/draft.md fixtures/newsroom/herald-port-deal.txt 2>&1 | sed "s|$T|\$T|g"
  $T/draft.md: not read: a link to 'nowhere.md', which does not exist; fix the link or name the file itself
  
  0 errors, 0 warnings, 0 notes in 1 document (1.2 KB); 1 input not read
  concord: error: $T/draft.md: a link to 'nowhere.md', which does not exist; fix the link or name the file itself
  [2]

A link to a folder is followed, as a link to a file is (it was skipped
without a word); a folder reached twice, through a link to it or back up
the tree, is read once, under its own name:

  $ mkdir -p $T/linked/real $T/elsewhere && cp fixtures/newsroom/herald-port-deal.txt $T/linked/real/ && cp fixtures/newsroom/coastal-times.html $T/elsewhere/
  $ ln -s real $T/linked/alias && ln -s .. $T/linked/real/up && ln -s $T/elsewhere $T/linked/shared
  $ concord check $T/linked --format json 2>/dev/null | python3 -c "import json,sys; r=json.load(sys.stdin); print([d['path'].split('linked/')[1] for d in r['documents']], r['skipped'])"
  ['real/herald-port-deal.txt', 'shared/coastal-times.html'] []

A line of valid UTF-8 that starts with "É€" is read as written. It was taken
for double encoding and dropped, so this contradiction passed unseen:

  $ printf -- '---\ndate: 2025-03-08\n---\n\303\211\342\202\254 Estorian Foreign Minister Mara Lindqvist arrived in Halvik on Wednesday, March 5, 2025.\n' > $T/euro.md
  $ concord check $T/euro.md --against fixtures/newsroom --format github 2>&1 | sed "s|$T|\$T|g"
  ::error file=$T/euro.md,line=4,col=4,endLine=4,endColumn=90,title=concord value-conflict::arrival date of Mara Lindqvist in Halvik: Wednesday, March 5, 2025 here, but the archive says Tuesday, March 4, 2025 (fixtures/newsroom/herald-port-deal.txt:11:10)
  concord: 1 error, 0 warnings, 0 notes in 7 documents
  [1]

Other two-character runs that spell a rare character when read back as
UTF-8 are ordinary text too ("groß…", „Spaß“):

  $ printf 'Er war gro\303\237\342\200\246 Ein Spa\303\237\342\200\234 f\303\274r alle.\n' > $T/de.txt
  $ concord explain $T/de.txt 2>&1 | sed "s|$T|\$T|g"
  $T/de.txt
    format:  text
    date:    unknown (relative dates such as "on Monday" will not be resolved)
    sentences (2), claims (0):
      1:1      Er war groß…
      1:14     Ein Spaß“ für alle.

Text that really is double-encoded (UTF-8 read as Windows-1252 and saved
again) is still not read for claims, and now check says so: a warning with
the line, an annotation, and the count:

  $ printf -- '---\ndate: 2025-03-08\n---\nIt\303\242\342\202\254\342\204\242s said that Estorian Foreign Minister Mara Lindqvist arrived in Halvik on Wednesday, March 5, 2025.\n' > $T/mojibake.md
  $ concord check $T/mojibake.md --against fixtures/newsroom --format github 2>&1 | sed "s|$T|\$T|g"
  ::warning file=$T/mojibake.md,line=4,col=3,title=concord not-read::line not read: its text looks double-encoded ('â€™'); re-save the source as UTF-8
  concord: 0 errors, 0 warnings, 0 notes in 7 documents; 1 input read in part
  concord: warning: $T/mojibake.md:4:3: line not read: its text looks double-encoded ('â€™'); re-save the source as UTF-8
  $ concord check $T/mojibake.md --against fixtures/newsroom --strict > /dev/null 2>&1
  [2]

Every format carries them: JSON lists them under "skipped" and counts them
in the summary; SARIF has them as the invocation's
toolExecutionNotifications; GitLab as issues; Markdown and HTML list them.

  $ concord check $T/mojibake.md --against fixtures/newsroom --format json 2>/dev/null | python3 -c "import json,sys; r=json.load(sys.stdin); print(json.dumps(r['skipped'])); print(r['summary'])" | sed "s|$T|\$T|g"
  [{"path": "$T/mojibake.md", "line": 4, "column": 3, "severity": "warning", "status": "read-in-part", "message": "line not read: its text looks double-encoded ('\u00e2\u20ac\u2122'); re-save the source as UTF-8"}]
  {'documents': 7, 'errors': 0, 'warnings': 0, 'infos': 0, 'suppressed': 0, 'not_read': 0, 'read_in_part': 1}
  $ concord check $T/mojibake.md --against fixtures/newsroom --format sarif 2>/dev/null | python3 -c "import json,sys; i=json.load(sys.stdin)['runs'][0]['invocations'][0]; print(i['executionSuccessful'], json.dumps(i['toolExecutionNotifications']))" | sed "s|$T|\$T|g"
  True [{"level": "warning", "message": {"text": "line not read: its text looks double-encoded ('\u00e2\u20ac\u2122'); re-save the source as UTF-8"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "file://$T/mojibake.md"}, "region": {"startLine": 4, "startColumn": 3}}}], "descriptor": {"id": "not-read"}, "properties": {"status": "read-in-part"}}]
  $ concord check $T/mojibake.md --against fixtures/newsroom --format gitlab 2>/dev/null | python3 -c "import json,sys; print([(i['check_name'], i['severity'], i['location']['lines']['begin']) for i in json.load(sys.stdin)])"
  [('not-read', 'major', 4)]
  $ cd $T && concord check mojibake.md --against $OLDPWD/fixtures/newsroom --format markdown 2>/dev/null
  ## concord: 0 errors, 0 warnings, 0 notes
  
  7 documents checked; 1 input read in part.
  
  - ⚠️ `mojibake.md:4:3` read in part: line not read: its text looks double-encoded ('â€™'); re-save the source as UTF-8
  
  $ concord check $T/mojibake.md --against fixtures/newsroom --format html 2>/dev/null | grep -o '<section id="unread">.*' | sed "s|$T|\$T|g"
  <section id="unread">

The project file can ask for it in every run: `strict: true`.

  $ printf 'strict: true\n' > $T/project.yaml
  $ CONCORD_PROJECT=$T/project.yaml concord check $T/mojibake.md --against fixtures/newsroom -q 2>&1 | sed "s|$T|\$T|g"
  $T/mojibake.md:4:3: read in part: line not read: its text looks double-encoded ('â€™'); re-save the source as UTF-8
  
  0 errors, 0 warnings, 0 notes in 7 documents (1 draft checked against the rest) (4.2 KB); 1 input read in part
  concord: warning: $T/mojibake.md:4:3: line not read: its text looks double-encoded ('â€™'); re-save the source as UTF-8
  concord: error: strict: true in $T/project.yaml: 1 input read in part; the report lists them
  [2]
  $ printf 'strict: maybe\n' > $T/project.yaml
  $ CONCORD_PROJECT=$T/project.yaml concord check $T/mojibake.md 2>&1 | sed "s|$T|\$T|g"
  concord: error: $T/project.yaml:1:9: strict must be true or false
  [2]

`concord index` reads the same inputs: the same warnings, the count in its
summary, and --strict. The index remembers that its last run left inputs
unread, and `check --db` says so:

  $ U=$([ "$(id -u)" = 0 ] && echo setpriv --bounding-set=-dac_override,-dac_read_search); $U concord index $T/archive --db $T/archive.db --strict 2>&1 | sed "s|$T|\$T|g; s|; [0-9.]* s$|; N s|"
  concord: indexed 1 documents in $T/archive.db: 1 read and extracted, 0 unchanged (0 unchanged files not read), 0 vanished files removed; 9 claims extracted; 3 inputs not read; N s
  concord: warning: $T/archive/locked: cannot open this folder (Permission denied), so nothing in it is read; make it readable by this user, or move it out of the archive
  concord: warning: $T/archive/moved.txt: a link to 'gone.txt', which does not exist; fix the link or remove it
  concord: warning: $T/archive/wire.txt: a named pipe, not a file; put the story in a regular file
  concord: error: --strict: 3 inputs not read
  [2]

The story that was read is not read again; the warnings are repeated until
the inputs are fixed:

  $ U=$([ "$(id -u)" = 0 ] && echo setpriv --bounding-set=-dac_override,-dac_read_search); $U concord index $T/archive --db $T/archive.db 2>&1 | sed "s|$T|\$T|g; s|; [0-9.]* s$|; N s|"
  concord: indexed 1 documents in $T/archive.db: 0 read and extracted, 0 unchanged (1 unchanged files not read), 0 vanished files removed; 0 claims extracted; 3 inputs not read; N s
  concord: warning: $T/archive/locked: cannot open this folder (Permission denied), so nothing in it is read; make it readable by this user, or move it out of the archive
  concord: warning: $T/archive/moved.txt: a link to 'gone.txt', which does not exist; fix the link or remove it
  concord: warning: $T/archive/wire.txt: a named pipe, not a file; put the story in a regular file
  $ concord check $T/euro.md --db $T/archive.db -q --format github 2>&1 | sed "s|$T|\$T|g"
  ::warning file=$T/euro.md,line=4,col=4,endLine=4,endColumn=90,title=concord value-conflict::arrival date of Mara Lindqvist in Halvik: Wednesday, March 5, 2025 here, but the archive says Tuesday, March 4, 2025 ($T/archive/herald-port-deal.txt:11:10)
  ::warning file=$T/archive.db,title=concord not-read::the last concord index run could not read every input, so stories may be missing; run concord index --db $T/archive.db to see which
  concord: 0 errors, 1 warning, 0 notes in 2 documents; 1 input read in part
  concord: warning: $T/archive.db: the last concord index run could not read every input, so stories may be missing; run concord index --db $T/archive.db to see which
  $ concord check $T/euro.md --db $T/archive.db -q --strict > /dev/null 2>&1
  [2]

  $ chmod 755 $T/archive/locked
