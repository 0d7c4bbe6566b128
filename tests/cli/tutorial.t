The tutorial in docs/rules.md, run for real. An editor builds a rule pack
for takeovers ("Nordlys Energy bought Halvik Shipyards for $1.2 billion"),
tests it and checks a draft with it. The files are in fixtures/tutorial;
every output the tutorial shows is one of the outputs below, and the last
command checks that it still is.

Work in a copy, without the parts the tutorial adds later: the examples,
the second template, the companies and the project file.

  $ cp -r fixtures/tutorial $T/tutorial && rm $T/tutorial/.concord.yaml $T/tutorial/deals/companies.yaml
  $ sed -i '/taken over) by/d; /^    examples:/,$d' $T/tutorial/deals/takeovers.yaml

Step 4, a template without its quotes: YAML reads the `{` as the start of
a map, and lint says to quote it.

  $ sed -i 's/^      - "\(.*\)"$/      - \1/' $T/tutorial/deals/takeovers.yaml
  $ cd $T/tutorial && concord rules lint deals
  concord: error: deals/takeovers.yaml:19:23: invalid YAML: end of sequence not found; fix the syntax at this position
  concord: note: deals/takeovers.yaml:19:9: a value that starts with '{' is read as a YAML map; put this template or pattern in quotes
  [2]

Quoted again, the pack loads; lint asks for examples.

  $ sed -i 's/^      - \({.*\)$/      - "\1"/' $T/tutorial/deals/takeovers.yaml
  $ cd $T/tutorial && concord rules lint deals
  concord: warning: deals/takeovers.yaml:15:5: extractor 'deals.bought' has no examples; add some so `concord rules test` can check it
  deals: ok (1 extractors, 1 predicates, 0 vocabulary entries, 0 entities)

Step 5, the examples, before the second template: the passive sentence
gives no claim.

  $ cp fixtures/tutorial/deals/takeovers.yaml $T/tutorial/deals/ && sed -i '/taken over) by/d' $T/tutorial/deals/takeovers.yaml
  $ cd $T/tutorial && concord rules test deals
  FAIL  deals.bought  deals/takeovers.yaml:25:9
        text:   Halvik Shipyards was acquired by Nordlys Energy for $1.2 billion.
        missing:    price=$1.2 billion subject=Nordlys Energy target=Halvik Shipyards
        actual:     (no claims)
  3 passed, 1 failed (4 examples in 1 rules)
  [1]

With the second template, every example passes.

  $ cp fixtures/tutorial/deals/takeovers.yaml $T/tutorial/deals/
  $ cd $T/tutorial && concord rules test deals
  4 passed, 0 failed (4 examples in 1 rules)
  $ cd $T/tutorial && concord rules test deals -v
  PASS  deals.bought  deals/takeovers.yaml:22:9
  PASS  deals.bought  deals/takeovers.yaml:26:9
  PASS  deals.bought  deals/takeovers.yaml:29:9
  PASS  deals.bought  deals/takeovers.yaml:32:9
  4 passed, 0 failed (4 examples in 1 rules)

Step 6, what the rule reads in the draft.

  $ cd $T/tutorial && concord explain draft.md --rules deals --rule deals.bought
  draft.md
    format:  markdown
    date:    2025-03-06 (front-matter, line 3)
    title:   Nordlys grows on the coast
    not read (1):
      1:1-4:4       markup     front matter            ""
    sentences (2), claims (1):
      5:1      Nordlys Energy bought Halvik Shipyards for $1.5 billion on Monday, March 3.
               claim takeover  [deals.bought]  asserted
                 subject:     Nordlys Energy               "Nordlys Energy", name
                 target:      Halvik Shipyards             "Halvik Shipyards", name
                 price:       1500000000 USD               "$1.5 billion"
                 time:        2025-03-03                   "Monday, March 3"
                 matched 5:1-5:75  "Nordlys Energy bought Halvik Shipyards for $1.5 billion on Monday, March 3"
               mentions: MONEY "$1.5 billion" = 1500000000 USD; DATE "Monday, March 3" = 2025-03-03
      6:1      The yard builds ferries for the Estorian coast.

Step 7, the draft against the archive.

  $ cd $T/tutorial && concord check draft.md --against archive --rules deals
  draft.md:5:1: error: price of Nordlys Energy (target Halvik Shipyards): $1.5 billion here, but the archive says $1.2 billion (archive/nordwire-2025-03-04.md:6:10) [value-conflict]
        | Nordlys Energy bought Halvik Shipyards for $1.5 billion on Monday, March 3.
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = $1.5 billion (asserted, deals.bought)
    archive/nordwire-2025-03-04.md:6:10: source
        | HALVIK — Nordlys Energy bought Halvik Shipyards for $1.2 billion on Monday.
        |          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = $1.2 billion (asserted, deals.bought)
  
  1 error, 0 warnings, 0 notes in 3 documents (1 draft checked against the rest) (0.5 KB)
  [1]

