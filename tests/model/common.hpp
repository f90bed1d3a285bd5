// Helpers of the model tests: the loader's problems for a text, as records and as "pointer rule" lines.
#pragma once

#include <sakip/model.hpp>

#include <string>
#include <vector>

namespace model_test {

inline std::vector<sakip::LoadProblem> problems_of(const std::string& text) {
    try {
        (void)sakip::load_json(text, "test");
    } catch (const sakip::load_error& e) {
        return e.problems();
    }
    return {};
}

inline std::vector<std::string> rules_of(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& p : problems_of(text)) out.push_back(p.pointer + " " + p.rule);
    return out;
}

}  // namespace model_test
