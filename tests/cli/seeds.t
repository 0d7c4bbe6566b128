#require shared
The five seed pages, as concord reads them.

  $ concord check $SHARED/seeds --format json | python3 -c "import json,sys; [print(d['path'].split('/')[-1], d['date'], d['date_source']) for d in json.load(sys.stdin)['documents']]"
  000_7dc0c91762260c21.txt 2014-11-17 manifest
  001_ec7bb5bb060c0059.txt 2014-11-15 manifest
  002_fdd12a4641f0b19e.txt 2014-11-18 manifest
  003_f27e6b8f82e182e9.txt 2014-11-25 manifest
  004_de419df85a9edd07.txt 2024-11-07 manifest
  $ concord explain $SHARED/seeds/000_7dc0c91762260c21.txt | sed "s|$SHARED|\$SHARED|"
  $SHARED/seeds/000_7dc0c91762260c21.txt
    format:  text
    date:    2014-11-17 (manifest, sources.yaml line 6: 'Date created: November 17, 2014' on the page)
    outlet:  Kyodo News (video licensing page)
    note:    line 1: text looks double-encoded ('³Ô¹ÏÍø'); not used for claims. Re-save the source as UTF-8
    not read (3):
      1:1-1:9       untrusted  double-encoded text     "51³Ô¹ÏÍø"
      6:1-6:1212    duplicate  repeats line 5          "PYONGYANG, NORTH KOREA - NOV. 17: North Korean l…"
      11:1-33:17    furniture  22 list-like lines      "DETAILS Editorial #: 459444650 Collection: Kyodo…"
    sentences (9):
      3:1      North Korea's special envoy leaves for Russia
      5:1      PYONGYANG, NORTH KOREA - NOV. 17: North Korean leader Kim Jong Un's special envoy left from Pyongyang for his weeklong trip to Russia to seek ways to boost bilateral cooperation on Monday, November 17.
      5:203    Choe Ryong Hae, one of the leader's closest aides, is accompanied by Kim Kye Gwan, North Korea's first vice foreign minister and its point man on nuclear issues.
      5:365    After visiting Moscow, Choe, a secretary of the ruling Workers' Party of Korea, is scheduled to travel to the Russian Far East cities of Khabarovsk and Vladivostok, Russia's Foreign Ministry said last week.
      5:572    In Moscow, Choe is likely to meet with Russian President Vladimir Putin.
      5:645    His trip through next Monday comes as North Korea's relations with China, its most important political and economic benefactor, have soured, especially since Pyongyang pushed ahead with its third nuclear test in February 2013 in defiance of warnings from the international community.
      5:929    While senior officials from North Korea and Russia have been in active contact in recent months, speculation is rife that Kim may pick Russia, and not China, as the destination for his first overseas trip since inheriting power from his father Kim Jong Il, who died in December 2011.
      7:1      PURCHASE A LICENSE
      9:1      Get personalized pricing by telling us when, where, and how you want to use this asset.