Step 8, how sure the text is.

  $ cd $T/tutorial && concord explain hedges.md --rules deals --rule deals.bought
  hedges.md
    format:  markdown
    date:    2025-03-06 (front-matter, line 2)
    not read (1):
      1:1-3:4       markup     front matter            ""
    sentences (4), claims (4):
      4:1      Nordlys Energy bought Halvik Shipyards for $1.5 billion.
               claim takeover  [deals.bought]  asserted
                 subject:     Nordlys Energy               "Nordlys Energy", name
                 target:      Halvik Shipyards             "Halvik Shipyards", name
                 price:       1500000000 USD               "$1.5 billion"
                 matched 4:1-4:56  "Nordlys Energy bought Halvik Shipyards for $1.5 billion"
               mentions: MONEY "$1.5 billion" = 1500000000 USD
      6:1      Nordlys Energy is expected to buy Halvik Shipyards for $1.5 billion.
               claim takeover  [deals.bought]  hedged ("expected")
                 subject:     Nordlys Energy               "Nordlys Energy", name
                 target:      Halvik Shipyards             "Halvik Shipyards", name
                 price:       1500000000 USD               "$1.5 billion"
                 matched 6:1-6:68  "Nordlys Energy is expected to buy Halvik Shipyards for $1.5 billion"
               mentions: MONEY "$1.5 billion" = 1500000000 USD
      8:1      Nordlys Energy did not buy Halvik Shipyards.
               claim takeover  [deals.bought]  negated ("not")
                 subject:     Nordlys Energy               "Nordlys Energy", name
                 target:      Halvik Shipyards             "Halvik Shipyards", name
                 matched 8:1-8:44  "Nordlys Energy did not buy Halvik Shipyards"
      10:1     Nordlys Energy bought Halvik Shipyards for $1.5 billion, said Petra Holm.
               claim takeover  [deals.bought]  reported ("said"), said by Petra Holm
                 subject:     Nordlys Energy               "Nordlys Energy", name
                 target:      Halvik Shipyards             "Halvik Shipyards", name
                 price:       1500000000 USD               "$1.5 billion"
                 matched 10:1-10:56  "Nordlys Energy bought Halvik Shipyards for $1.5 billion"
               mentions: MONEY "$1.5 billion" = 1500000000 USD
  $ cd $T/tutorial && concord check hedges.md --against archive --rules deals
  hedges.md:4:1: error: price of Nordlys Energy (target Halvik Shipyards): $1.5 billion here, but the archive says $1.2 billion (archive/nordwire-2025-03-04.md:6:10) [value-conflict]
        | Nordlys Energy bought Halvik Shipyards for $1.5 billion.
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = $1.5 billion (asserted, deals.bought)
    archive/nordwire-2025-03-04.md:6:10: source
        | HALVIK — Nordlys Energy bought Halvik Shipyards for $1.2 billion on Monday.
        |          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = $1.2 billion (asserted, deals.bought)
  
  hedges.md:8:1: error: whether Nordlys Energy bought Halvik Shipyards: no here, but the archive says yes (archive/nordwire-2025-03-04.md:6:10) [negation]
        | Nordlys Energy did not buy Halvik Shipyards.
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = no (negated, deals.bought)
    archive/nordwire-2025-03-04.md:6:10: source
        | HALVIK — Nordlys Energy bought Halvik Shipyards for $1.2 billion on Monday.
        |          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = yes (asserted, deals.bought)
  
  hedges.md:10:1: warning: price of Nordlys Energy (target Halvik Shipyards): $1.5 billion here, but the archive says $1.2 billion (archive/nordwire-2025-03-04.md:6:10) [value-conflict]
        | Nordlys Energy bought Halvik Shipyards for $1.5 billion, said Petra Holm.
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = $1.5 billion (reported, said by Petra Holm, deals.bought)
    archive/nordwire-2025-03-04.md:6:10: source
        | HALVIK — Nordlys Energy bought Halvik Shipyards for $1.2 billion on Monday.
        |          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = $1.2 billion (asserted, deals.bought)
  
  2 errors, 1 warning, 0 notes in 3 documents (1 draft checked against the rest) (0.6 KB)
  [1]

Step 9, the companies' other names.

  $ cp fixtures/tutorial/deals/companies.yaml $T/tutorial/deals/
  $ cd $T/tutorial && concord rules lint deals
  deals: ok (1 extractors, 1 predicates, 0 vocabulary entries, 2 entities)
  $ cd $T/tutorial && concord check draft.md --against archive --rules deals
  draft.md:5:1: error: price of Nordlys Energy (target Halvik Shipyards): $1.5 billion here, but the archive says $1.2 billion (archive/nordwire-2025-03-04.md:6:10; archive/coastal-times-2025-03-05.md:6:1) [value-conflict]
        | Nordlys Energy bought Halvik Shipyards for $1.5 billion on Monday, March 3.
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = $1.5 billion (asserted, deals.bought)
    archive/nordwire-2025-03-04.md:6:10: source
        | HALVIK — Nordlys Energy bought Halvik Shipyards for $1.2 billion on Monday.
        |          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = $1.2 billion (asserted, deals.bought)
    archive/coastal-times-2025-03-05.md:6:1: source
        | Halvik Yards was taken over by Nordlys Energy for $1.2 billion this week.
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = $1.2 billion (asserted, deals.bought)
  
  1 error, 0 warnings, 0 notes in 3 documents (1 draft checked against the rest) (0.5 KB)
  [1]

