A draft that copies sentences of the archive with one value changed: the
reused-wording check reports the changed number and year where no rule
describes the sentence; a rule that understands a sentence (the prison
term) reports it instead. Hedged ("About 15") and denied ("Officials
denied...") sentences are not compared with plain ones.

  $ concord check fixtures/drafts/newsdesk-week.md --against fixtures/newsdesk
  fixtures/drafts/newsdesk-week.md:7:31: error: this sentence repeats fixtures/newsdesk/tanker-blast.txt:3:31 nearly word for word, but says "13" where it says "31" [reused-wording]
        | …ple were killed and 13 were injured when a fuel tanker exploded on the A61 outside Kelmscott on Mond…
        |                      ^~
        = 13 (asserted, reused-wording)
    fixtures/newsdesk/tanker-blast.txt:3:31: source
        | …ple were killed and 31 were injured when a fuel tanker exploded on the A61 outside Kelmscott on Mond…
        |                      ^~
        = 31 (asserted, reused-wording)
    note: matched because 15 of the draft sentence's 16 words (function words aside) stand in the same order in the archive's, and only this number differs
  
  fixtures/drafts/newsdesk-week.md:9:1: error: prison sentence of Gordon Harlow: six years here, but the archive says eight years (fixtures/newsdesk/harlow-verdict.txt:3:1) [value-conflict]
        | Former finance director Gordon Harlow was sentenced to six years in prison on Wednesday for stealing…
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = six years (asserted, news.sentenced)
    fixtures/newsdesk/harlow-verdict.txt:3:1: source
        | Former finance director Gordon Harlow was sentenced to eight years in prison on Wednesday for steali…
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = eight years (asserted, news.sentenced)
  
  fixtures/drafts/newsdesk-week.md:15:71: error: this sentence repeats fixtures/newsdesk/cup-final.txt:7:71 nearly word for word, but says "1989" where it says "1998" [reused-wording]
        | Manager Lisa Chambers said it was the club's first major trophy since 1989.
        |                                                                       ^~~~
        = 1989 (asserted, reused-wording)
    fixtures/newsdesk/cup-final.txt:7:71: source
        | Manager Lisa Chambers said it was the club's first major trophy since 1998.
        |                                                                       ^~~~
        = 1998 (asserted, reused-wording)
    note: matched because 9 of the draft sentence's 10 words (function words aside) stand in the same order in the archive's, and only this year differs
  
  3 errors, 0 warnings, 0 notes in 5 documents (1 draft checked against the rest) (2.6 KB)
  [1]

The same archive checked alone has nothing to report.

  $ concord check fixtures/newsdesk
  0 errors, 0 warnings, 0 notes in 4 documents (1.8 KB)

Only with the archive's text: against an index, which keeps claims and not
sentences, the reused wording is not compared.

  $ concord index fixtures/newsdesk --db $T/desk.db -q
  $ concord check fixtures/drafts/newsdesk-week.md --db $T/desk.db -q --format json | python3 -c "import json,sys; print(sorted(f['check'] for f in json.load(sys.stdin)['findings'] if f['severity'] == 'error'))"
  ['value-conflict']
  [1]
