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
    sentences (7):
      16:11    Lindqvist ends Varland visit with port pledge
      17:25    By Ines Carr
      19:8     Estoria’s foreign minister, Mara Lindqvist, returned home on Thursday, March 6, after a three-day visit to Varland.
      20:8     During the visit Lindqvist held talks with Prime Minister Tomas Brandt in Halvik on March 5.
      21:8     The two sides agreed on a port expansion worth $2.4 billion & a new rail link.
      24:19    Cranes at the port of Halvik, which handled 12 million tonnes last year.
      26:8     Trade Minister Oskar Vale, who travelled with Lindqvist, is likely to visit Halvik again in May.
  
  fixtures/newsroom/draft-envoy-week.md
    format:  markdown
    date:    2025-03-08 (front-matter, line 3)
    title:   Lindqvist's week in Varland
    outlet:  Newsroom draft
    not read (2):
      1:1-4:4       markup     front matter            ""
      15:1-15:66    markup     HTML comment            ""
    sentences (5):
      5:3      Lindqvist's week in Varland
      7:1      Estorian Foreign Minister Mara Lindqvist arrived in Halvik on Tuesday, March 4, 2025 , for a three-day visit.
      10:1     She met Prime Minister Tomas Brandt on March 5, and the two governments signed a $2.4 billion agreement to expand the port.
      13:1     Brandt, 58, said the port would handle 24 million tonnes a year once the work is done.
      16:1     The deal includes a 40-kilometre rail link to Eskby.
  
  fixtures/newsroom/herald-port-deal.txt
    format:  text
    date:    2025-03-06 (manifest, sources.yaml line 3: printed under the headline)
    outlet:  The Halvik Herald
    not read (4):
      1:1-9:25      furniture  7 list-like lines       "Skip to content Home World Business Opinion Esto…"
      15:1-15:161   duplicate  repeats line 13         "Lindqvist met Varland's Prime Minister Tomas Bra…"
      23:1-27:33    furniture  5 list-like lines       "Most read Storm closes northern ferry routes Hal…"
      29:1-29:47    furniture  copyright line          "© 2025 The Halvik Herald. All rights reserved."
    sentences (6):
      11:1     HALVIK — Estorian Foreign Minister Mara Lindqvist arrived in Halvik on Tuesday, March 4, 2025, for a three-day visit, the first by an Estorian foreign minister in a decade.
      13:1     Lindqvist met Varland's Prime Minister Tomas Brandt on Wednesday, March 5, and the two governments signed a $2.4 billion agreement to expand the port of Halvik.
      17:1     Brandt, 58, said the deal would double the port's capacity to 24 million tonnes a year.
      17:89    The port handled 12 million tonnes last year.
      19:1     Lindqvist was accompanied by Trade Minister Oskar Vale, who is expected to return to Halvik in May to review the project.
      21:1     The agreement includes a 40-kilometre rail link between the port and the border town of Eskby.
  
  fixtures/newsroom/wire-archive.jsonl#wire-0301
    format:  jsonl
    date:    2025-03-01 (jsonl, "date" at line 1)
    title:   Estorian minister to visit Varland
    outlet:  Nordwire
    sentences (2):
      1:121    Estorian Foreign Minister Mara Lindqvist is expected to travel to Varland next week, officials said on Saturday.
      1:235    She is likely to meet Prime Minister Tomas Brandt in Halvik.
  
  fixtures/newsroom/wire-archive.jsonl#wire-0305
    format:  jsonl
    date:    2025-03-05 (jsonl, "date" at line 2)
    title:   Estoria, Varland agree port expansion
    outlet:  Nordwire
    sentences (2):
      2:124    Estoria and Varland on Wednesday agreed a $ 2.4 billion expansion of the port of Halvik.
      2:219    Foreign Minister Mara Lindqvist and Prime Minister Tomas Brandt signed the agreement in Halvik.
  
  fixtures/newsroom/wire-archive.jsonl#wire-0912
    format:  jsonl
    date:    2024-09-12 (jsonl, "date" at line 3)
    title:   Lindqvist wins chess title
    outlet:  Nordwire
    sentences (2):
      3:113    Anna Lindqvist, 19, won the Estorian chess championship in Porvik on Thursday.
      3:193    Lindqvist beat the defending champion in the final round.

The same as JSON, for tools:

  $ concord explain fixtures/newsroom/coastal-times.html --format json | python3 -c "import json,sys; d=json.load(sys.stdin)['documents'][0]; print(d['date'], d['date_source']); print([e['reason'] for e in d['excluded']]); print(d['sentences'][2])"
  2025-03-07 inferred
  ['furniture', 'furniture', 'furniture']
  {'line': 19, 'column': 8, 'end_line': 19, 'end_column': 129, 'byte_begin': 793, 'byte_end': 914, 'quote': 'Estoria’s foreign minister, Mara Lindqvist, returned home on Thursday, March 6, after a three-day visit to Varland.'}
