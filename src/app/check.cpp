#include "app/check.h"

#include <algorithm>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <unistd.h>

#include "app/check_steps.h"
#include "app/common.h"
#include "app/partition.h"
#include "app/pipeline.h"
#include "app/progress.h"

namespace concord::app {

// One process: plan, collect into a PartitionedRun (claims held, or spilled
// and checked in parts), assemble. app/stage.h runs the same steps as
// separate processes.
int run_check(const CheckOptions& o) {
  base::Diagnostics diags;
  auto p = plan(o, diags);
  if (!p) {
    print_diagnostics(diags);
    return kExitError;
  }
  PartitionOptions parting;
  // Like sort(1)'s buffer: by default a share of the machine's memory, so
  // an archive is checked in one graph wherever that fits.
  const auto pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGE_SIZE);
  parting.work_mem_mb = o.work_mem_mb > 0 ? o.work_mem_mb
                        : pages > 0 && page > 0 ? std::max<std::size_t>(256, static_cast<std::size_t>(pages / 4) * page >> 20)
                                                : 512;
  parting.threads = jobs_for(o.jobs);
  // Tests check that the report does not depend on the number of parts.
  if (const char* parts = std::getenv("CONCORD_PARTS"); parts != nullptr) parting.parts = std::strtoul(parts, nullptr, 10);
  auto run = std::make_unique<PartitionedRun>(*p->rules, parting);
  Collected collected;
  std::string spill_error;
  CollectSink sink;
  sink.document = [&](index::StoredDocument&& doc) {
    if (!spill_error.empty()) return;
    try {
      collected.add(doc);  // the document list may spill too
      run->add(std::move(doc));
    } catch (const std::runtime_error& e) {
      spill_error = e.what();  // reported once reading stops: a pipeline is not unwound mid-document
    }
  };
  sink.echoes = [&](std::vector<check::Echo>&& echoes) { collected.reused.add(std::move(echoes)); };
  Progress progress(!o.quiet);
  bool ok = true;
  const check::DraftPassages passages = collect(*p, o, Shard{}, diags, progress, sink, ok);
  if (!ok) {
    print_diagnostics(diags);
    return kExitError;
  }
  check::Findings found(p->draft_mode ? check::Scope::drafts : check::Scope::all);
  try {
    if (!spill_error.empty()) throw std::runtime_error(spill_error);
    run->check(found, [&](const std::string& what) { progress.stage(what); });
    progress.stage("merging findings");
  } catch (const std::runtime_error& e) {
    progress.finish();
    diags.error({}, "{}", e.what());
    print_diagnostics(diags);
    return kExitError;
  }
  const int code = assemble(*p, o, std::move(collected), found, passages,
                            [&](const std::set<std::string>& subjects) { return run->timeline(subjects); }, diags,
                            progress);
  free_at_exit(std::move(run));
  free_at_exit(std::make_unique<Plan>(std::move(*p)));
  return code;
}

}  // namespace concord::app
