// The concord command. Everything happens in the engine library.
#include "cli/cli.h"

int main(int argc, char** argv) { return concord::cli::main(argc, argv); }