Step 10, a project file.

  $ cp fixtures/tutorial/.concord.yaml $T/tutorial/
  $ cd $T/tutorial && concord check draft.md
  draft.md:5:1: error: price of Nordlys Energy (target Halvik Shipyards): $1.5 billion here, but the archive says $1.2 billion (archive/nordwire-2025-03-04.md:6:10; archive/coastal-times-2025-03-05.md:6:1) [value-conflict]
        | Nordlys Energy bought Halvik Shipyards for $1.5 billion on Monday, March 3.
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = $1.5 billion (asserted, deals.bought)
    archive/nordwire-2025-03-04.md:6:10: source
        | HALVIK — Nordlys Energy bought Halvik Shipyards for $1.2 billion on Monday.
        |          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = $1.2 billion (asserted, deals.bought)
    archive/coastal-times-2025-03-05.md:6:1: source
        | Halvik Yards was taken over by Nordlys Energy for $1.2 billion this week.
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = $1.2 billion (asserted, deals.bought)
  
  1 error, 0 warnings, 0 notes in 3 documents (1 draft checked against the rest) (0.5 KB)
  [1]
  $ cd $T/tutorial && concord rules test
  4 passed, 0 failed (4 examples in 1 rules)

What the tutorial says in passing. "$1.24 billion" is within the rounding
of "$1.2 billion", so it agrees:

  $ cd $T/tutorial && sed 's/\$1\.5 billion/$1.24 billion/' draft.md > close.md && concord check close.md
  0 errors, 0 warnings, 0 notes in 3 documents (1 draft checked against the rest) (0.5 KB)

With the project file, `--rules deals` names the pack a second time; it is
loaded once, so the findings are the same:

  $ cd $T/tutorial && concord check draft.md --rules deals
  draft.md:5:1: error: price of Nordlys Energy (target Halvik Shipyards): $1.5 billion here, but the archive says $1.2 billion (archive/nordwire-2025-03-04.md:6:10; archive/coastal-times-2025-03-05.md:6:1) [value-conflict]
        | Nordlys Energy bought Halvik Shipyards for $1.5 billion on Monday, March 3.
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = $1.5 billion (asserted, deals.bought)
    archive/nordwire-2025-03-04.md:6:10: source
        | HALVIK — Nordlys Energy bought Halvik Shipyards for $1.2 billion on Monday.
        |          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = $1.2 billion (asserted, deals.bought)
    archive/coastal-times-2025-03-05.md:6:1: source
        | Halvik Yards was taken over by Nordlys Energy for $1.2 billion this week.
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = $1.2 billion (asserted, deals.bought)
  
  1 error, 0 warnings, 0 notes in 3 documents (1 draft checked against the rest) (0.5 KB)
  [1]

The tutorial is in step with this transcript: each YAML and Markdown block
it shows is part of a file in fixtures/tutorial, and each `concord` command
it shows is run above with the output it shows ("…" stands for lines left
out).

  $ python3 - docs/rules.md fixtures/tutorial tests/cli/tutorial.t <<'PY'
  > import os, re, sys
  > doc, fixtures, transcript = sys.argv[1:]
  > text = open(doc, encoding="utf-8").read()
  > files = []
  > for root, _, names in os.walk(fixtures):
  >     files += [open(os.path.join(root, n), encoding="utf-8").read() for n in names]
  > runs, cmd = [], None
  > for line in open(transcript, encoding="utf-8").read().split("\n"):
  >     if line.startswith("  $ "):
  >         cmd = [line[4:], []]
  >         runs.append(cmd)
  >     elif cmd and line.startswith("  ") and not line.startswith("  > ") and not re.fullmatch(r"  \[\d+\]", line):
  >         cmd[1].append(line[2:])
  >     elif not line.startswith("  "):
  >         cmd = None
  > def fits(want, got):
  >     pattern = "".join("(?:.*\n)*" if w == "…" else re.escape(w) + "\n" for w in want)
  >     return re.fullmatch(pattern, "".join(g + "\n" for g in got)) is not None
  > bad = checked = 0
  > for lang, body in re.findall(r"```(\w*)\n(.*?)```", text, re.S):
  >     if lang in ("yaml", "markdown"):
  >         checked += 1
  >         if not any(body in f for f in files):
  >             bad += 1
  >             print("not in fixtures/tutorial:\n" + body)
  >     if lang != "console":
  >         continue
  >     for block in re.split(r"^(?=\$ )", body, flags=re.M):
  >         lines = block.rstrip("\n").split("\n")
  >         if not lines[0].startswith("$ concord"):
  >             continue
  >         checked += 1
  >         if not any(lines[0][2:] in c and fits(lines[1:], out) for c, out in runs):
  >             bad += 1
  >             print("not run as shown:\n" + block)
  > print(f"{checked} blocks checked, {bad} out of step")
  > sys.exit(1 if bad else 0)
  > PY
  23 blocks checked, 0 out of step
