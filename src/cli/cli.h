// Command-line parsing; each subcommand hands its options to app/.
#pragma once

namespace concord::cli {

// Runs concord with the given arguments; returns the process exit code:
// 0 clean, 1 findings at or above --fail-on, 2 usage, configuration or input error.
int main(int argc, char** argv);

}  // namespace concord::cli
