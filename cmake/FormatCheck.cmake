# Targets `format` (rewrites files in place) and `format-check` (fails when a file is not formatted)
# with clang-format 14 and the repository's .clang-format, over the C++ files git knows about
# (tracked, plus new files that are not ignored).
include_guard(GLOBAL)

find_program(AGI_CLANG_FORMAT NAMES clang-format-14 clang-format)
if(NOT AGI_CLANG_FORMAT)
    message(STATUS "clang-format not found: no `format` targets (packaging/install-deps.sh installs it)")
    return()
endif()

foreach(mode IN ITEMS fix check)
    if(mode STREQUAL "fix")
        set(name format)
    else()
        set(name format-check)
    endif()
    add_custom_target(${name}
        COMMAND ${CMAKE_COMMAND} -DCLANG_FORMAT=${AGI_CLANG_FORMAT} -DSOURCE_DIR=${CMAKE_SOURCE_DIR} -DMODE=${mode}
                -P ${CMAKE_CURRENT_LIST_DIR}/RunClangFormat.cmake
        WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
        USES_TERMINAL
        VERBATIM)
endforeach()
