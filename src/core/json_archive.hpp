// cereal's JSON archive, with every parse or shape error reported as core::DataError.
// (Debian's cereal already turns RapidJSON's assertions into cereal::RapidJSONException.)
#pragma once
#include <stdexcept>

#include <cereal/archives/json.hpp>
#include <sstream>
#include <string>
#include "data_error.hpp"

namespace core {

// Runs `load(archive)` over `json`, turning every parse or shape error into DataError.
template <class LoadFn>
void loadJson(const std::string& json, LoadFn&& load) {
    try {
        std::istringstream in(json);
        cereal::JSONInputArchive archive(in);
        load(archive);
    } catch (const DataError&) {
        throw;
    } catch (const std::exception& e) {
        throw DataError(e.what());
    }
}

template <class SaveFn>
std::string saveJson(SaveFn&& save) {
    std::ostringstream out;
    {
        cereal::JSONOutputArchive archive(out, cereal::JSONOutputArchive::Options::NoIndent());
        save(archive);
    }
    return out.str();
}

}  // namespace core
