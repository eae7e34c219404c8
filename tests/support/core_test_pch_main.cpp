// The target that builds the core tests' precompiled header (tests/CMakeLists.txt); it tests nothing.
int main() { return 0; }
