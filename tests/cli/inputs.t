Bad input gets a clear error naming the file; what can be read is still read.

A missing file is an error; the other path is still checked:

  $ concord check missing.txt fixtures/newsroom/herald-port-deal.txt
  missing.txt: not read: no such file or folder; check the path
  
  0 errors, 0 warnings, 0 notes in 1 document (1.2 KB); 1 input not read
  concord: error: missing.txt: no such file or folder; check the path
  [2]

An empty folder:

  $ mkdir -p $T/empty && concord check $T/empty 2>&1 | sed "s|$T|\$T|"
  0 errors, 0 warnings, 0 notes in 0 documents (0.0 KB)
  concord: error: $T/empty: no documents in this folder; concord reads .txt, .md, .html and .jsonl files
  [2]

A binary file is skipped with a warning that names it, listed in the report
and counted in its summary; a folder's other files are read:

  $ mkdir -p $T/mixed && printf 'PK\003\004\000\000' > $T/mixed/archive.txt && echo 'A story.' > $T/mixed/story.txt
  $ concord check $T/mixed 2>&1 | sed "s|$T|\$T|"
  $T/mixed/archive.txt: not read: skipped: it contains NUL bytes (first at byte 4); concord reads text, Markdown, HTML and JSONL files
  
  0 errors, 0 warnings, 0 notes in 1 document (0.0 KB); 1 input not read
  concord: warning: $T/mixed/archive.txt: skipped: it contains NUL bytes (first at byte 4); concord reads text, Markdown, HTML and JSONL files
  concord: note: the document has no publication date, so relative dates ("on Monday") are not resolved; give dates with front matter, sources.yaml or --date PATH=YYYY-MM-DD

Bad front matter names the line, and the body is still read:

  $ printf -- '---\ntitle: A draft\ndate: 2014-02-30\n---\nChoe arrived in Moscow.\n' > $T/bad.md
  $ concord explain $T/bad.md 2>&1 | sed "s|$T|\$T|"
  $T/bad.md
    format:  markdown
    date:    unknown (relative dates such as "on Monday" will not be resolved)
    title:   A draft
    not read (1):
      1:1-4:4       markup     front matter            ""
    sentences (1), claims (1):
      5:1      Choe arrived in Moscow.
               claim arrive  [core.arrived]  asserted
                 subject:     Choe                         "Choe", unresolved
                 place:       Moscow                       "Moscow", gazetteer
                 matched 5:1-5:23  "Choe arrived in Moscow"
  concord: error: $T/bad.md:3:7: front matter 'date' is not a date: '2014-02-30'; write it as YYYY-MM-DD, e.g. 2014-11-17
  [2]

A bad --date flag is a usage error:

  $ concord check fixtures/newsroom --date draft.md=yesterday
  concord: error: --date 'draft.md=yesterday': expected PATH=YYYY-MM-DD, e.g. --date draft.md=2014-11-18
  [2]

A JSONL archive with a broken line: the error names line and column, the other records are read
(the archive is read in part):

  $ printf '{"id": "a", "text": "One."}\n{"id": "b" "text": "Two."}\n{"id": "c", "text": "Three."}\n' > $T/a.jsonl
  $ concord check $T/a.jsonl 2>&1 | sed "s|$T|\$T|"
  $T/a.jsonl:2:12: read in part: expected ',' or '}' after a value; each line of a JSONL archive must be one JSON object such as {"id": "a1", "text": "..."}
  
  0 errors, 0 warnings, 0 notes in 2 documents (0.1 KB); 1 input read in part
  concord: error: $T/a.jsonl:2:12: expected ',' or '}' after a value; each line of a JSONL archive must be one JSON object such as {"id": "a1", "text": "..."}
  concord: note: 2 of 2 documents have no publication date, so relative dates ("on Monday") are not resolved; give dates with front matter, sources.yaml or --date PATH=YYYY-MM-DD
  [2]

