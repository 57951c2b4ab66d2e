#pragma once
#include <stdexcept>

namespace core {
// Any data we could not read (stored data, asset files, links). The message is for logs;
// what a person sees comes from the texts.
struct DataError : std::runtime_error {
    using std::runtime_error::runtime_error;
};
}  // namespace core
