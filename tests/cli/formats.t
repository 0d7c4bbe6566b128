Every output format, written from the same findings (a draft with three
errors and a warning, checked against the bundled archive).

  $ concord check fixtures/drafts/lindqvist-week.md --against fixtures/newsroom --format github
  ::error file=fixtures/drafts/lindqvist-week.md,line=7,col=1,endLine=7,endColumn=89,title=concord value-conflict::arrival date of Mara Lindqvist in Halvik: Wednesday, March 5, 2025 here, but the archive says Tuesday, March 4, 2025 (fixtures/newsroom/herald-port-deal.txt:11:10)
  ::error file=fixtures/drafts/lindqvist-week.md,line=13,col=1,endLine=13,endColumn=11,title=concord age::age of Tomas Brandt: 61 on 2025-03-08 here, but the archive says 58 on 2025-03-06 (fixtures/newsroom/herald-port-deal.txt:17:1)
  ::error file=fixtures/drafts/lindqvist-week.md,line=18,col=1,endLine=18,endColumn=59,title=concord negation::whether Oskar Vale accompanied Mara Lindqvist: no here, but the archive says yes (fixtures/newsroom/coastal-times.html:26:8; fixtures/newsroom/herald-port-deal.txt:19:1)
  ::warning file=fixtures/drafts/lindqvist-week.md,line=16,col=21,endLine=16,endColumn=52,title=concord value-conflict::length of rail link to Eskby: 40-kilometre here, but the archive says 45-kilometre (fixtures/newsroom/wire-archive.jsonl:4:237)
  concord: 3 errors, 1 warning, 0 notes in 7 documents
  [1]

