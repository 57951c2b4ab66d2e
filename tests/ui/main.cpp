// The UI tests' own doctest main: ImGui driven headless (no renderer), see session.hpp.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
