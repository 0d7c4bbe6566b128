What a story reports without asserting it is never an error: a denial,
a rumour, a condition, a question, "it is not clear that"; and "around
March 6" keeps its margin (the archive says March 4). A denial is
someone's word, so against the archive it is a warning: here Vale denies
what two stories say he did.

  $ concord check fixtures/drafts/trust-frames.md --against fixtures/newsroom
  fixtures/drafts/trust-frames.md:17:39: warning: whether Oskar Vale accompanied Mara Lindqvist: no here, but the archive says yes (fixtures/newsroom/coastal-times.html:26:8; fixtures/newsroom/herald-port-deal.txt:19:1) [negation]
        | Trade Minister Oskar Vale denied that he accompanied Lindqvist.
        |                                       ^~~~~~~~~~~~~~~~~~~~~~~~
        = no (negated, said by Trade Minister Oskar Vale, core.accompanied)
    fixtures/newsroom/coastal-times.html:26:8: source
        | Trade Minister Oskar Vale, who travelled with Lindqvist, is likely to visit Halvik again in May.
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = yes (asserted, core.accompanied)
    fixtures/newsroom/herald-port-deal.txt:19:1: source
        | Lindqvist was accompanied by Trade Minister Oskar Vale, who is expected to return to Halvik in May t…
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = yes (asserted, core.accompanied)
  
  0 errors, 1 warning, 0 notes in 7 documents (1 draft checked against the rest) (4.7 KB)
  $ concord explain fixtures/drafts/trust-frames.md | grep 'claim '
               claim arrive  [core.arrived]  negated ("denied that"), said by Officials
               claim arrive  [core.arrived]  hedged ("rumours")
               claim arrive  [core.arrived]  hedged ("if")
               claim meet  [core.met]  hedged ("not … that")
               claim holds-title  [core.title-before-name]  hedged ("not … that")
               claim holds-title  [core.title-before-name]  asserted
               claim accompany  [core.accompanied]  negated ("denied that"), said by Trade Minister Oskar Vale
               claim arrive  [core.arrived]  asserted

A second visit, a meeting somewhere else and an arrival past the end of
the three-day trip the archive gives are other occurrences, not wrong
dates. An arrival inside that trip on another day still is one.

  $ concord check fixtures/drafts/trust-repeats.md --against fixtures/newsroom
  fixtures/drafts/trust-repeats.md:12:21: error: arrival date of Mara Lindqvist in Halvik: Thursday, March 6, 2025 here, but the archive says Tuesday, March 4, 2025 (fixtures/newsroom/herald-port-deal.txt:11:10) [value-conflict]
        | On her first visit, Lindqvist arrived in Halvik on Thursday, March 6, 2025.
        |                     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = Thursday, March 6, 2025 (asserted, core.arrived)
    fixtures/newsroom/herald-port-deal.txt:11:10: source
        | HALVIK — Estorian Foreign Minister Mara Lindqvist arrived in Halvik on Tuesday, March 4, 2025, for a…
        |          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = Tuesday, March 4, 2025 (asserted, core.arrived)
  
  1 error, 0 warnings, 0 notes in 7 documents (1 draft checked against the rest) (4.4 KB)
  [1]

The same wrong sentence twice in a draft is two findings, one per place;
an ignore comment on one copy suppresses that copy only.

  $ concord check fixtures/drafts/trust-twice.md --against fixtures/newsroom | grep -v '^ *[|=]'
  fixtures/drafts/trust-twice.md:7:1: error: arrival date of Mara Lindqvist in Halvik: Thursday, March 6, 2025 here, but the archive says Tuesday, March 4, 2025 (fixtures/newsroom/herald-port-deal.txt:11:10) [value-conflict]
    fixtures/newsroom/herald-port-deal.txt:11:10: source
  
  fixtures/drafts/trust-twice.md:12:1: suppressed (comment: checked with the desk): arrival date of Mara Lindqvist in Halvik: Thursday, March 6, 2025 here, but the archive says Tuesday, March 4, 2025 (fixtures/newsroom/herald-port-deal.txt:11:10) [value-conflict]
  
  1 error, 0 warnings, 0 notes in 7 documents (1 draft checked against the rest); 1 suppressed (4.3 KB)
  [1]

