Inputs shaped to make a scan quadratic are read in time linear in their size.
Each had a scan that restarted from the top (or ran to the end of the file)
once per character; `timeout` stands guard, far above the seconds each takes.

A 3 MB Markdown file of lines full of '<' with no '>' (the regression:
Markdown's inline blanking searched to the end of the file for each '<',
81 s):

  $ python3 -c "print(('<' * 200 + '\n') * 15000 + 'a<b ' * 20000 + '\n' + '[x ' * 50000)" > $T/angles.md
  $ timeout 30 concord check $T/angles.md -q 2>&1 | sed "s|$T|\$T|"
  0 errors, 0 warnings, 0 notes in 1 document (3168.9 KB)

Markdown that makes Debian 12's cmark-gfm (0.29.0.gfm.6, before the fixes
for CVE-2023-22483 and CVE-2023-22486) quadratic: raw HTML that never
closes, each opener rescanning the rest of its paragraph, and links after
unclosed image openers, each walking back over all of them (1 MB of
either: over a minute). concord reads them as text past a budget
(ingest/markdown_defuse.h):

  $ python3 -c "print('x' + '<?' * 1000000 + '\n\n' + 'y' + '<!A ' * 250000 + '\n\n' + 'z' + '<![CDATA[' * 100000)" > $T/html.md
  $ python3 -c "print('![[]()' * 500000)" > $T/images.md
  $ timeout 30 concord check $T/html.md $T/images.md -q 2>&1 | sed "s|$T|\$T|"
  0 errors, 0 warnings, 0 notes in 2 documents (6738.3 KB)

A 12 MB word (the regression: each sentence cut looked for a space back to
the start of the text, 24 s):

  $ python3 -c "print('Start here. ' + 'x' * 12000000 + ' end.')" > $T/word.txt
  $ timeout 15 concord check $T/word.txt -q 2>&1 | sed "s|$T|\$T|"
  0 errors, 0 warnings, 0 notes in 1 document (11718.8 KB)

A tag with 100,000 attributes (the regression: the HTML parser compares each
attribute with all the others, 17 s for 40,000); the page is read with its tags
stripped, and a note says why:

  $ python3 -c "print('<html><body><p ' + ' '.join(f'a{i}=\"v\"' for i in range(100000)) + '>Anna Berg, 51, left.</p></body></html>')" > $T/attrs.html
  $ timeout 30 concord explain $T/attrs.html | sed -n 4p
    note:    a tag with about 100000 attributes; read with tags stripped instead of the HTML parser

Two million tags that never close (the depth estimate looked for each one's
'>' to the end of the file):

  $ python3 -c "print('<p>Hi</p>' + '<a' * 2000000)" > $T/open.html
  $ timeout 30 concord check $T/open.html -q 2>&1 | sed "s|$T|\$T|"
  0 errors, 0 warnings, 0 notes in 1 document (3906.3 KB)

A beat archive (bench/gen_shapes.py, as bench/run's beat-archive line): 6,000
stories about the same eight people, whose ages and deal prices differ from
story to story (the regression: every pair of a person's ages was compared,
8,000 stories took 137 s and 2 GB). Each age now meets the ages farthest from
it, all 8 people are still reported with every age that disagrees, and a note
says not every pair was compared:

  $ python3 bench/gen_shapes.py beat 6000 $T/beat.jsonl
  $ timeout 40 concord check $T/beat.jsonl -q -f json -o $T/beat.json
  [1]
  $ python3 -c "
  > import json, sys
  > r = json.load(open(sys.argv[1]))
  > ages = [f for f in r['findings'] if f['check'] == 'age']
  > print(len(ages), 'people; sampling said:', all(any('not with every other' in n for n in f['notes']) for f in ages))
  > " $T/beat.json
  8 people; sampling said: True
