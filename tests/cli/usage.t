The command line: help, version, and usage errors exit 2 with a clear message.

  $ concord --version
  concord 0.1.0
  $ concord
  concord: error: A subcommand is required
  Run 'concord --help' for usage.
  [2]
  $ concord check
  concord: error: PATH is required
  Run 'concord --help' for usage.
  [2]
  $ concord check fixtures/newsroom --fail-on sometimes
  concord: error: --fail-on: sometimes not in {error,warning,info,never}
  Run 'concord --help' for usage.
  [2]
  $ concord frobnicate
  concord: error: unknown command 'frobnicate'; the commands are check, stage, explain, baseline, index, rules
  Run 'concord --help' for usage.
  [2]
  $ concord check --help
  Check documents for contradictions
  Usage: concord check [OPTIONS] PATH...
  
  Positionals:
    PATH ... REQUIRED               Files, folders, JSONL archives, or - for stdin
  
  Options:
    -h,--help                       Print this help message and exit
    --against ARCHIVE ...           Archive to check against: only findings that involve PATHS are reported
    -f,--format TEXT:{text,json,sarif,github,gitlab,markdown,html}=text
                                    Output format
    --fail-on TEXT:{error,warning,info,never}
                                    Exit 1 when a finding is at least this severe (default: error)
    --rules DIR ...                 Also load the rule packs in DIR (repeatable)
    --no-default-rules              Do not load concord's bundled rule packs
    -o,--output FILE                Write the report to FILE instead of stdout
    -q,--quiet                      Print nothing but findings and errors
    --strict                        Exit 2 when an input is not read, or read only in part (for CI); the report is still written
    --color TEXT:{auto,always,never}=auto
                                    Colour the text report: auto (on a terminal, unless NO_COLOR)
    --baseline FILE                 Do not report findings recorded in FILE (see `concord baseline write`)
    --changed-lines DIFF            Report only findings on lines a unified diff adds or changes (- for stdin)
    --git-diff REF                  Report only findings on lines changed since git REF (git diff -U0 REF)
    --db FILE                       Check PATHS against a claim index (see `concord index`); without PATHS, report on the whole index
    -j,--jobs N:NONNEGATIVE         Read and extract on N threads (default: one per core); output is the same for any N
    --work-mem MB:POSITIVE          Memory for claims while checking, in MB (default: a quarter of the machine's); a larger archive is checked in parts through temporary files in $TMPDIR. Output is the same for any value
    --date PATH=DATE ...            Publication date of a document, PATH=YYYY-MM-DD (repeatable); overrides front matter, manifests and the page
    --stdin-filename NAME           Name to cite for text read from '-'; its extension picks the format
  
  Examples:
    concord check draft.md --against archive/   does the draft contradict the archive?
    concord check archive/                      every contradiction within an archive
    concord explain story.txt                   what concord reads in a story, and why
    concord index archive/ --db archive.db      extract the archive's claims once (updates what changed)
    concord check draft.md --db archive.db      the draft against that index
  
  Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, configuration or input error.
  Documentation: docs/cli.md
