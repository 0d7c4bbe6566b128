A pack's own predicate gets the reasoning of the bundled one it stands
for when it declares the same `role:`; the checks never look for the
bundled predicate's name.

A court register prints ages its own way. The pack's predicate declares
`role: age`, so the `age` check turns each age into the birth dates it
allows on the story's date:

  $ mkdir -p $T/registry $T/stories && cat > $T/registry/ages.yaml <<'YAML'
  > predicates:
  >   - name: registered-age
  >     role: age
  >     description: A person's age in years on the story's date, as the register gives it.
  >     subject: person
  >     fields: {value: age}
  >     key: [subject]
  > extractors:
  >   - id: register
  >     predicate: registered-age
  >     template: "{subject:PERSON} [was] listed as aged {value:AGE} in the register"
  >     examples:
  >       - text: Oskar Vale was listed as aged 52 in the register.
  >         expect:
  >           - {subject: Oskar Vale, value: "52"}
  > YAML
  $ printf -- '---\ndate: 2025-03-03\n---\nOskar Vale was listed as aged 52 in the register.\n' > $T/stories/a.md
  $ printf -- '---\ndate: 2025-03-05\n---\nOskar Vale was listed as aged 55 in the register.\n' > $T/stories/b.md
  $ cd $T && concord check --rules registry stories
  stories/a.md:4:1: error: age of Oskar Vale: 52 on 2025-03-03 (stories/a.md:4:1), but 55 on 2025-03-05 (stories/b.md:4:1) [age]
        | Oskar Vale was listed as aged 52 in the register.
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = 52 on 2025-03-03 (asserted, registry.register)
    stories/b.md:4:1: source
        | Oskar Vale was listed as aged 55 in the register.
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = 55 on 2025-03-05 (asserted, registry.register)
    note: 52 on 2025-03-03 born 1972-03-04 to 1973-03-03; 55 on 2025-03-05 born 1969-03-06 to 1970-03-05
  
  1 error, 0 warnings, 0 notes in 2 documents (0.1 KB)
  [1]

Its ages are set against a date of birth read by the bundled `born`
predicate (role `birth`) too:

  $ printf -- '---\ndate: 2025-02-01\n---\nOskar Vale was born in 1960.\n' > $T/stories/c.md
  $ cd $T && concord check --rules registry stories
  stories/a.md:4:1: error: age of Oskar Vale: 52 on 2025-03-03 (stories/a.md:4:1), but 55 on 2025-03-05 (stories/b.md:4:1); born 1960 (stories/c.md:4:1) [age]
        | Oskar Vale was listed as aged 52 in the register.
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = 52 on 2025-03-03 (asserted, registry.register)
    stories/b.md:4:1: source
        | Oskar Vale was listed as aged 55 in the register.
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = 55 on 2025-03-05 (asserted, registry.register)
    stories/c.md:4:1: source
        | Oskar Vale was born in 1960.
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~
        = born 1960 (asserted, core.born)
    note: 52 on 2025-03-03 born 1972-03-04 to 1973-03-03; 55 on 2025-03-05 born 1969-03-06 to 1970-03-05
    note: 52 on 2025-03-03 means born 1972-03-04 to 1973-03-03
    note: 55 on 2025-03-05 means born 1969-03-06 to 1970-03-05
  
  1 error, 0 warnings, 0 notes in 3 documents (0.2 KB)
  [1]

Without the role, the predicate is only compared as its `key` and
`single` say (no `single`: no values), and nothing is reported:

  $ sed -i '/role: age/d' $T/registry/ages.yaml && rm $T/stories/c.md
  $ cd $T && concord check --rules registry stories
  0 errors, 0 warnings, 0 notes in 2 documents (0.1 KB)

A misspelt role is an error, with the roles to choose from:

  $ sed -i 's/^    subject: person/    role: agee\n    subject: person/' $T/registry/ages.yaml
  $ concord rules lint $T/registry 2>&1 | sed "s|$T|\$T|"
  concord: error: $T/registry/ages.yaml:4:11: unknown role 'agee' (did you mean 'age'?); the roles are: title, age, birth, death, trip-start, arrival, visit, meeting, trip-end, visit-end, trip-length
  [2]

`one_holder: true` means what it says on any predicate whose `single` field
is an office (type `title`): two people running one single-holder office
on the same day are reported.

  $ mkdir -p $T/offices $T/staff && cat > $T/offices/heads.yaml <<'YAML'
  > predicates:
  >   - name: heads
  >     description: A person runs an office, as a staff list gives it.
  >     subject: person
  >     fields: {office: title}
  >     key: [subject]
  >     single: office
  >     one_holder: true
  >     window: 30d
  > extractors:
  >   - id: staff-list
  >     predicate: heads
  >     template: "{subject:PERSON} runs the office of the {office:TITLE}"
  >     examples:
  >       - text: Oskar Vale runs the office of the Mongolian trade minister.
  >         expect:
  >           - {subject: Oskar Vale, office: trade minister of Mongolia}
  > YAML
  $ printf -- '---\ndate: 2025-03-03\n---\nOskar Vale runs the office of the Mongolian trade minister.\n' > $T/staff/a.md
  $ printf -- '---\ndate: 2025-03-03\n---\nMara Holm runs the office of the Mongolian trade minister.\n' > $T/staff/b.md
  $ cd $T && concord check --rules offices staff
  staff/a.md:4:1: error: trade minister of Mongolia, an office one person holds at a time: Oskar Vale as trade minister of Mongolia (staff/a.md:4:1), but Mara Holm as trade minister of Mongolia (staff/b.md:4:1) [one-holder]
        | Oskar Vale runs the office of the Mongolian trade minister.
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = Oskar Vale as trade minister of Mongolia (asserted, offices.staff-list)
    staff/b.md:4:1: source
        | Mara Holm runs the office of the Mongolian trade minister.
        | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
        = Mara Holm as trade minister of Mongolia (asserted, offices.staff-list)
  
  1 error, 0 warnings, 0 notes in 2 documents (0.2 KB)
  [1]

Without an office to hold, `one_holder` could do nothing, and lint says so:

  $ sed -i 's/{office: title}/{office: text}/' $T/offices/heads.yaml
  $ concord rules lint $T/offices 2>&1 | sed "s|$T|\$T|"
  concord: warning: $T/offices/heads.yaml:8:17: one_holder has no effect on predicate 'heads': the one-holder check compares offices, so it needs a 'single' field of type title (e.g. fields: {office: title}, single: office)
  $T/offices: ok (1 extractors, 1 predicates, 0 vocabulary entries, 0 entities)

A news outlet of the pack's own is declared as an institution: what it
says is credited to it and stands as asserted (an error), where a
person's words would be reported speech (a warning).

  $ mkdir -p $T/wire $T/outlet && printf -- '---\ndate: 2025-03-06\n---\nMara Lindqvist arrived in Moscow on Tuesday, Nordwire said.\n' > $T/wire/a.md
  $ printf -- '---\ndate: 2025-03-06\n---\nMara Lindqvist arrived in Moscow on Wednesday.\n' > $T/wire/b.md
  $ cd $T && concord check wire | grep -o 'error:\|warning:'
  warning:
  $ printf 'modality:\n  institutions: [Nordwire]\n' > $T/outlet/outlets.yaml
  $ cd $T && concord check --rules outlet wire | grep -o 'error:\|warning:'
  error:
  [1]