GitLab Code Quality, for a merge request's widget:

  $ concord check fixtures/drafts/lindqvist-week.md --against fixtures/newsroom --format gitlab
  [
    {
      "categories": [
        "Bug Risk"
      ],
      "check_name": "value-conflict",
      "description": "arrival date of Mara Lindqvist in Halvik: Wednesday, March 5, 2025 here, but the archive says Tuesday, March 4, 2025 (fixtures/newsroom/herald-port-deal.txt:11:10)",
      "fingerprint": "6a9ceb28c4c99e2a",
      "location": {
        "lines": {
          "begin": 7,
          "end": 7
        },
        "path": "fixtures/drafts/lindqvist-week.md"
      },
      "severity": "critical",
      "type": "issue"
    },
    {
      "categories": [
        "Bug Risk"
      ],
      "check_name": "age",
      "description": "age of Tomas Brandt: 61 on 2025-03-08 here, but the archive says 58 on 2025-03-06 (fixtures/newsroom/herald-port-deal.txt:17:1)",
      "fingerprint": "c0e21c3ba7b3af81",
      "location": {
        "lines": {
          "begin": 13,
          "end": 13
        },
        "path": "fixtures/drafts/lindqvist-week.md"
      },
      "severity": "critical",
      "type": "issue"
    },
    {
      "categories": [
        "Bug Risk"
      ],
      "check_name": "negation",
      "description": "whether Oskar Vale accompanied Mara Lindqvist: no here, but the archive says yes (fixtures/newsroom/coastal-times.html:26:8; fixtures/newsroom/herald-port-deal.txt:19:1)",
      "fingerprint": "167778ebc4f434fd",
      "location": {
        "lines": {
          "begin": 18,
          "end": 18
        },
        "path": "fixtures/drafts/lindqvist-week.md"
      },
      "severity": "critical",
      "type": "issue"
    },
    {
      "categories": [
        "Bug Risk"
      ],
      "check_name": "value-conflict",
      "description": "length of rail link to Eskby: 40-kilometre here, but the archive says 45-kilometre (fixtures/newsroom/wire-archive.jsonl:4:237)",
      "fingerprint": "27bb66b8e274e209",
      "location": {
        "lines": {
          "begin": 16,
          "end": 16
        },
        "path": "fixtures/drafts/lindqvist-week.md"
      },
      "severity": "major",
      "type": "issue"
    }
  ]
  [1]

  $ concord check fixtures/drafts/lindqvist-week.md --against fixtures/newsroom --format markdown
  ## concord: 3 errors, 1 warning, 0 notes
  
  7 documents checked.
  
  | check | errors | warnings | notes |
  |---|---:|---:|---:|
  | `age` | 1 | 0 | 0 |
  | `negation` | 1 | 0 | 0 |
  | `value-conflict` | 1 | 1 | 0 |
  
  ### 🔴 error · `fixtures/drafts/lindqvist-week.md:7:1` · `value-conflict`
  
  arrival date of Mara Lindqvist in Halvik: Wednesday, March 5, 2025 here, but the archive says Tuesday, March 4, 2025 (fixtures/newsroom/herald-port-deal.txt:11:10)
  
  > **Estorian Foreign Minister Mara Lindqvist arrived in Halvik on Wednesday, March 5, 2025** , for a three-day visit.
  >
  > — this draft `fixtures/drafts/lindqvist-week.md:7:1` · Wednesday, March 5, 2025 · asserted
  
  > HALVIK — **Estorian Foreign Minister Mara Lindqvist arrived in Halvik on Tuesday, March 4, 2025**, for a three-day visit, the first by an Estorian foreign minister in a decade.
  >
  > — source `fixtures/newsroom/herald-port-deal.txt:11:10` · Tuesday, March 4, 2025 · asserted
  
  ### 🔴 error · `fixtures/drafts/lindqvist-week.md:13:1` · `age`
  
  age of Tomas Brandt: 61 on 2025-03-08 here, but the archive says 58 on 2025-03-06 (fixtures/newsroom/herald-port-deal.txt:17:1)
  
  > **Brandt, 61**, said the port would handle 24 million tonnes a year once the work is done.
  >
  > — this draft `fixtures/drafts/lindqvist-week.md:13:1` · 61 on 2025-03-08 · asserted
  
  > **Brandt, 58**, said the deal would double the port's capacity to 24 million tonnes a year.
  >
  > — source `fixtures/newsroom/herald-port-deal.txt:17:1` · 58 on 2025-03-06 · asserted
  
  - 61 on 2025-03-08 born 1963-03-09 to 1964-03-08; 58 on 2025-03-06 born 1966-03-07 to 1967-03-06
  
  ### 🔴 error · `fixtures/drafts/lindqvist-week.md:18:1` · `negation`
  
  whether Oskar Vale accompanied Mara Lindqvist: no here, but the archive says yes (fixtures/newsroom/coastal-times.html:26:8; fixtures/newsroom/herald-port-deal.txt:19:1)
  
  > **Lindqvist was not accompanied by Trade Minister Oskar Vale**.
  >
  > — this draft `fixtures/drafts/lindqvist-week.md:18:1` · no · negated
  
  > **Trade Minister Oskar Vale, who travelled with Lindqvist**, is likely to visit Halvik again in May.
  >
  > — source `fixtures/newsroom/coastal-times.html:26:8` · yes · asserted
  
  > **Lindqvist was accompanied by Trade Minister Oskar Vale**, who is expected to return to Halvik in May to review the project.
  >
  > — source `fixtures/newsroom/herald-port-deal.txt:19:1` · yes · asserted
  
  ### 🟠 warning · `fixtures/drafts/lindqvist-week.md:16:21` · `value-conflict`
  
  length of rail link to Eskby: 40-kilometre here, but the archive says 45-kilometre (fixtures/newsroom/wire-archive.jsonl:4:237)
  
  > The deal includes a **40-kilometre rail link to Eskby**.
  >
  > — this draft `fixtures/drafts/lindqvist-week.md:16:21` · 40-kilometre · asserted
  
  > The project includes a **45-kilometre rail link between the port and Eskby**, Trade Minister Oskar Vale told reporters.
  >
  > — source `fixtures/newsroom/wire-archive.jsonl:4:237` · 45-kilometre · reported
  
  [1]

  $ concord check fixtures/drafts/lindqvist-week.md --against fixtures/newsroom --format sarif
  {
    "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
    "version": "2.1.0",
    "runs": [
      {
        "tool": {
          "driver": {
            "name": "concord",
            "version": "0.1.0",
            "semanticVersion": "0.1.0",
            "informationUri": "https://example.org/concord",
            "rules": [
              {
                "id": "value-conflict",
                "name": "ValueConflict",
                "shortDescription": {
                  "text": "Values that cannot both be true"
                },
                "fullDescription": {
                  "text": "Two claims about the same fact give values that cannot both be true: dates that do not overlap at the precision each gives (\"Nov. 19\" and \"Nov. 17\"; \"December 2011\" and \"Dec. 17, 2011\" agree), amounts that differ beyond the predicate's tolerance after unit conversion, different places, or titles of the same office at different ranks that no promotion between the stories explains. Hedged and planned claims are never compared; reported speech gives a warning. Titles are also checked against the gazetteer's record of who held which office when."
                },
                "help": {
                  "text": "Two claims about the same fact give values that cannot both be true: dates that do not overlap at the precision each gives (\"Nov. 19\" and \"Nov. 17\"; \"December 2011\" and \"Dec. 17, 2011\" agree), amounts that differ beyond the predicate's tolerance after unit conversion, different places, or titles of the same office at different ranks that no promotion between the stories explains. Hedged and planned claims are never compared; reported speech gives a warning. Titles are also checked against the gazetteer's record of who held which office when.",
                  "markdown": "**Values that cannot both be true**\n\nTwo claims about the same fact give values that cannot both be true: dates that do not overlap at the precision each gives (\"Nov. 19\" and \"Nov. 17\"; \"December 2011\" and \"Dec. 17, 2011\" agree), amounts that differ beyond the predicate's tolerance after unit conversion, different places, or titles of the same office at different ranks that no promotion between the stories explains. Hedged and planned claims are never compared; reported speech gives a warning. Titles are also checked against the gazetteer's record of who held which office when."
                },
                "defaultConfiguration": {
                  "level": "error"
                },
                "properties": {
                  "tags": [
                    "consistency",
                    "news"
                  ]
                }
              },
              {
                "id": "negation",
                "name": "Negation",
                "shortDescription": {
                  "text": "One source denies what another reports"
                },
                "fullDescription": {
                  "text": "A claim that something did not happen (\"Kim Kye Gwan did not accompany Choe\") against one that it did (\"Choe was accompanied by Kim Kye Gwan\"), for the same people and, when both give one, the same time. Only predicates marked negatable are checked; hedged and planned claims never count. Also two predicates that a rule pack declares cannot both hold (conflicts_with) for the same key."
                },
                "help": {
                  "text": "A claim that something did not happen (\"Kim Kye Gwan did not accompany Choe\") against one that it did (\"Choe was accompanied by Kim Kye Gwan\"), for the same people and, when both give one, the same time. Only predicates marked negatable are checked; hedged and planned claims never count. Also two predicates that a rule pack declares cannot both hold (conflicts_with) for the same key.",
                  "markdown": "**One source denies what another reports**\n\nA claim that something did not happen (\"Kim Kye Gwan did not accompany Choe\") against one that it did (\"Choe was accompanied by Kim Kye Gwan\"), for the same people and, when both give one, the same time. Only predicates marked negatable are checked; hedged and planned claims never count. Also two predicates that a rule pack declares cannot both hold (conflicts_with) for the same key."
                },
                "defaultConfiguration": {
                  "level": "error"
                },
                "properties": {
                  "tags": [
                    "consistency",
                    "news"
                  ]
                }
              },
              {
                "id": "temporal",
                "name": "Temporal",
                "shortDescription": {
                  "text": "A trip whose dates cannot all hold"
                },
                "fullDescription": {
                  "text": "Departures, arrivals, meetings and returns of one person's trip, and its length, as constraints on days: the trip starts when the person leaves home and ends when they return; arrivals and meetings away, leaving a place the trip went to and wrapping up a visit fall in between; a \"two-day trip\" ends a day or two after it starts. When the claims cannot all hold, concord reports the smallest set that conflicts and the chain of reasoning."
                },
                "help": {
                  "text": "Departures, arrivals, meetings and returns of one person's trip, and its length, as constraints on days: the trip starts when the person leaves home and ends when they return; arrivals and meetings away, leaving a place the trip went to and wrapping up a visit fall in between; a \"two-day trip\" ends a day or two after it starts. When the claims cannot all hold, concord reports the smallest set that conflicts and the chain of reasoning.",
                  "markdown": "**A trip whose dates cannot all hold**\n\nDepartures, arrivals, meetings and returns of one person's trip, and its length, as constraints on days: the trip starts when the person leaves home and ends when they return; arrivals and meetings away, leaving a place the trip went to and wrapping up a visit fall in between; a \"two-day trip\" ends a day or two after it starts. When the claims cannot all hold, concord reports the smallest set that conflicts and the chain of reasoning."
                },
                "defaultConfiguration": {
                  "level": "error"
                },
                "properties": {
                  "tags": [
                    "consistency",
                    "news"
                  ]
                }
              },
              {
                "id": "age",
                "name": "Age",
                "shortDescription": {
                  "text": "Ages and life dates that cannot all hold"
                },
                "fullDescription": {
                  "text": "An age is turned into the span of birth dates it allows on the story's publication date (\"Kim, 32,\" on 2014-11-18 means born between 1981-11-19 and 1982-11-18). Two ages, or an age and a birth date (from a story or the gazetteer), whose spans do not meet cannot both be true; neither can dates of birth or death that contradict the gazetteer."
                },
                "help": {
                  "text": "An age is turned into the span of birth dates it allows on the story's publication date (\"Kim, 32,\" on 2014-11-18 means born between 1981-11-19 and 1982-11-18). Two ages, or an age and a birth date (from a story or the gazetteer), whose spans do not meet cannot both be true; neither can dates of birth or death that contradict the gazetteer.",
                  "markdown": "**Ages and life dates that cannot all hold**\n\nAn age is turned into the span of birth dates it allows on the story's publication date (\"Kim, 32,\" on 2014-11-18 means born between 1981-11-19 and 1982-11-18). Two ages, or an age and a birth date (from a story or the gazetteer), whose spans do not meet cannot both be true; neither can dates of birth or death that contradict the gazetteer."
                },
                "defaultConfiguration": {
                  "level": "error"
                },
                "properties": {
                  "tags": [
                    "consistency",
                    "news"
                  ]
                }
              },
              {
                "id": "ordinal",
                "name": "Ordinal",
                "shortDescription": {
                  "text": "Counts and orders of events that disagree"
                },
                "fullDescription": {
                  "text": "Two claims about the n-th event of a kind disagree: the same event given different positions (\"third\" and \"fourth\" nuclear test in February 2013), the same position given different dates, or different counts of events at the same time."
                },
                "help": {
                  "text": "Two claims about the n-th event of a kind disagree: the same event given different positions (\"third\" and \"fourth\" nuclear test in February 2013), the same position given different dates, or different counts of events at the same time.",
                  "markdown": "**Counts and orders of events that disagree**\n\nTwo claims about the n-th event of a kind disagree: the same event given different positions (\"third\" and \"fourth\" nuclear test in February 2013), the same position given different dates, or different counts of events at the same time."
                },
                "defaultConfiguration": {
                  "level": "error"
                },
                "properties": {
                  "tags": [
                    "consistency",
                    "news"
                  ]
                }
              },
              {
                "id": "weekday",
                "name": "Weekday",
                "shortDescription": {
                  "text": "A weekday that does not fit its date"
                },
                "fullDescription": {
                  "text": "A date written with both a weekday and a day of the month, where the day falls on another weekday (\"Monday, Nov. 18, 2014\" - Nov. 18, 2014 was a Tuesday). One of the two is wrong."
                },
                "help": {
                  "text": "A date written with both a weekday and a day of the month, where the day falls on another weekday (\"Monday, Nov. 18, 2014\" - Nov. 18, 2014 was a Tuesday). One of the two is wrong.",
                  "markdown": "**A weekday that does not fit its date**\n\nA date written with both a weekday and a day of the month, where the day falls on another weekday (\"Monday, Nov. 18, 2014\" - Nov. 18, 2014 was a Tuesday). One of the two is wrong."
                },
                "defaultConfiguration": {
                  "level": "error"
                },
                "properties": {
                  "tags": [
                    "consistency",
                    "news"
                  ]
                }
              },
              {
                "id": "one-holder",
                "name": "OneHolder",
                "shortDescription": {
                  "text": "Two people in an office one person holds"
                },
                "fullDescription": {
                  "text": "Two different people are given the same single-holder office (a minister with a portfolio, a president, a prime minister) of the same country at the same time, in two stories or against the gazetteer's record of office holders. One change of holder between stories is a reshuffle; the first holder again after the second, or two holders on one day, is not."
                },
                "help": {
                  "text": "Two different people are given the same single-holder office (a minister with a portfolio, a president, a prime minister) of the same country at the same time, in two stories or against the gazetteer's record of office holders. One change of holder between stories is a reshuffle; the first holder again after the second, or two holders on one day, is not.",
                  "markdown": "**Two people in an office one person holds**\n\nTwo different people are given the same single-holder office (a minister with a portfolio, a president, a prime minister) of the same country at the same time, in two stories or against the gazetteer's record of office holders. One change of holder between stories is a reshuffle; the first holder again after the second, or two holders on one day, is not."
                },
                "defaultConfiguration": {
                  "level": "error"
                },
                "properties": {
                  "tags": [
                    "consistency",
                    "news"
                  ]
                }
              },
              {
                "id": "name-variant",
                "name": "NameVariant",
                "shortDescription": {
                  "text": "One person, several spellings"
                },
                "fullDescription": {
                  "text": "The same person is spelled differently in different sources (\"Choe Ryong Hae\", \"Choi Ryong-hae\"). Not an error: a note for house style, listing each spelling and where it is used."
                },
                "help": {
                  "text": "The same person is spelled differently in different sources (\"Choe Ryong Hae\", \"Choi Ryong-hae\"). Not an error: a note for house style, listing each spelling and where it is used.",
                  "markdown": "**One person, several spellings**\n\nThe same person is spelled differently in different sources (\"Choe Ryong Hae\", \"Choi Ryong-hae\"). Not an error: a note for house style, listing each spelling and where it is used."
                },
                "defaultConfiguration": {
                  "level": "note"
                },
                "properties": {
                  "tags": [
                    "consistency",
                    "news"
                  ]
                }
              },
              {
                "id": "single-source",
                "name": "SingleSource",
                "shortDescription": {
                  "text": "A claim only the draft makes"
                },
                "fullDescription": {
                  "text": "With --against, a claim in the draft (a date, a number, a title) about a fact that no story in the archive mentions. Not an error: a note that the claim has no second source to agree with."
                },
                "help": {
                  "text": "With --against, a claim in the draft (a date, a number, a title) about a fact that no story in the archive mentions. Not an error: a note that the claim has no second source to agree with.",
                  "markdown": "**A claim only the draft makes**\n\nWith --against, a claim in the draft (a date, a number, a title) about a fact that no story in the archive mentions. Not an error: a note that the claim has no second source to agree with."
                },
                "defaultConfiguration": {
                  "level": "note"
                },
                "properties": {
                  "tags": [
                    "consistency",
                    "news"
                  ]
                }
              },
              {
                "id": "reused-wording",
                "name": "ReusedWording",
                "shortDescription": {
                  "text": "A copied sentence with one value changed"
                },
                "fullDescription": {
                  "text": "A draft sentence says what an archive sentence says, in nearly the same words in the same order, but one date, number, month, weekday, year, title or name differs (\"21 people were killed\" against \"12 people were killed\"). Sentences with different negation, hedging, conditions or approximations (\"about\", \"denied\", \"may\") are not compared, nor sentences where two values differ, nor stories published more than 30 days apart; an archive sentence that says the draft's value in the same words settles it."
                },
                "help": {
                  "text": "A draft sentence says what an archive sentence says, in nearly the same words in the same order, but one date, number, month, weekday, year, title or name differs (\"21 people were killed\" against \"12 people were killed\"). Sentences with different negation, hedging, conditions or approximations (\"about\", \"denied\", \"may\") are not compared, nor sentences where two values differ, nor stories published more than 30 days apart; an archive sentence that says the draft's value in the same words settles it.",
                  "markdown": "**A copied sentence with one value changed**\n\nA draft sentence says what an archive sentence says, in nearly the same words in the same order, but one date, number, month, weekday, year, title or name differs (\"21 people were killed\" against \"12 people were killed\"). Sentences with different negation, hedging, conditions or approximations (\"about\", \"denied\", \"may\") are not compared, nor sentences where two values differ, nor stories published more than 30 days apart; an archive sentence that says the draft's value in the same words settles it."
                },
                "defaultConfiguration": {
                  "level": "error"
                },
                "properties": {
                  "tags": [
                    "consistency",
                    "news"
                  ]
                }
              }
            ]
          }
        },
        "columnKind": "unicodeCodePoints",
        "results": [
          {
            "ruleId": "value-conflict",
            "level": "error",
            "message": {
              "text": "arrival date of Mara Lindqvist in Halvik: Wednesday, March 5, 2025 here, but the archive says Tuesday, March 4, 2025 (fixtures/newsroom/herald-port-deal.txt:11:10)"
            },
            "locations": [
              {
                "physicalLocation": {
                  "artifactLocation": {
                    "uri": "fixtures/drafts/lindqvist-week.md",
                    "uriBaseId": "%SRCROOT%"
                  },
                  "region": {
                    "startLine": 7,
                    "startColumn": 1,
                    "endLine": 7,
                    "endColumn": 89,
                    "snippet": {
                      "text": "Estorian Foreign Minister Mara Lindqvist arrived in Halvik on Wednesday, March 5, 2025"
                    }
                  }
                }
              }
            ],
            "ruleIndex": 0,
            "relatedLocations": [
              {
                "physicalLocation": {
                  "artifactLocation": {
                    "uri": "fixtures/newsroom/herald-port-deal.txt",
                    "uriBaseId": "%SRCROOT%"
                  },
                  "region": {
                    "startLine": 11,
                    "startColumn": 10,
                    "endLine": 11,
                    "endColumn": 94,
                    "snippet": {
                      "text": "Estorian Foreign Minister Mara Lindqvist arrived in Halvik on Tuesday, March 4, 2025"
                    }
                  }
                },
                "id": 1,
                "message": {
                  "text": "this source says Tuesday, March 4, 2025"
                }
              }
            ],
            "partialFingerprints": {
              "concordFinding/v1": "6a9ceb28c4c99e2a"
            },
            "properties": {
              "subject": "Mara Lindqvist",
              "predicate": "arrive",
              "fact": "arrival date of Mara Lindqvist in Halvik"
            }
          },
          {
            "ruleId": "age",
            "level": "error",
            "message": {
              "text": "age of Tomas Brandt: 61 on 2025-03-08 here, but the archive says 58 on 2025-03-06 (fixtures/newsroom/herald-port-deal.txt:17:1)"
            },
            "locations": [
              {
                "physicalLocation": {
                  "artifactLocation": {
                    "uri": "fixtures/drafts/lindqvist-week.md",
                    "uriBaseId": "%SRCROOT%"
                  },
                  "region": {
                    "startLine": 13,
                    "startColumn": 1,
                    "endLine": 13,
                    "endColumn": 11,
                    "snippet": {
                      "text": "Brandt, 61"
                    }
                  }
                }
              }
            ],
            "ruleIndex": 3,
            "relatedLocations": [
              {
                "physicalLocation": {
                  "artifactLocation": {
                    "uri": "fixtures/newsroom/herald-port-deal.txt",
                    "uriBaseId": "%SRCROOT%"
                  },
                  "region": {
                    "startLine": 17,
                    "startColumn": 1,
                    "endLine": 17,
                    "endColumn": 11,
                    "snippet": {
                      "text": "Brandt, 58"
                    }
                  }
                },
                "id": 1,
                "message": {
                  "text": "this source says 58 on 2025-03-06"
                }
              }
            ],
            "partialFingerprints": {
              "concordFinding/v1": "c0e21c3ba7b3af81"
            },
            "properties": {
              "subject": "Tomas Brandt",
              "predicate": "age",
              "fact": "age of Tomas Brandt"
            }
          },
          {
            "ruleId": "negation",
            "level": "error",
            "message": {
              "text": "whether Oskar Vale accompanied Mara Lindqvist: no here, but the archive says yes (fixtures/newsroom/coastal-times.html:26:8; fixtures/newsroom/herald-port-deal.txt:19:1)"
            },
            "locations": [
              {
                "physicalLocation": {
                  "artifactLocation": {
                    "uri": "fixtures/drafts/lindqvist-week.md",
                    "uriBaseId": "%SRCROOT%"
                  },
                  "region": {
                    "startLine": 18,
                    "startColumn": 1,
                    "endLine": 18,
                    "endColumn": 59,
                    "snippet": {
                      "text": "Lindqvist was not accompanied by Trade Minister Oskar Vale"
                    }
                  }
                }
              }
            ],
            "ruleIndex": 1,
            "relatedLocations": [
              {
                "physicalLocation": {
                  "artifactLocation": {
                    "uri": "fixtures/newsroom/coastal-times.html",
                    "uriBaseId": "%SRCROOT%"
                  },
                  "region": {
                    "startLine": 26,
                    "startColumn": 8,
                    "endLine": 26,
                    "endColumn": 63,
                    "snippet": {
                      "text": "Trade Minister Oskar Vale, who travelled with Lindqvist"
                    }
                  }
                },
                "id": 1,
                "message": {
                  "text": "this source says yes"
                }
              },
              {
                "physicalLocation": {
                  "artifactLocation": {
                    "uri": "fixtures/newsroom/herald-port-deal.txt",
                    "uriBaseId": "%SRCROOT%"
                  },
                  "region": {
                    "startLine": 19,
                    "startColumn": 1,
                    "endLine": 19,
                    "endColumn": 55,
                    "snippet": {
                      "text": "Lindqvist was accompanied by Trade Minister Oskar Vale"
                    }
                  }
                },
                "id": 2,
                "message": {
                  "text": "this source says yes"
                }
              }
            ],
            "partialFingerprints": {
              "concordFinding/v1": "167778ebc4f434fd"
            },
            "properties": {
              "subject": "Oskar Vale",
              "predicate": "accompany",
              "fact": "whether Oskar Vale accompanied Mara Lindqvist"
            }
          },
          {
            "ruleId": "value-conflict",
            "level": "warning",
            "message": {
              "text": "length of rail link to Eskby: 40-kilometre here, but the archive says 45-kilometre (fixtures/newsroom/wire-archive.jsonl:4:237)"
            },
            "locations": [
              {
                "physicalLocation": {
                  "artifactLocation": {
                    "uri": "fixtures/drafts/lindqvist-week.md",
                    "uriBaseId": "%SRCROOT%"
                  },
                  "region": {
                    "startLine": 16,
                    "startColumn": 21,
                    "endLine": 16,
                    "endColumn": 52,
                    "snippet": {
                      "text": "40-kilometre rail link to Eskby"
                    }
                  }
                }
              }
            ],
            "ruleIndex": 0,
            "relatedLocations": [
              {
                "physicalLocation": {
                  "artifactLocation": {
                    "uri": "fixtures/newsroom/wire-archive.jsonl",
                    "uriBaseId": "%SRCROOT%"
                  },
                  "region": {
                    "startLine": 4,
                    "startColumn": 237,
                    "endLine": 4,
                    "endColumn": 286,
                    "snippet": {
                      "text": "45-kilometre rail link between the port and Eskby"
                    }
                  }
                },
                "id": 1,
                "message": {
                  "text": "this source says 45-kilometre"
                }
              }
            ],
            "partialFingerprints": {
              "concordFinding/v1": "27bb66b8e274e209"
            },
            "properties": {
              "subject": "rail link to Eskby",
              "predicate": "length",
              "fact": "length of rail link to Eskby"
            }
          }
        ],
        "invocations": [
          {
            "executionSuccessful": true
          }
        ],
        "properties": {
          "rules": "[0-9a-f]{16}", (re)
          "suppressed": 0
        }
      }
    ]
  }
  [1]

  $ concord check fixtures/drafts/lindqvist-week.md --against fixtures/newsroom --format json
  {
    "schema": "concord/findings/v1",
    "tool": {
      "name": "concord",
      "version": "0.1.0",
      "rules": "[0-9a-f]{16}" (re)
    },
    "documents": [
      {
        "path": "fixtures/drafts/lindqvist-week.md",
        "id": "fixtures/drafts/lindqvist-week.md",
        "date": "2025-03-08",
        "date_source": "front-matter",
        "draft": true,
        "claims": 9
      },
      {
        "path": "fixtures/newsroom/coastal-times.html",
        "id": "fixtures/newsroom/coastal-times.html",
        "date": "2025-03-07",
        "date_source": "inferred",
        "draft": false,
        "claims": 8
      },
      {
        "path": "fixtures/newsroom/herald-port-deal.txt",
        "id": "fixtures/newsroom/herald-port-deal.txt",
        "date": "2025-03-06",
        "date_source": "manifest",
        "draft": false,
        "claims": 9
      },
      {
        "path": "fixtures/newsroom/wire-archive.jsonl",
        "id": "fixtures/newsroom/wire-archive.jsonl#wire-0301",
        "date": "2025-03-01",
        "date_source": "jsonl",
        "draft": false,
        "claims": 4
      },
      {
        "path": "fixtures/newsroom/wire-archive.jsonl",
        "id": "fixtures/newsroom/wire-archive.jsonl#wire-0305",
        "date": "2025-03-05",
        "date_source": "jsonl",
        "draft": false,
        "claims": 2
      },
      {
        "path": "fixtures/newsroom/wire-archive.jsonl",
        "id": "fixtures/newsroom/wire-archive.jsonl#wire-0912",
        "date": "2024-09-12",
        "date_source": "jsonl",
        "draft": false,
        "claims": 1
      },
      {
        "path": "fixtures/newsroom/wire-archive.jsonl",
        "id": "fixtures/newsroom/wire-archive.jsonl#wire-0307",
        "date": "2025-03-07",
        "date_source": "jsonl",
        "draft": false,
        "claims": 4
      }
    ],
    "findings": [
      {
        "fingerprint": "6a9ceb28c4c99e2a",
        "check": "value-conflict",
        "severity": "error",
        "message": "arrival date of Mara Lindqvist in Halvik: Wednesday, March 5, 2025 here, but the archive says Tuesday, March 4, 2025 (fixtures/newsroom/herald-port-deal.txt:11:10)",
        "subject": "Mara Lindqvist",
        "predicate": "arrive",
        "fact": "arrival date of Mara Lindqvist in Halvik",
        "claims": [
          {
            "value": "Wednesday, March 5, 2025",
            "modality": "asserted",
            "rule": "core.arrived",
            "document": "fixtures/drafts/lindqvist-week.md",
            "draft": true,
            "citation": {
              "path": "fixtures/drafts/lindqvist-week.md",
              "line": 7,
              "column": 1,
              "end_line": 7,
              "end_column": 89,
              "quote": "Estorian Foreign Minister Mara Lindqvist arrived in Halvik on Wednesday, March 5, 2025"
            },
            "sentence": "Estorian Foreign Minister Mara Lindqvist arrived in Halvik on Wednesday, March 5, 2025 , for a three-day visit."
          },
          {
            "value": "Tuesday, March 4, 2025",
            "modality": "asserted",
            "rule": "core.arrived",
            "document": "fixtures/newsroom/herald-port-deal.txt",
            "draft": false,
            "citation": {
              "path": "fixtures/newsroom/herald-port-deal.txt",
              "line": 11,
              "column": 10,
              "end_line": 11,
              "end_column": 94,
              "quote": "Estorian Foreign Minister Mara Lindqvist arrived in Halvik on Tuesday, March 4, 2025"
            },
            "sentence": "HALVIK — Estorian Foreign Minister Mara Lindqvist arrived in Halvik on Tuesday, March 4, 2025, for a three-day visit, the first by an Estorian foreign minister in a decade."
          }
        ],
        "notes": []
      },
      {
        "fingerprint": "c0e21c3ba7b3af81",
        "check": "age",
        "severity": "error",
        "message": "age of Tomas Brandt: 61 on 2025-03-08 here, but the archive says 58 on 2025-03-06 (fixtures/newsroom/herald-port-deal.txt:17:1)",
        "subject": "Tomas Brandt",
        "predicate": "age",
        "fact": "age of Tomas Brandt",
        "claims": [
          {
            "value": "61 on 2025-03-08",
            "modality": "asserted",
            "rule": "core.age",
            "document": "fixtures/drafts/lindqvist-week.md",
            "draft": true,
            "citation": {
              "path": "fixtures/drafts/lindqvist-week.md",
              "line": 13,
              "column": 1,
              "end_line": 13,
              "end_column": 11,
              "quote": "Brandt, 61"
            },
            "sentence": "Brandt, 61, said the port would handle 24 million tonnes a year once the work is done."
          },
          {
            "value": "58 on 2025-03-06",
            "modality": "asserted",
            "rule": "core.age",
            "document": "fixtures/newsroom/herald-port-deal.txt",
            "draft": false,
            "citation": {
              "path": "fixtures/newsroom/herald-port-deal.txt",
              "line": 17,
              "column": 1,
              "end_line": 17,
              "end_column": 11,
              "quote": "Brandt, 58"
            },
            "sentence": "Brandt, 58, said the deal would double the port's capacity to 24 million tonnes a year."
          }
        ],
        "notes": [
          "61 on 2025-03-08 born 1963-03-09 to 1964-03-08; 58 on 2025-03-06 born 1966-03-07 to 1967-03-06"
        ]
      },
      {
        "fingerprint": "167778ebc4f434fd",
        "check": "negation",
        "severity": "error",
        "message": "whether Oskar Vale accompanied Mara Lindqvist: no here, but the archive says yes (fixtures/newsroom/coastal-times.html:26:8; fixtures/newsroom/herald-port-deal.txt:19:1)",
        "subject": "Oskar Vale",
        "predicate": "accompany",
        "fact": "whether Oskar Vale accompanied Mara Lindqvist",
        "claims": [
          {
            "value": "no",
            "modality": "negated",
            "rule": "core.accompanied",
            "document": "fixtures/drafts/lindqvist-week.md",
            "draft": true,
            "citation": {
              "path": "fixtures/drafts/lindqvist-week.md",
              "line": 18,
              "column": 1,
              "end_line": 18,
              "end_column": 59,
              "quote": "Lindqvist was not accompanied by Trade Minister Oskar Vale"
            },
            "sentence": "Lindqvist was not accompanied by Trade Minister Oskar Vale."
          },
          {
            "value": "yes",
            "modality": "asserted",
            "rule": "core.accompanied",
            "document": "fixtures/newsroom/coastal-times.html",
            "draft": false,
            "citation": {
              "path": "fixtures/newsroom/coastal-times.html",
              "line": 26,
              "column": 8,
              "end_line": 26,
              "end_column": 63,
              "quote": "Trade Minister Oskar Vale, who travelled with Lindqvist"
            },
            "sentence": "Trade Minister Oskar Vale, who travelled with Lindqvist, is likely to visit Halvik again in May."
          },
          {
            "value": "yes",
            "modality": "asserted",
            "rule": "core.accompanied",
            "document": "fixtures/newsroom/herald-port-deal.txt",
            "draft": false,
            "citation": {
              "path": "fixtures/newsroom/herald-port-deal.txt",
              "line": 19,
              "column": 1,
              "end_line": 19,
              "end_column": 55,
              "quote": "Lindqvist was accompanied by Trade Minister Oskar Vale"
            },
            "sentence": "Lindqvist was accompanied by Trade Minister Oskar Vale, who is expected to return to Halvik in May to review the project."
          }
        ],
        "notes": []
      },
      {
        "fingerprint": "27bb66b8e274e209",
        "check": "value-conflict",
        "severity": "warning",
        "message": "length of rail link to Eskby: 40-kilometre here, but the archive says 45-kilometre (fixtures/newsroom/wire-archive.jsonl:4:237)",
        "subject": "rail link to Eskby",
        "predicate": "length",
        "fact": "length of rail link to Eskby",
        "claims": [
          {
            "value": "40-kilometre",
            "modality": "asserted",
            "rule": "core.length",
            "document": "fixtures/drafts/lindqvist-week.md",
            "draft": true,
            "citation": {
              "path": "fixtures/drafts/lindqvist-week.md",
              "line": 16,
              "column": 21,
              "end_line": 16,
              "end_column": 52,
              "quote": "40-kilometre rail link to Eskby"
            },
            "sentence": "The deal includes a 40-kilometre rail link to Eskby."
          },
          {
            "value": "45-kilometre",
            "modality": "reported",
            "rule": "core.length",
            "document": "fixtures/newsroom/wire-archive.jsonl#wire-0307",
            "draft": false,
            "citation": {
              "path": "fixtures/newsroom/wire-archive.jsonl",
              "line": 4,
              "column": 237,
              "end_line": 4,
              "end_column": 286,
              "quote": "45-kilometre rail link between the port and Eskby"
            },
            "sentence": "The project includes a 45-kilometre rail link between the port and Eskby, Trade Minister Oskar Vale told reporters.",
            "speaker": "Trade Minister Oskar Vale"
          }
        ],
        "notes": []
      }
    ],
    "skipped": [],
    "summary": {
      "documents": 7,
      "errors": 3,
      "warnings": 1,
      "infos": 0,
      "suppressed": 0,
      "not_read": 0,
      "read_in_part": 0
    }
  }
  [1]

