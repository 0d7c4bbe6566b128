`concord check` on the bundled corpus (the quick start):

  $ concord check fixtures/newsroom
  checked 6 documents (4.3 KB): no findings

JSON output lists every document with its date and where the date came from:

  $ concord check fixtures/newsroom --format json -o $T/report.json && python3 -c "import json; r=json.load(open('$T/report.json')); print(r['schema']); [print(d['path'], d['date'], d['date_source']) for d in r['documents']]"
  concord/findings/v1
  fixtures/newsroom/coastal-times.html 2025-03-07 inferred
  fixtures/newsroom/draft-envoy-week.md 2025-03-08 front-matter
  fixtures/newsroom/herald-port-deal.txt 2025-03-06 manifest
  fixtures/newsroom/wire-archive.jsonl 2025-03-01 jsonl
  fixtures/newsroom/wire-archive.jsonl 2025-03-05 jsonl
  fixtures/newsroom/wire-archive.jsonl 2024-09-12 jsonl
