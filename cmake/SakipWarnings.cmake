# Warnings for sakip's own targets only: dependencies are included as system headers.
function(sakip_set_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 $<$<BOOL:${SAKIP_WERROR}>:/WX>)
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
                           $<$<BOOL:${SAKIP_WERROR}>:-Werror>)
    # GCC 12 reports false -Wrestrict positives inside libstdc++'s std::string operator+
    # at -O2 and above (GCC bugs 105329, 105651); they are not in our code.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_GREATER_EQUAL 12
       AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
      target_compile_options(${target} PRIVATE -Wno-restrict)
    endif()
  endif()
endfunction()