Colour only when asked for, or on a terminal without NO_COLOR:

  $ concord check fixtures/newsroom --color always | head -n 1 | cat -v
  ^[[1mfixtures/newsroom/herald-port-deal.txt:21:26^[[0m: ^[[1;33mwarning^[[0m: ^[[1mlength of rail link between the port and the border town of Eskby: 40-kilometre (fixtures/newsroom/herald-port-deal.txt:21:26), but 45-kilometre (fixtures/newsroom/wire-archive.jsonl:4:237)^[[0m ^[[2m[value-conflict]^[[0m
  $ concord check fixtures/newsroom | head -n 1 | cat -v
  fixtures/newsroom/herald-port-deal.txt:21:26: warning: length of rail link between the port and the border town of Eskby: 40-kilometre (fixtures/newsroom/herald-port-deal.txt:21:26), but 45-kilometre (fixtures/newsroom/wire-archive.jsonl:4:237) [value-conflict]

A report that cannot be written whole (a full disk) is an error, exit 2,
never an empty file and exit 0:

  $ concord check fixtures/newsroom -f json -o /dev/full
  concord: error: /dev/full: the report could not be written whole: No space left on device; check the disk has space
  [2]
  $ concord explain fixtures/newsroom -o /dev/full
  concord: error: /dev/full: the report could not be written whole: No space left on device; check the disk has space
  [2]
