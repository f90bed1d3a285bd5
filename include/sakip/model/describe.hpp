// The description of a model struct: its fields in order, each with its name (the C++ member, the
// sakip/1 JSON field and the Python property all use it), the member, whether the JSON field is
// required or optional (or is the key of the entry in its map, or is implied by the year key of the
// section, or is the entry's whole value), a one-line description and, where the C++ type does not
// say it, the JSON Schema of its value.
//
// Rule: each model struct is described once, next to its definition, by a free function
// `describe(type_tag<T>)` found by argument-dependent lookup. The saver (src/io/json_save.cpp), the
// JSON Schema (sakip::json_schema(), committed as docs/schema/sakip.schema.json and tested against
// it) and the Python properties and pickling (python/src/model.cpp) are generated from it, so a new
// field is added in one place. Value types with their own text form (Amount, Besaran, Kode, Target,
// NipTercetak) are not described: they are read, written and pickled by hand.
//
// A C++20 field table rather than Boost.Describe: Debian 12's default Boost (1.74) has no Describe.
//
// The schema of a value (`schema`), when given: "#name" is {"$ref": "#/$defs/name"}; "text" a string,
// "text!" a non-empty string; "int1" an integer from 1; "[x]" an array of x; a leading "+" makes a
// collection non-empty; text starting with '{' is the JSON Schema itself. Empty: from the C++ type
// (a std::string is "text!" when required and "text" when optional).
#pragma once

#include <cstddef>
#include <string_view>
#include <tuple>
#include <utility>

namespace sakip {

template <class T>
struct type_tag {};

// How a field appears in the JSON object of its struct.
enum class Presence {
    required,  // always there
    optional,  // omitted when empty (an empty string or list, no value)
    key,       // the key of the struct's entry in the map that holds it, not a field
    implied,   // given by the year key of the section ("tahun"), not a field
    value,     // the entry's whole value: {key: value} (a struct of a key and one value)
};

template <class S, class M>
struct Field {
    using struct_type = S;
    using member_type = M;
    std::string_view name;
    M S::*member;
    Presence presence;
    std::string_view doc;
    std::string_view schema;

    constexpr const M& of(const S& s) const noexcept { return s.*member; }
    constexpr M& of(S& s) const noexcept { return s.*member; }
    constexpr bool in_json() const noexcept { return presence == Presence::required || presence == Presence::optional; }
};

template <class S, class M>
constexpr Field<S, M> field(std::string_view name, M S::*member, Presence presence, std::string_view doc,
                            std::string_view schema = {}) {
    return {name, member, presence, doc, schema};
}

// The usual "catatan" member: the transcriber's free-text notes, optional.
template <class S, class M>
constexpr Field<S, M> catatan_field(M S::*member) {
    return {"catatan", member, Presence::optional, "the transcriber's notes", "#catatan"};
}

template <class T, class... F>
struct Description {
    using type = T;
    std::string_view name;  // its $defs name in the schema; "" to write it in place
    std::string_view doc;
    std::tuple<F...> fields;
};

template <class T, class... F>
constexpr Description<T, F...> describe_struct(std::string_view name, std::string_view doc, F... fields) {
    return {name, doc, std::tuple<F...>(fields...)};
}

template <class T>
concept Described = requires {
    describe(type_tag<T>{});
};

template <Described T>
constexpr auto description() {
    return describe(type_tag<T>{});
}

// Calls f(field) for each field of T's description, in order.
template <Described T, class F>
constexpr void for_each_field(F&& f) {
    std::apply([&](const auto&... x) { (f(x), ...); }, description<T>().fields);
}

template <Described T>
constexpr std::size_t field_count() {
    return std::tuple_size_v<decltype(description<T>().fields)>;
}

// The index of T's field of presence p, or field_count<T>() when it has none.
template <Described T>
constexpr std::size_t field_with(Presence p) {
    std::size_t i = 0, found = field_count<T>();
    for_each_field<T>([&](const auto& f) {
        if (f.presence == p && found == field_count<T>()) found = i;
        ++i;
    });
    return found;
}

// Whether T is a described struct with a key field: a list of it is a map in JSON.
template <class T>
constexpr bool has_key() {
    if constexpr (Described<T>)
        return field_with<T>(Presence::key) != field_count<T>();
    else
        return false;
}

}  // namespace sakip
