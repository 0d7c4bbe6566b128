A newsroom's own rule pack, as an editor writes it: `concord rules lint`
points at each mistake with file:line:col and says how to fix it (exit 2),
`concord rules test` runs the pack's examples (exit 1 on a failure), and
`concord explain --rule` shows the claims one rule reads.

A pack with a misspelt vocabulary name in its template:

  $ mkdir -p $T/mypack && cat > $T/mypack/postings.yaml <<'YAML'
  > # Who was posted where as ambassador.
  > vocabulary:
  >   POSTING: '(?i:ambassador|envoy)'
  > predicates:
  >   - name: ambassador
  >     description: A person is a country's ambassador to a place.
  >     subject: person
  >     fields: {place: place, time: date}
  >     key: [subject]
  >     single: place
  >     label: posting
  > extractors:
  >   - id: posted
  >     predicate: ambassador
  >     template: "{subject:PERSON} was (named|appointed) {POSTNG} to {place:PLACE} [on {time:DATE}]"
  >     examples:
  >       - text: Oskar Vale was named ambassador to Varland on March 3, 2025.
  >         expect:
  >           - {subject: Oskar Vale, place: Varland, time: 2025-03-04}
  > YAML
  $ concord rules lint $T/mypack 2>&1 | sed "s|$T|\$T|"
  concord: error: $T/mypack/postings.yaml:15:55: {POSTNG} is not defined in any vocabulary; did you mean {POSTING}?
  [2]

The error points at {POSTNG} in line 15. Fixed, the pack lints clean:

  $ sed -i 's/{POSTNG}/{POSTING}/' $T/mypack/postings.yaml
  $ concord rules lint $T/mypack 2>&1 | sed "s|$T|\$T|"
  $T/mypack: ok (1 extractors, 1 predicates, 1 vocabulary entries, 0 entities)

Its example expects the wrong day, so the test fails and shows what the
rule read instead:

  $ concord rules test $T/mypack 2>&1 | sed "s|$T|\$T|"
  FAIL  mypack.posted  $T/mypack/postings.yaml:17:9
        text:   Oskar Vale was named ambassador to Varland on March 3, 2025.
        missing:    place=Varland subject=Oskar Vale time=2025-03-04
        actual:     ambassador subject=Oskar Vale place=Varland time=2025-03-03 modality=asserted
  0 passed, 1 failed (1 examples in 1 rules)
  [1]

With the expectation corrected, it passes:

  $ sed -i 's/2025-03-04/2025-03-03/' $T/mypack/postings.yaml
  $ concord rules test $T/mypack 2>&1 | sed "s|$T|\$T|"
  1 passed, 0 failed (1 examples in 1 rules)

`explain` with the pack shows the claim the rule reads from a story:

  $ printf 'Oskar Vale, a former trade minister, was appointed envoy to Varland on March 3, 2025.\n' > $T/story.txt
  $ concord explain --rules $T/mypack --rule mypack.posted $T/story.txt 2>&1 | sed "s|$T|\$T|"
  $T/story.txt
    format:  text
    date:    unknown (relative dates such as "on Monday" will not be resolved)
    sentences (1), claims (1):
      1:1      Oskar Vale, a former trade minister, was appointed envoy to Varland on March 3, 2025.
               claim ambassador  [mypack.posted]  asserted
                 subject:     Oskar Vale                   "Oskar Vale", name
                 place:       Varland                      "Varland", name
                 time:        2025-03-03                   "March 3, 2025"
                 matched 1:1-1:85  "Oskar Vale, a former trade minister, was appointed envoy to Varland on March 3, 2025"
               mentions: DATE "March 3, 2025" = 2025-03-03

`rules patterns` prints each extractor's compiled pattern after its id:

  $ concord rules patterns | awk -F'\t' 'NF == 2 && length($2) > 20 { n++ } END { print (n > 20) ? "patterns" : "too few" }'
  patterns
  $ concord rules patterns | grep -c '^core.arrived	(?'
  [1-9] (re)

`rules profile` runs the rules over stories and lists what each costs,
dearest first: the sentences a rule ran on (its words were there), how
many it matched, and its milliseconds. The user's rule ran on the one
sentence that holds its words, and matched it; a mention runs on every
sentence:

  $ printf 'Oskar Vale was appointed envoy to Varland on March 3, 2025.\nThe weather was fine.\n' > $T/two.txt
  $ concord rules profile $T/mypack --on $T/two.txt --top 0 > $T/profile.txt
  $ head -1 $T/profile.txt
  1 document, 0.0 MB, 2 sentences; the rules took [0-9.]+ s, [0-9.]+ s of it deciding which rules may match each sentence (re)
  $ sed -n 3p $T/profile.txt
  rule (pattern)                         share    ran-on   matched        ms ms-compile
  $ grep '^mypack.posted (1) ' $T/profile.txt | awk '{ print $1, $2, $4, $5 }'
  mypack.posted (1) 1 1
  $ grep '^mention {PERSON} ' $T/profile.txt | awk '{ print $4 }'
  2

A story that cannot be read is an error, and so is no story at all:

  $ concord rules profile --on $T/missing.txt 2>&1 | sed "s|$T|\$T|"
  concord: error: $T/missing.txt: no such file or folder; check the path
  [2]
  $ concord rules profile 2>&1
  concord: error: --on is required
  Run 'concord --help' for usage.
  [2]
