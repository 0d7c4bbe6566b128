#require shared
The five seed pages, as concord reads them.

  $ concord check $SHARED/seeds --format json 2> $T/err | python3 -c "import json,sys; [print(d['path'].split('/')[-1], d['date'], d['date_source']) for d in json.load(sys.stdin)['documents']]"
  000_7dc0c91762260c21.txt 2014-11-17 manifest
  001_ec7bb5bb060c0059.txt 2014-11-15 manifest
  002_fdd12a4641f0b19e.txt 2014-11-18 manifest
  003_f27e6b8f82e182e9.txt 2014-11-25 manifest
  004_de419df85a9edd07.txt 2024-11-07 manifest

The first line of one page is double-encoded text: it is not read, and a
warning says so (the page counts as read in part):

  $ sed "s|$SHARED|\$SHARED|" $T/err
  concord: warning: $SHARED/seeds/000_7dc0c91762260c21.txt:1:3: line not read: its text looks double-encoded ('³Ô¹ÏÍø'); re-save the source as UTF-8

  $ concord explain $SHARED/seeds/000_7dc0c91762260c21.txt 2>&1 | sed "s|$SHARED|\$SHARED|"
  $SHARED/seeds/000_7dc0c91762260c21.txt
    format:  text
    date:    2014-11-17 (manifest, sources.yaml line 6: 'Date created: November 17, 2014' on the page)
    outlet:  Kyodo News (video licensing page)
    not read (3):
      1:1-1:9       untrusted  double-encoded text     "51³Ô¹ÏÍø"
      6:1-6:1212    duplicate  repeats line 5          "PYONGYANG, NORTH KOREA - NOV. 17: North Korean l…"
      11:1-33:17    furniture  22 list-like lines      "DETAILS Editorial #: 459444650 Collection: Kyodo…"
    sentences (9), claims (8):
      3:1      North Korea's special envoy leaves for Russia
      5:1      PYONGYANG, NORTH KOREA - NOV. 17: North Korean leader Kim Jong Un's special envoy left from Pyongyang for his weeklong trip to Russia to seek ways to boost bilateral cooperation on Monday, November 17.
               claim holds-title  [core.title-before-name]  asserted
                 subject:     Kim Jong Un                  "Kim Jong Un", gazetteer
                 title:       leader of North Korea        "North Korean leader"
                 matched 5:35-5:66  "North Korean leader Kim Jong Un"
               mentions: DATE "NOV. 17" = 2014-11-17; DATE "Monday, November 17" = 2014-11-17
      5:203    Choe Ryong Hae, one of the leader's closest aides, is accompanied by Kim Kye Gwan, North Korea's first vice foreign minister and its point man on nuclear issues.
               claim accompany  [core.accompanied]  asserted
                 subject:     Kim Kye Gwan                 "Kim Kye Gwan", gazetteer
                 object:      Choe Ryong Hae               "Choe Ryong Hae", gazetteer
                 matched 5:203-5:284  "Choe Ryong Hae, one of the leader's closest aides, is accompanied by Kim Kye Gwan"
               claim holds-title  [core.title-after-name]  asserted
                 subject:     Kim Kye Gwan                 "Kim Kye Gwan", gazetteer
                 title:       first vice foreign minister of North Korea "North Korea's first vice foreign minister"
                 matched 5:272-5:327  "Kim Kye Gwan, North Korea's first vice foreign minister"
               mentions: ORDINAL "first" = 1
      5:365    After visiting Moscow, Choe, a secretary of the ruling Workers' Party of Korea, is scheduled to travel to the Russian Far East cities of Khabarovsk and Vladivostok, Russia's Foreign Ministry said last week.
               claim holds-title  [core.title-after-name]  asserted, credited to Russia's Foreign Ministry
                 subject:     Choe Ryong Hae               "Choe", coreference
                 title:       secretary of Workers         "secretary of the ruling Workers"
                 matched 5:388-5:427  "Choe, a secretary of the ruling Workers"
               mentions: DATE "last week" = 2014-W46
      5:572    In Moscow, Choe is likely to meet with Russian President Vladimir Putin.
               claim meet  [core.met]  hedged ("likely")
                 subject:     Choe Ryong Hae               "Choe", coreference
                 object:      Vladimir Putin               "Russian President Vladimir Putin", gazetteer
                 matched 5:583-5:643  "Choe is likely to meet with Russian President Vladimir Putin"
               claim holds-title  [core.title-before-name]  hedged ("likely")
                 subject:     Vladimir Putin               "Vladimir Putin", gazetteer
                 title:       president of Russia          "Russian President"
                 matched 5:611-5:643  "Russian President Vladimir Putin"
      5:645    His trip through next Monday comes as North Korea's relations with China, its most important political and economic benefactor, have soured, especially since Pyongyang pushed ahead with its third nuclear test in February 2013 in defiance of warnings from the international community.
               claim nth-event  [core.nth-event]  asserted
                 subject:     Pyongyang                    "Pyongyang", gazetteer
                 ordinal:     3                            "third"
                 event:       nuclear test                 "nuclear test"
                 time:        2013-02                      "February 2013"
                 matched 5:803-5:870  "Pyongyang pushed ahead with its third nuclear test in February 2013"
               mentions: DATE "next Monday" = 2014-11-24; ORDINAL "third" = 3; DATE "February 2013" = 2013-02
      5:929    While senior officials from North Korea and Russia have been in active contact in recent months, speculation is rife that Kim may pick Russia, and not China, as the destination for his first overseas trip since inheriting power from his father Kim Jong Il, who died in December 2011.
               claim died  [core.died]  asserted
                 subject:     Kim Jong Il                  "Kim Jong Il", gazetteer
                 time:        2011-12                      "December 2011"
                 matched 5:1173-5:1211  "Kim Jong Il, who died in December 2011"
               mentions: ORDINAL "first" = 1; DATE "December 2011" = 2011-12
      7:1      PURCHASE A LICENSE
      9:1      Get personalized pricing by telling us when, where, and how you want to use this asset.
  concord: warning: $SHARED/seeds/000_7dc0c91762260c21.txt:1:3: line not read: its text looks double-encoded ('³Ô¹ÏÍø'); re-save the source as UTF-8