A JSONL line holding a raw NUL byte is not JSON: an error naming the line,
exit 2, never a warning (the regression: such a line was skipped with exit 0):

  $ printf '{"id": "a", "text": "One."}\n{"id": "b", "text": "T\000wo."}\n{"id": "c", "text": "Three."}\n' > $T/nul.jsonl
  $ concord check $T/nul.jsonl -q 2>&1 | sed "s|$T|\$T|"
  $T/nul.jsonl:2: read in part: line not read: it contains NUL bytes (first at byte 22); JSON text must escape them (\u0000) or leave them out
  
  0 errors, 0 warnings, 0 notes in 2 documents (0.1 KB); 1 input read in part
  concord: error: $T/nul.jsonl:2: line not read: it contains NUL bytes (first at byte 22); JSON text must escape them (\u0000) or leave them out
  [2]

A JSONL archive saved as UTF-16 (with its byte-order mark) is read whole, every
line transcoded, and cited by line and character as in the file (the
regression: every line after the first was skipped):

  $ printf '{"id": "a", "text": "Anna Berg, 51, left on May 2, 2024."}\n{"id": "b", "text": "Anna Berg, 57, left on May 2, 2024."}\n' | iconv -f UTF-8 -t UTF-16 > $T/u16.jsonl
  $ concord check $T/u16.jsonl -q 2>&1 | sed "s|$T|\$T|g"
  $T/u16.jsonl:1:22: info: age of Anna Berg: 51 ($T/u16.jsonl:1:22), but 57 ($T/u16.jsonl:2:22) [age]
        | Anna Berg, 51, left on May 2, 2024.
        | ^~~~~~~~~~~~~
        = 51 (asserted, core.age)
    $T/u16.jsonl:2:22: source
        | Anna Berg, 57, left on May 2, 2024.
        | ^~~~~~~~~~~~~
        = 57 (asserted, core.age)
    note: neither story gives a date, so concord cannot tell whether the two ages are years apart: a note to check by hand, not an error; give dates with front matter, sources.yaml or --date
  
  0 errors, 0 warnings, 1 note in 2 documents (0.1 KB)

Text on stdin, named for citations with --stdin-filename:

  $ printf -- '---\ndate: 2014-11-18\n---\nChoe left on Monday.\n' | concord explain - --stdin-filename draft.md
  draft.md
    format:  markdown
    date:    2014-11-18 (front-matter, line 2)
    not read (1):
      1:1-3:4       markup     front matter            ""
    sentences (1), claims (0):
      4:1      Choe left on Monday.
               mentions: DATE "Monday" = 2014-11-17

Invalid UTF-8 is read as Windows-1252, with a note:

  $ printf 'Caf\351 owner met the minister on Monday.\n' > $T/latin.txt
  $ concord explain $T/latin.txt | sed "s|$T|\$T|"
  $T/latin.txt
    format:  text
    date:    unknown (relative dates such as "on Monday" will not be resolved)
    note:    not valid UTF-8: 1 byte read as Windows-1252 (first at line 1); save the file as UTF-8 to be sure
    sentences (1), claims (0):
      1:1      Café owner met the minister on Monday.
               mentions: DATE "Monday" = Monday (unresolved)

A 50 MB file on one line is read (and cut into bounded sentences):

  $ python3 -c "import sys; sys.stdout.write('word ' * 10_000_000)" > $T/huge.txt
  $ concord check $T/huge.txt
  0 errors, 0 warnings, 0 notes in 1 document (48828.1 KB)
  concord: note: the document has no publication date, so relative dates ("on Monday") are not resolved; give dates with front matter, sources.yaml or --date PATH=YYYY-MM-DD

Output to a folder that does not exist:

  $ concord check fixtures/newsroom -o /nonexistent/dir/report.json
  concord: error: /nonexistent/dir/report.json: cannot write: No such file or directory; check the folder exists and is writable
  [2]
