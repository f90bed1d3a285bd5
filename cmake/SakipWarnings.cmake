# Warnings for sakip's own targets only: dependencies are included as system headers.
function(sakip_set_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 $<$<BOOL:${SAKIP_WERROR}>:/WX>)
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
                           $<$<BOOL:${SAKIP_WERROR}>:-Werror>)
  endif()
endfunction()
