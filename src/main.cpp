// The concord command. Everything happens in the engine library.
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <unistd.h>
#endif

#include "cli/cli.h"

namespace {

// concord touches much fresh memory (compiled patterns, claims, decoded
// stories), and on a kernel that gives huge pages only to memory that asks
// for them ("madvise", Debian's default) each 4 KB page costs a fault.
// glibc's malloc asks when the tunable below is set, but reads it before
// main: so concord starts itself again, once, with it set. A check then
// runs 7-18% faster (docs/performance.md). Not when the caller set the
// tunable either way, or when the kernel gives huge pages always or never;
// if the restart fails, concord goes on as it is.
void restart_with_huge_pages(char** argv) {
#if defined(__linux__) && defined(__GLIBC__)
  const char* before = std::getenv("GLIBC_TUNABLES");
  if (before != nullptr && std::strstr(before, "glibc.malloc.hugetlb") != nullptr) return;
  std::string mode;
  std::getline(std::ifstream("/sys/kernel/mm/transparent_hugepage/enabled"), mode);
  if (mode.find("[madvise]") == std::string::npos) return;
  const std::string kept = before != nullptr ? before : "";
  const std::string value = (kept.empty() ? "" : kept + ":") + "glibc.malloc.hugetlb=1";
  if (setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0) return;
  execv("/proc/self/exe", argv);
  if (before != nullptr) setenv("GLIBC_TUNABLES", kept.c_str(), 1);
  else unsetenv("GLIBC_TUNABLES");
#else
  (void)argv;
#endif
}

// Each worker thread allocates from a malloc arena of its own, in heaps of
// 64 MB that glibc unmaps as soon as one is wholly free and maps again at
// the next allocation, making each page readable with an mprotect call:
// 5,800 calls on 6 MB of news with two jobs, each making every core flush
// its address cache. A top pad as large as a heap keeps heaps mapped (and
// their free memory for reuse); two jobs then take about 9% less time.
void keep_malloc_heaps() {
#if defined(__linux__) && defined(__GLIBC__)
  mallopt(M_TOP_PAD, 64 << 20);
#endif
}

}  // namespace

int main(int argc, char** argv) {
  restart_with_huge_pages(argv);
  keep_malloc_heaps();
  return concord::cli::main(argc, argv);
}
