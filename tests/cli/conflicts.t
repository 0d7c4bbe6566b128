A rule pack can declare that two predicates cannot both hold for the same
key (conflicts_with); the negation check reports them.

  $ mkdir -p $T/pack && cat > $T/pack/cancel.yaml <<'YAML'
  > predicates:
  >   - name: cancelled-visit
  >     description: A person called off a visit to a place.
  >     subject: person
  >     fields: {place: place}
  >     key: [subject, place]
  >     conflicts_with: [visit]
  >     window: 21d
  >     verb: cancelled a visit to
  > extractors:
  >   - id: cancelled
  >     description: "A person cancelled (called off) a visit or trip to a place."
  >     predicate: cancelled-visit
  >     template: "{subject:PERSON} (cancelled|canceled|called off) (a|his|her|the) (visit|trip) to {place:PLACE}"
  >     examples:
  >       - text: Choe Ryong Hae cancelled his visit to Khabarovsk.
  >         expect:
  >           - {subject: Choe Ryong Hae, place: Khabarovsk}
  > YAML
  $ concord rules test $T/pack 2>&1 | tail -n 1
  1 passed, 0 failed (1 examples in 1 rules)
  $ printf -- '---\ndate: 2014-11-26\n---\nChoe Ryong Hae visited Khabarovsk on Nov. 22, 2014.\n' > $T/archive.md
  $ printf -- '---\ndate: 2014-11-27\n---\nChoe Ryong Hae cancelled his visit to Khabarovsk.\n' > $T/draft.md
  $ concord check $T/draft.md --against $T/archive.md --rules $T/pack --format github 2>&1 | sed "s|$T|\$T|g"
  ::error file=$T/draft.md,line=4,col=1,endLine=4,endColumn=49,title=concord negation::what Choe Ryong Hae did: cancelled a visit to Khabarovsk here, but the archive says visited Khabarovsk ($T/archive.md:4:1)
  concord: 1 error, 0 warnings, 0 notes in 2 documents
  [1]
