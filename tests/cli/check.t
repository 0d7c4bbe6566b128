`concord check` on the bundled corpus (the quick start):

  $ concord check fixtures/newsroom
  fixtures/newsroom/herald-port-deal.txt:21:26: warning: length of rail link between the port and the border town of Eskby: 40-kilometre (fixtures/newsroom/herald-port-deal.txt:21:26), but 45-kilometre (fixtures/newsroom/wire-archive.jsonl:4:237) [value-conflict]
        | The agreement includes a 40-kilometre rail link between the port and the border town of Eskby.
        |                          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = 40-kilometre (asserted, core.length)
    fixtures/newsroom/wire-archive.jsonl:4:237: source
        | … project includes a 45-kilometre rail link between the port and Eskby, Trade Minister Oskar Vale tol…
        |                      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = 45-kilometre (reported, said by Trade Minister Oskar Vale, core.length)
  
  0 errors, 1 warning, 0 notes in 6 documents (4.1 KB)

JSON output lists every document with its date and where the date came from:

  $ concord check fixtures/newsroom --format json -o $T/report.json && python3 -c "import json; r=json.load(open('$T/report.json')); print(r['schema']); [print(d['path'], d['date'], d['date_source']) for d in r['documents']]"
  concord/findings/v1
  fixtures/newsroom/coastal-times.html 2025-03-07 inferred
  fixtures/newsroom/herald-port-deal.txt 2025-03-06 manifest
  fixtures/newsroom/wire-archive.jsonl 2025-03-01 jsonl
  fixtures/newsroom/wire-archive.jsonl 2025-03-05 jsonl
  fixtures/newsroom/wire-archive.jsonl 2024-09-12 jsonl
  fixtures/newsroom/wire-archive.jsonl 2025-03-07 jsonl

A draft checked against the archive, as an editor's CI runs it: each error
cites the draft's line and the source that disagrees, and the exit code is 1.

  $ concord check fixtures/drafts/lindqvist-week.md --against fixtures/newsroom
  fixtures/drafts/lindqvist-week.md:7:1: error: arrival date of Mara Lindqvist in Halvik: Wednesday, March 5, 2025 here, but the archive says Tuesday, March 4, 2025 (fixtures/newsroom/herald-port-deal.txt:11:10) [value-conflict]
        | Estorian Foreign Minister Mara Lindqvist arrived in Halvik on Wednesday, March 5, 2025 , for a three…
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = Wednesday, March 5, 2025 (asserted, core.arrived)
    fixtures/newsroom/herald-port-deal.txt:11:10: source
        | HALVIK — Estorian Foreign Minister Mara Lindqvist arrived in Halvik on Tuesday, March 4, 2025, for a…
        |          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = Tuesday, March 4, 2025 (asserted, core.arrived)
  
  fixtures/drafts/lindqvist-week.md:13:1: error: age of Tomas Brandt: 61 on 2025-03-08 here, but the archive says 58 on 2025-03-06 (fixtures/newsroom/herald-port-deal.txt:17:1) [age]
        | Brandt, 61, said the port would handle 24 million tonnes a year once the work is done.
        | ^~~~~~~~~~
        = 61 on 2025-03-08 (asserted, core.age)
    fixtures/newsroom/herald-port-deal.txt:17:1: source
        | Brandt, 58, said the deal would double the port's capacity to 24 million tonnes a year.
        | ^~~~~~~~~~
        = 58 on 2025-03-06 (asserted, core.age)
    note: 61 on 2025-03-08 born 1963-03-09 to 1964-03-08; 58 on 2025-03-06 born 1966-03-07 to 1967-03-06
  
  fixtures/drafts/lindqvist-week.md:18:1: error: whether Oskar Vale accompanied Mara Lindqvist: no here, but the archive says yes (fixtures/newsroom/coastal-times.html:26:8; fixtures/newsroom/herald-port-deal.txt:19:1) [negation]
        | Lindqvist was not accompanied by Trade Minister Oskar Vale.
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = no (negated, core.accompanied)
    fixtures/newsroom/coastal-times.html:26:8: source
        | Trade Minister Oskar Vale, who travelled with Lindqvist, is likely to visit Halvik again in May.
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = yes (asserted, core.accompanied)
    fixtures/newsroom/herald-port-deal.txt:19:1: source
        | Lindqvist was accompanied by Trade Minister Oskar Vale, who is expected to return to Halvik in May t…
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = yes (asserted, core.accompanied)
  
  fixtures/drafts/lindqvist-week.md:16:21: warning: length of rail link to Eskby: 40-kilometre here, but the archive says 45-kilometre (fixtures/newsroom/wire-archive.jsonl:4:237) [value-conflict]
        | The deal includes a 40-kilometre rail link to Eskby.
        |                     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = 40-kilometre (asserted, core.length)
    fixtures/newsroom/wire-archive.jsonl:4:237: source
        | … project includes a 45-kilometre rail link between the port and Eskby, Trade Minister Oskar Vale tol…
        |                      ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = 45-kilometre (reported, said by Trade Minister Oskar Vale, core.length)
  
  3 errors, 1 warning, 0 notes in 7 documents (1 draft checked against the rest) (4.7 KB)
  [1]

A consistent draft, and one with only hedged claims, pass:

  $ concord check fixtures/drafts/lindqvist-consistent.md --against fixtures/newsroom
  0 errors, 0 warnings, 0 notes in 7 documents (1 draft checked against the rest) (4.4 KB)

--fail-on sets the bar for exit code 1:

  $ concord check fixtures/newsroom --fail-on warning > /dev/null
  [1]
  $ concord check fixtures/drafts/lindqvist-week.md --against fixtures/newsroom --fail-on never > /dev/null

Names are one person across house styles: case and accents are folded in
every script (utf8proc), so a draft that drops the diacritics of a
Vietnamese name still meets the archive's spelling:

  $ printf -- '---\ndate: 2025-03-03\n---\nNguyễn Văn Thành, 52, has run Vinacapital since 2010.\n' > $T/vn-archive.md
  $ printf -- '---\ndate: 2025-03-04\n---\nNguyen Van Thanh, 57, has run Vinacapital since 2010.\n' > $T/vn-draft.md
  $ cd $T && concord check vn-draft.md --against vn-archive.md
  vn-draft.md:4:1: error: age of Nguyen Van Thanh: 57 on 2025-03-04 here, but the archive says 52 on 2025-03-03 (vn-archive.md:4:1) [age]
        | Nguyen Van Thanh, 57, has run Vinacapital since 2010.
        | ^~~~~~~~~~~~~~~~~~~~
        = 57 on 2025-03-04 (asserted, core.age)
    vn-archive.md:4:1: source
        | Nguyễn Văn Thành, 52, has run Vinacapital since 2010.
        | ^~~~~~~~~~~~~~~~~~~~
        = 52 on 2025-03-03 (asserted, core.age)
    note: 57 on 2025-03-04 born 1967-03-05 to 1968-03-04; 52 on 2025-03-03 born 1972-03-04 to 1973-03-03
  
  1 error, 0 warnings, 0 notes in 2 documents (1 draft checked against the rest) (0.2 KB)
  [1]

The index stores names under the same folded keys, so `--db` finds what
`--against` finds:

  $ cd $T && concord index vn-archive.md --db vn.db -q && concord check vn-draft.md --db vn.db -q > db.txt; concord check vn-draft.md --against vn-archive.md > against.txt; diff against.txt db.txt && grep -c "error: age of Nguyen Van Thanh" db.txt
  1
