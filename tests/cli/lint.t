`concord rules lint` reports every mistake in a pack in one run (issue 16).

tests/lint/harbour/harbour.yaml is a harbour desk's pack with a dozen
mistakes, in its vocabulary, predicates and extractors: an unknown key, a
vocabulary name that is not UPPER_CASE, a tolerance on a predicate that
compares dates, a malformed window, an unknown field type, one_holder
without an office, a vocabulary name that is not defined, a tab used for
indentation, a template that does not capture a key field, an example that
expects a field the predicate lacks, an extractor id used twice and a bad
RE2 pattern. One run names them all, in file order. The entries with a
mistake are left out without a second error where they are used: the
template that uses VESSEL (built on VESSEL_KIND, which has the unknown
key) and the extractor of cargo-value (whose field type is unknown) are
still checked for their own mistakes.

  $ concord rules lint tests/lint/harbour
  concord: error: tests/lint/harbour/harbour.yaml:5:5: unknown key 'tpye' in a vocabulary entry; did you mean 'type'?
  concord: error: tests/lint/harbour/harbour.yaml:10:3: vocabulary name 'Berth' must be UPPER_CASE (letters, digits, _), e.g. MONTH
  concord: warning: tests/lint/harbour/harbour.yaml:19:16: tolerance has no effect on predicate 'port-call': it applies where two numbers are compared, and the values it compares are not numbers (time: date); remove it, or compare a field of type number or quantity
  concord: error: tests/lint/harbour/harbour.yaml:20:13: window must be a length such as 30d, 8w, 6m or 2y, of at most 1000y
  concord: error: tests/lint/harbour/harbour.yaml:24:21: unknown type 'money' for field 'value' (did you mean 'quantity'?); the types are: text, entity, person, place, organization, thing, date, number, quantity, age, ordinal, title
  concord: warning: tests/lint/harbour/harbour.yaml:33:17: one_holder has no effect on predicate 'harbour-master': the one-holder check compares offices, so it needs a 'single' field of type title (e.g. fields: {office: title}, single: office)
  concord: error: tests/lint/harbour/harbour.yaml:38:55: {PLCE} is not defined in any vocabulary; did you mean {PLACE}?
  concord: error: tests/lint/harbour/harbour.yaml:43:1: a tab is used for indentation; YAML needs spaces (replace the tab with spaces)
  concord: error: tests/lint/harbour/harbour.yaml:45:10: pattern does not capture 'port', which predicate 'port-call' needs to tell facts apart; add a {port:TYPE} slot
  concord: error: tests/lint/harbour/harbour.yaml:47:9: expected field 'harbour' is not a field of predicate 'port-call' (its fields: subject, port, time, modality)
  concord: error: tests/lint/harbour/harbour.yaml:50:5: extractor id 'harbour.sailed' is used twice (first at tests/lint/harbour/harbour.yaml:41:5); ids must be unique in a pack, so rename one
  concord: error: tests/lint/harbour/harbour.yaml:57:15: invalid pattern: missing )
  [2]

Each message says what to do. Done all at once, the second run is clean:

  $ cp -r tests/lint/harbour $T/ && cd $T && sed -i -e 's/tpye:/type:/' -e 's/^  Berth:/  BERTH:/' \
  >   -e '/tolerance: 5%/d' -e 's/30 days/30d/' -e 's/{value: money}/{value: quantity}/' \
  >   -e 's/office: text}/office: title}/' -e 's/{port:PLCE}/{port:PLACE}/' -e 's/^\ttemplates:/    templates:/' \
  >   -e 's/sailed on {time:DATE}/sailed from {port:PLACE} on {time:DATE}/' -e 's/harbour: Halvik/port: Halvik/' \
  >   -e '50s/id: sailed/id: put-to-sea/' -e "s/(?P<value>{MONEY}'/(?P<value>{MONEY})'/" harbour/harbour.yaml
  $ cd $T && concord rules lint harbour
  harbour: ok (5 extractors, 3 predicates, 3 vocabulary entries, 0 entities)

Warnings alone do not fail: a key without effect is reported and the pack
still loads (exit 0).

  $ cd $T && sed -i 's/    window: 30d/    window: 30d\n    tolerance: 2%/' harbour/harbour.yaml && concord rules lint harbour
  concord: warning: harbour/harbour.yaml:20:16: tolerance has no effect on predicate 'port-call': it applies where two numbers are compared, and the values it compares are not numbers (time: date); remove it, or compare a field of type number or quantity
  harbour: ok (5 extractors, 3 predicates, 3 vocabulary entries, 0 entities)

A file that YAML cannot read stops at its first syntax error; the rest of
the pack is still checked. A name written in the broken file may be
defined there: its use elsewhere is a note, not a second error. A name
that is nowhere in it is an error as usual:

  $ mkdir -p $T/split && printf 'predicates:\n  - name: berthed\n    fields: {port: place\n' > $T/split/a.yaml
  $ printf 'extractors:\n  - id: berthed\n    predicate: berthed\n    template: "{subject:PERSON} berthed at {port:PLCE}"\n    examples: [Mara Holm berthed at Halvik.]\n' > $T/split/b.yaml
  $ cd $T && concord rules lint split
  concord: error: split/a.yaml:4:1: invalid YAML: end of map flow not found; fix the syntax at this position
  concord: note: split/b.yaml:2:5: extractor 'split.berthed' uses predicate 'berthed', which is not defined in the files read; it may be in split/a.yaml, which could not be read
  concord: error: split/b.yaml:4:44: {PLCE} is not defined in any vocabulary; did you mean {PLACE}?
  [2]