A baseline names the draft's claim and the fact: not how the path was
typed, not how many stories back the archive's side. The second copy has
its own fingerprint.

  $ concord baseline write $T/base.json fixtures/drafts/trust-twice.md --against fixtures/newsroom
  concord: wrote 2 findings to .*/base.json; check with --baseline .*/base.json to see only new ones (re)
  $ grep -c '"fingerprint"' $T/base.json
  2
  $ concord check ./fixtures/drafts/trust-twice.md --against fixtures/newsroom --baseline $T/base.json | tail -1
  0 errors, 0 warnings, 0 notes in 7 documents (1 draft checked against the rest); 2 suppressed (4.3 KB)
  $ concord check $PWD/fixtures/drafts/trust-twice.md --against $PWD/fixtures/newsroom/ --baseline $T/base.json | tail -1
  0 errors, 0 warnings, 0 notes in 7 documents (1 draft checked against the rest); 2 suppressed (4.3 KB)
  $ mkdir $T/more && cp fixtures/newsroom/* $T/more/ && cp fixtures/newsroom/herald-port-deal.txt $T/more/herald-copy.txt
  $ concord check fixtures/drafts/trust-twice.md --against $T/more --baseline $T/base.json | tail -1
  0 errors, 0 warnings, 0 notes in 8 documents (1 draft checked against the rest); 2 suppressed (5.5 KB)

Stories without a date: where only a date could say whether two claims
are one event (a death toll) or what a value means (an age), a
disagreement is a note that says why, never an error.

  $ concord check fixtures/undated | grep -E '^(fixtures|  note|[0-9])'
  concord: note: 2 of 2 documents have no publication date, so relative dates ("on Monday") are not resolved; give dates with front matter, sources.yaml or --date PATH=YYYY-MM-DD
  fixtures/undated/coast-radio.txt:3:1: info: death toll of The Halvik ferry terminal fire: 21 people (fixtures/undated/coast-radio.txt:3:1), but 12 (fixtures/undated/harbour-wire.txt:1:1); 12 people (fixtures/undated/harbour-wire.txt:3:1) [value-conflict]
    note: neither story gives a date, so concord cannot tell whether both are about the same event (it compares them only within 1 day of each other): a note to check by hand, not an error; give dates with front matter, sources.yaml or --date
  fixtures/undated/coast-radio.txt:5:16: info: age of Leon Yeaman: 56 (fixtures/undated/coast-radio.txt:5:16), but 55 (fixtures/undated/harbour-wire.txt:5:16) [age]
    note: neither story gives a date, so concord cannot tell whether the two ages are years apart: a note to check by hand, not an error; give dates with front matter, sources.yaml or --date
  0 errors, 0 warnings, 2 notes in 2 documents (0.4 KB)

In a batch report, when most stories agree against one, the finding says
which side is probably wrong.

  $ mkdir $T/batch
  $ for i in 1 2 3; do printf -- '---\ndate: 2025-03-0%s\n---\nThe Halvik ferry terminal fire killed 12 people, the harbour authority said.\n' $((i+5)) > $T/batch/story$i.md; done
  $ printf -- '---\ndate: 2025-03-06\n---\nThe Halvik ferry terminal fire killed 21 people, the harbour authority said.\n' > $T/batch/other.md
  $ concord check $T/batch | grep -E '(error|note):' | sed "s|$T/batch/||g"
  other.md:4:1: error: death toll of The Halvik ferry terminal fire: 21 people (other.md:4:1), but 12 people (story1.md:4:1; story2.md:4:1) [value-conflict]
    note: 2 stories say 12 people; 1 says 21 people (other.md): the fewer are probably wrong
  [1]

A date the story's own date had to choose between readings of is never an
error: "Tuesday" in a story dated Tuesday is that day or a week away, and
"Dec. 30" in a past-tense story dated November 20 is last December or next
month. The disagreement is a note that says how the date was read.

  $ concord check fixtures/ambiguous/draft-march.md --against fixtures/ambiguous/archive
  fixtures/ambiguous/draft-march.md:7:1: info: arrival date of Tomas Brandt in Porvik: Monday, March 10 (2025-03-10) here, but the archive says Tuesday (2025-03-11) (fixtures/ambiguous/archive/herald-0311.md:8:1) [value-conflict]
        | Prime Minister Tomas Brandt arrived in Porvik on Monday, March 10, and ended two days of talks on We…
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = Monday, March 10 (2025-03-10) (asserted, core.arrived)
    fixtures/ambiguous/archive/herald-0311.md:8:1: source
        | Varland's Prime Minister Tomas Brandt arrived in Porvik on Tuesday for two days of talks on the port…
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = Tuesday (2025-03-11) (asserted, core.arrived)
    note: "Tuesday" (fixtures/ambiguous/archive/herald-0311.md:8) is read as 2025-03-11 from its story's date (2025-03-11), but could mean a week earlier or later: a note to check by hand, not an error
  
  0 errors, 0 warnings, 1 note in 3 documents (1 draft checked against the rest) (0.6 KB)
  $ concord check fixtures/ambiguous/draft-november.md --against fixtures/ambiguous/archive 2>&1 | grep -E "info|note"
  fixtures/ambiguous/draft-november.md:7:1: info: arrival date of Tomas Brandt in Tallmark: Dec. 29, 2024 here, but the archive says Dec. 30 (2024-12-30) (fixtures/ambiguous/archive/herald-1120.md:8:1) [value-conflict]
    note: "Dec. 30" (fixtures/ambiguous/archive/herald-1120.md:8) is read as 2024-12-30 from its story's date (2025-11-20), but could mean another year: a note to check by hand, not an error
  0 errors, 0 warnings, 1 note in 3 documents (1 draft checked against the rest) (0.6 KB)
