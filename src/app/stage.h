// `concord stage ...`: the steps of `concord check` as separate commands, so
// that an engine such as Dask (scripts/concord-dask) runs them on many
// machines. Each reads and writes files with fixed names in a work folder
// every machine sees, writes each through a rename, and writes the same
// bytes when run again: a task retried or repeated is harmless.
//
// A run with S shards and P parts, every stage given the arguments of
// `concord check` and these:
//
//   stage extract  --shard K --shards S    (S tasks)  read and extract shard K
//   stage entities --shards S              (1 task)   merge what the shards name
//   stage route    --shard K --shards S --parts P
//                                          (S tasks)  resolve shard K's claims, split them into parts
//   stage check    --part J --shards S --parts P
//                                          (P tasks)  check part J
//   stage merge    --shards S --parts P    (1 task)   merge findings; write the report as check does
//
// Why a separate entities step and a route wave: which entity a bare
// surname is depends on every story of the run (graph/entities.h), and a
// claim's parts depend on its entities. So each shard saves what its
// claims name (memory and bytes grow with the distinct entities, not the
// claims), `entities` merges the S states into one, and only then can a
// shard's claims be resolved and routed.
//
// The report is byte-identical to `concord check`'s for any S and P: the
// documents are the inputs in order, and the parts' findings are merged in
// part order into one collector, as check::Findings does in one process.
#pragma once

#include <cstddef>
#include <string>

#include "app/check.h"

namespace concord::app {

enum class StageStep { extract, entities, route, check, merge };

struct StageOptions {
  StageStep step = StageStep::extract;
  std::string work_dir;
  std::size_t shard = 0, shards = 1;  // --shard K --shards S
  std::size_t part = 0, parts = 1;    // --part J --parts P
};

// Runs one stage. Returns kExitError after printing what went wrong; merge
// returns what `concord check` would.
int run_stage(const CheckOptions& check, const StageOptions& stage);

}  // namespace concord::app
