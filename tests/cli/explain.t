`concord explain` shows what concord reads in each document, and what it skips and why.

  $ concord explain fixtures/newsroom
  fixtures/newsroom/coastal-times.html
    format:  html
    date:    2025-03-07 (inferred, article:published_time "2025-03-07T08:30:00Z" in the page's markup)
    title:   Lindqvist ends Varland visit with port pledge | Coastal Times
    outlet:  Coastal Times
    not read (3):
      13:37-13:111  furniture  <nav class="site-nav">  "Home World Business"
      28:26-35:11   furniture  <aside class="related">  "Related stories Varland election date set Estori…"
      36:11-36:45   furniture  <footer>                "© 2025 Coastal Times"
    sentences (7), claims (8):
      16:11    Lindqvist ends Varland visit with port pledge
      17:25    By Ines Carr
      19:8     Estoria’s foreign minister, Mara Lindqvist, returned home on Thursday, March 6, after a three-day visit to Varland.
               claim trip-length  [core.trip-length]  asserted
                 subject:     Mara Lindqvist               "Mara Lindqvist", name
                 value:       3 day                        "three-day"
                 place:       Varland                      "Varland", name
                 matched 19:42-19:128  "Mara Lindqvist, returned home on Thursday, March 6, after a three-day visit to Varland"
               claim trip-end  [core.trip-ended]  asserted
                 subject:     Mara Lindqvist               "Mara Lindqvist", name
                 time:        2025-03-06                   "Thursday, March 6"
                 matched 19:42-19:92  "Mara Lindqvist, returned home on Thursday, March 6"
               mentions: DATE "Thursday, March 6" = 2025-03-06; NUMBER "three" = 3
      20:8     During the visit Lindqvist held talks with Prime Minister Tomas Brandt in Halvik on March 5.
               claim meet  [core.met]  asserted
                 subject:     Mara Lindqvist               "Lindqvist", coreference
                 object:      Tomas Brandt                 "Prime Minister Tomas Brandt", name
                 time:        2025-03-05                   "March 5"
                 place:       Halvik                       "Halvik", name
                 matched 20:25-20:99  "Lindqvist held talks with Prime Minister Tomas Brandt in Halvik on March 5"
               claim holds-title  [core.title-before-name]  asserted
                 subject:     Tomas Brandt                 "Tomas Brandt", name
                 title:       prime minister               "Prime Minister"
                 matched 20:51-20:78  "Prime Minister Tomas Brandt"
               mentions: DATE "March 5" = 2025-03-05
      21:8     The two sides agreed on a port expansion worth $2.4 billion & a new rail link.
               claim amount  [core.amount-worth]  asserted
                 subject:     agreed expansion port side two "The two sides agreed on a port expansion"
                 value:       2400000000 USD               "$2.4 billion"
                 matched 21:8-21:67  "The two sides agreed on a port expansion worth $2.4 billion"
               mentions: NUMBER "two" = 2; MONEY "$2.4 billion" = 2400000000 USD
      24:19    Cranes at the port of Halvik, which handled 12 million tonnes last year.
               mentions: QUANTITY "12 million tonnes" = 12000000 t; DATE "last year" = 2024
      26:8     Trade Minister Oskar Vale, who travelled with Lindqvist, is likely to visit Halvik again in May.
               claim visit  [core.visited]  hedged ("likely"), one more time ("again"): compared with no other time
                 subject:     Oskar Vale                   "Trade Minister Oskar Vale", name
                 place:       Halvik                       "Halvik", name
                 time:        2025-05                      "May"
                 matched 26:8-26:103  "Trade Minister Oskar Vale, who travelled with Lindqvist, is likely to visit Halvik again i…"
               claim accompany  [core.accompanied]  asserted
                 subject:     Oskar Vale                   "Trade Minister Oskar Vale", name
                 object:      Mara Lindqvist               "Lindqvist", coreference
                 matched 26:8-26:63  "Trade Minister Oskar Vale, who travelled with Lindqvist"
               claim holds-title  [core.title-before-name]  asserted
                 subject:     Oskar Vale                   "Oskar Vale", name
                 title:       trade minister               "Trade Minister"
                 matched 26:8-26:33  "Trade Minister Oskar Vale"
               mentions: DATE "May" = 2025-05
  
  fixtures/newsroom/herald-port-deal.txt
    format:  text
    date:    2025-03-06 (manifest, sources.yaml line 3: printed under the headline)
    outlet:  The Halvik Herald
    not read (4):
      1:1-9:25      furniture  7 list-like lines       "Skip to content Home World Business Opinion Esto…"
      15:1-15:161   duplicate  repeats line 13         "Lindqvist met Varland's Prime Minister Tomas Bra…"
      23:1-27:33    furniture  5 list-like lines       "Most read Storm closes northern ferry routes Hal…"
      29:1-29:47    furniture  copyright line          "© 2025 The Halvik Herald. All rights reserved."
    sentences (6), claims (9):
      11:1     HALVIK — Estorian Foreign Minister Mara Lindqvist arrived in Halvik on Tuesday, March 4, 2025, for a three-day visit, the first by an Estorian foreign minister in a decade.
               claim trip-length  [core.trip-length]  asserted
                 subject:     Mara Lindqvist               "Estorian Foreign Minister Mara Lindqvist", name
                 value:       3 day                        "three-day"
                 matched 11:10-11:117  "Estorian Foreign Minister Mara Lindqvist arrived in Halvik on Tuesday, March 4, 2025, for …"
               claim arrive  [core.arrived]  asserted
                 subject:     Mara Lindqvist               "Estorian Foreign Minister Mara Lindqvist", name
                 place:       Halvik                       "Halvik", name
                 time:        2025-03-04                   "Tuesday, March 4, 2025"
                 matched 11:10-11:94  "Estorian Foreign Minister Mara Lindqvist arrived in Halvik on Tuesday, March 4, 2025"
               claim holds-title  [core.title-before-name]  asserted
                 subject:     Mara Lindqvist               "Mara Lindqvist", name
                 title:       foreign minister of Estorian "Estorian Foreign Minister"
                 matched 11:10-11:50  "Estorian Foreign Minister Mara Lindqvist"
               mentions: DATE "Tuesday, March 4, 2025" = 2025-03-04; NUMBER "three" = 3; ORDINAL "first" = 1
      13:1     Lindqvist met Varland's Prime Minister Tomas Brandt on Wednesday, March 5, and the two governments signed a $2.4 billion agreement to expand the port of Halvik.
               claim meet  [core.met]  asserted
                 subject:     Mara Lindqvist               "Lindqvist", coreference
                 object:      Tomas Brandt                 "Varland's Prime Minister Tomas Brandt", name
                 time:        2025-03-05                   "Wednesday, March 5"
                 matched 13:1-13:74  "Lindqvist met Varland's Prime Minister Tomas Brandt on Wednesday, March 5"
               claim holds-title  [core.title-before-name]  asserted
                 subject:     Tomas Brandt                 "Tomas Brandt", name
                 title:       prime minister of Varland    "Varland's Prime Minister"
                 matched 13:15-13:52  "Varland's Prime Minister Tomas Brandt"
               mentions: DATE "Wednesday, March 5" = 2025-03-05; NUMBER "two" = 2; MONEY "$2.4 billion" = 2400000000 USD
      17:1     Brandt, 58, said the deal would double the port's capacity to 24 million tonnes a year.
               claim age  [core.age]  asserted
                 subject:     Tomas Brandt                 "Brandt", coreference
                 value:       58                           "58"
                 matched 17:1-17:11  "Brandt, 58"
               mentions: NUMBER "58" = 58; QUANTITY "24 million tonnes" = 24000000 t
      17:89    The port handled 12 million tonnes last year.
               mentions: QUANTITY "12 million tonnes" = 12000000 t; DATE "last year" = 2024
      19:1     Lindqvist was accompanied by Trade Minister Oskar Vale, who is expected to return to Halvik in May to review the project.
               claim accompany  [core.accompanied]  asserted
                 subject:     Oskar Vale                   "Trade Minister Oskar Vale", name
                 object:      Mara Lindqvist               "Lindqvist", coreference
                 matched 19:1-19:55  "Lindqvist was accompanied by Trade Minister Oskar Vale"
               claim holds-title  [core.title-before-name]  asserted
                 subject:     Oskar Vale                   "Oskar Vale", name
                 title:       trade minister               "Trade Minister"
                 matched 19:30-19:55  "Trade Minister Oskar Vale"
               mentions: DATE "May" = 2025-05
      21:1     The agreement includes a 40-kilometre rail link between the port and the border town of Eskby.
               claim length  [core.length]  asserted
                 subject:     border eskby link port rail town "rail link between the port and the border town of Eskby"
                 value:       40 km                        "40-kilometre"
                 matched 21:26-21:94  "40-kilometre rail link between the port and the border town of Eskby"
               mentions: QUANTITY "40-kilometre" = 40 km
  
  fixtures/newsroom/wire-archive.jsonl#wire-0301
    format:  jsonl
    date:    2025-03-01 (jsonl, "date" at line 1)
    title:   Estorian minister to visit Varland
    outlet:  Nordwire
    sentences (2), claims (4):
      1:121    Estorian Foreign Minister Mara Lindqvist is expected to travel to Varland next week, officials said on Saturday.
               claim visit  [core.visited]  hedged ("expected"), credited to officials
                 subject:     Mara Lindqvist               "Estorian Foreign Minister Mara Lindqvist", name
                 place:       Varland                      "Varland", name
                 time:        2025-W10                     "next week"
                 matched 1:121-1:204  "Estorian Foreign Minister Mara Lindqvist is expected to travel to Varland next week"
               claim holds-title  [core.title-before-name]  asserted, credited to officials
                 subject:     Mara Lindqvist               "Mara Lindqvist", name
                 title:       foreign minister of Estorian "Estorian Foreign Minister"
                 matched 1:121-1:161  "Estorian Foreign Minister Mara Lindqvist"
               mentions: DATE "next week" = 2025-W10; DATE "Saturday" = 2025-03-01
      1:235    She is likely to meet Prime Minister Tomas Brandt in Halvik.
               claim meet  [core.met]  hedged ("likely")
                 subject:     Mara Lindqvist               "She", pronoun
                 object:      Tomas Brandt                 "Prime Minister Tomas Brandt", name
                 place:       Halvik                       "Halvik", name
                 matched 1:235-1:294  "She is likely to meet Prime Minister Tomas Brandt in Halvik"
               claim holds-title  [core.title-before-name]  hedged ("likely")
                 subject:     Tomas Brandt                 "Tomas Brandt", name
                 title:       prime minister               "Prime Minister"
                 matched 1:257-1:284  "Prime Minister Tomas Brandt"
  
  fixtures/newsroom/wire-archive.jsonl#wire-0305
    format:  jsonl
    date:    2025-03-05 (jsonl, "date" at line 2)
    title:   Estoria, Varland agree port expansion
    outlet:  Nordwire
    sentences (2), claims (2):
      2:124    Estoria and Varland on Wednesday agreed a $ 2.4 billion expansion of the port of Halvik.
               mentions: DATE "Wednesday" = 2025-03-05; MONEY "$ 2.4 billion" = 2400000000 USD
      2:219    Foreign Minister Mara Lindqvist and Prime Minister Tomas Brandt signed the agreement in Halvik.
               claim holds-title  [core.title-before-name]  asserted
                 subject:     Mara Lindqvist               "Mara Lindqvist", name
                 title:       foreign minister             "Foreign Minister"
                 matched 2:219-2:250  "Foreign Minister Mara Lindqvist"
               claim holds-title  [core.title-before-name]  asserted
                 subject:     Tomas Brandt                 "Tomas Brandt", name
                 title:       prime minister               "Prime Minister"
                 matched 2:255-2:282  "Prime Minister Tomas Brandt"
  
  fixtures/newsroom/wire-archive.jsonl#wire-0912
    format:  jsonl
    date:    2024-09-12 (jsonl, "date" at line 3)
    title:   Lindqvist wins chess title
    outlet:  Nordwire
    sentences (2), claims (1):
      3:113    Anna Lindqvist, 19, won the Estorian chess championship in Porvik on Thursday.
               claim age  [core.age]  asserted
                 subject:     Anna Lindqvist               "Anna Lindqvist", name
                 value:       19                           "19"
                 matched 3:113-3:131  "Anna Lindqvist, 19"
               mentions: NUMBER "19" = 19; DATE "Thursday" = 2024-09-12
      3:193    Lindqvist beat the defending champion in the final round.
  
  fixtures/newsroom/wire-archive.jsonl#wire-0307
    format:  jsonl
    date:    2025-03-07 (jsonl, "date" at line 4)
    title:   Varland to start port works in June
    outlet:  Nordwire
    sentences (2), claims (4):
      4:122    Work on the port of Halvik will start in June, Prime Minister Tomás Brandt said on Friday.
               claim holds-title  [core.title-before-name]  planned ("will")
                 subject:     Tomás Brandt                 "Tomás Brandt", name
                 title:       prime minister               "Prime Minister"
                 matched 4:169-4:196  "Prime Minister Tomás Brandt"
               mentions: DATE "June" = 2025-06; DATE "Friday" = 2025-03-07
      4:214    The project includes a 45-kilometre rail link between the port and Eskby, Trade Minister Oskar Vale told reporters.
               claim length  [core.length]  reported ("said"), said by Trade Minister Oskar Vale
                 subject:     eskby link port rail         "rail link between the port and Eskby"
                 value:       45 km                        "45-kilometre"
                 matched 4:237-4:286  "45-kilometre rail link between the port and Eskby"
               claim holds-title  [core.title-after-name]  asserted
                 subject:     Eskby                        "Eskby", unresolved
                 title:       trade minister               "Trade Minister"
                 matched 4:281-4:302  "Eskby, Trade Minister"
               claim holds-title  [core.title-before-name]  asserted
                 subject:     Oskar Vale                   "Oskar Vale", name
                 title:       trade minister               "Trade Minister"
                 matched 4:288-4:313  "Trade Minister Oskar Vale"
               mentions: QUANTITY "45-kilometre" = 45 km

The same as JSON, for tools:

  $ concord explain fixtures/newsroom/coastal-times.html --format json | python3 -c "import json,sys; d=json.load(sys.stdin)['documents'][0]; print(d['date'], d['date_source']); print([e['reason'] for e in d['excluded']]); print(d['sentences'][2])"
  2025-03-07 inferred
  ['furniture', 'furniture', 'furniture']
  {'line': 19, 'column': 8, 'end_line': 19, 'end_column': 129, 'byte_begin': 793, 'byte_end': 914, 'quote': 'Estoria’s foreign minister, Mara Lindqvist, returned home on Thursday, March 6, after a three-day visit to Varland.'}

With `--against`, explain checks the draft as `concord check` does and shows,
under each claim, every archive claim of the same fact or subject and what
the checks made of the pair: a finding (by fingerprint), agreement, or why
the two were not compared.

  $ concord explain fixtures/drafts/trust-repeats.md --against fixtures/newsroom 2>/dev/null | grep -A1 "^               against"
                 against fixtures/newsroom/herald-port-deal.txt:11:10  "Estorian Foreign Minister Mara Lindqvist arrived in Halvik on Tuesday,…"
                   not compared: a cue says it happened once more: "second"
  --
                 against fixtures/newsroom/herald-port-deal.txt:11:10  "Estorian Foreign Minister Mara Lindqvist"
                   agrees on title (Estorian Foreign Minister)
                 against fixtures/newsroom/wire-archive.jsonl:1:121  "Estorian Foreign Minister Mara Lindqvist"
                   agrees on title (Estorian Foreign Minister)
                 against fixtures/newsroom/wire-archive.jsonl:2:219  "Foreign Minister Mara Lindqvist"
                   agrees on title (Estorian Foreign Minister)
  --
                 against fixtures/newsroom/coastal-times.html:20:25  "Lindqvist held talks with Prime Minister Tomas Brandt in Halvik on Mar…"
                   not compared: a cue says it happened once more: "again"
                 against fixtures/newsroom/herald-port-deal.txt:13:1  "Lindqvist met Varland's Prime Minister Tomas Brandt on Wednesday, Marc…"
                   not compared: a cue says it happened once more: "again"
                 against fixtures/newsroom/wire-archive.jsonl:1:235  "She is likely to meet Prime Minister Tomas Brandt in Halvik"
                   not compared: fixtures/newsroom/wire-archive.jsonl:1 is hedged: a hedge or a plan is never reported
  --
                 against fixtures/newsroom/coastal-times.html:20:51  "Prime Minister Tomas Brandt"
                   agrees on title (Prime Minister)
                 against fixtures/newsroom/herald-port-deal.txt:13:15  "Varland's Prime Minister Tomas Brandt"
                   agrees on title (Prime Minister)
                 against fixtures/newsroom/wire-archive.jsonl:1:257  "Prime Minister Tomas Brandt"
                   not compared: fixtures/newsroom/wire-archive.jsonl:1 is hedged: a hedge or a plan is never reported
                 against fixtures/newsroom/wire-archive.jsonl:2:255  "Prime Minister Tomas Brandt"
                   agrees on title (Prime Minister)
                 against fixtures/newsroom/wire-archive.jsonl:4:169  "Prime Minister Tomás Brandt"
                   not compared: fixtures/newsroom/wire-archive.jsonl:4 is planned: a hedge or a plan is never reported
  --
                 against fixtures/newsroom/herald-port-deal.txt:11:10  "Estorian Foreign Minister Mara Lindqvist arrived in Halvik on Tuesday,…"
                   differs: finding 3ecb064a92e2ddeb (value-conflict, error)

`--finding` explains one finding: its message and sides, then only the
claims it cites, with what each was compared with. A fingerprint comes from
a JSON, SARIF or HTML report or a baseline; its first six characters do.

  $ concord check fixtures/drafts/trust-repeats.md --against fixtures/newsroom -f json -o $T/r.json 2>/dev/null
  [1]
  $ fp=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["findings"][0]["fingerprint"])' < $T/r.json) &&
  > concord explain fixtures/drafts/trust-repeats.md --against fixtures/newsroom --finding "${fp:0:8}" 2>/dev/null
  finding 3ecb064a92e2ddeb (value-conflict, error)
    arrival date of Mara Lindqvist in Halvik: Thursday, March 6, 2025 here, but the archive says Tuesday, March 4, 2025 (fixtures/newsroom/herald-port-deal.txt:11:10)
    draft:  fixtures/drafts/trust-repeats.md:12:21  "Lindqvist arrived in Halvik on Thursday, March 6, 2025"
    source: fixtures/newsroom/herald-port-deal.txt:11:10  "Estorian Foreign Minister Mara Lindqvist arrived in Halvik on Tuesday, March 4, 2025"
  
  fixtures/drafts/trust-repeats.md
    format:  markdown
    date:    2025-03-18 (front-matter, line 3)
    title:   Lindqvist back in Varland
    not read (1):
      1:1-4:4       markup     front matter            ""
    sentences (4), claims (1):
      12:1     On her first visit, Lindqvist arrived in Halvik on Thursday, March 6, 2025.
               claim arrive  [core.arrived]  asserted
                 subject:     Mara Lindqvist               "Lindqvist", coreference
                 place:       Halvik                       "Halvik", name
                 time:        2025-03-06                   "Thursday, March 6, 2025"
                 matched 12:21-12:75  "Lindqvist arrived in Halvik on Thursday, March 6, 2025"
                 against fixtures/newsroom/herald-port-deal.txt:11:10  "Estorian Foreign Minister Mara Lindqvist arrived in Halvik on Tuesday,…"
                   differs: finding 3ecb064a92e2ddeb (value-conflict, error)

A fingerprint no finding has is an error that says where fingerprints come from.

  $ concord explain fixtures/drafts/trust-repeats.md --against fixtures/newsroom --finding 0123456789 2>&1 | grep error
  concord: error: --finding 0123456789: no finding of this check has that fingerprint (1 finding); fingerprints are in the JSON, SARIF and HTML reports and in baselines, and depend on the same PATHs, --against and rules
  [2]

A draft claim the archive says nothing about names whom the archive's claims
of that kind are about, so a link concord did not make can be seen.

  $ printf -- '---\ndate: 2025-03-20\n---\nTomas Brandt arrived in Porvik on Monday, March 17.\n' > $T/brandt.md
  $ concord explain $T/brandt.md --against fixtures/newsroom 2>/dev/null | grep -B5 "against:"
               claim arrive  [core.arrived]  asserted
                 subject:     Tomas Brandt                 "Tomas Brandt", name
                 place:       Porvik                       "Porvik", name
                 time:        2025-03-17                   "Monday, March 17"
                 matched 4:1-4:51  "Tomas Brandt arrived in Porvik on Monday, March 17"
                 against: no claim of this kind about this fact or subject in the archive; its claims of this kind are about Mara Lindqvist (1)
