# Script mode (cmake -P), called by the `format` and `format-check` targets:
#   cmake -DCLANG_FORMAT=<exe> -DSOURCE_DIR=<repo> -DMODE=fix|check -P RunClangFormat.cmake
# Can also be run by hand or from CI without a configured build directory.
if(NOT CLANG_FORMAT OR NOT SOURCE_DIR OR NOT MODE MATCHES "^(fix|check)$")
    message(FATAL_ERROR "usage: cmake -DCLANG_FORMAT=<exe> -DSOURCE_DIR=<dir> -DMODE=fix|check -P ${CMAKE_SCRIPT_MODE_FILE}")
endif()

execute_process(
    COMMAND git ls-files --cached --others --exclude-standard -- "*.cpp" "*.h"
    WORKING_DIRECTORY ${SOURCE_DIR}
    OUTPUT_VARIABLE listing
    RESULT_VARIABLE git_result
    ERROR_QUIET)
if(git_result EQUAL 0)
    string(REPLACE "\n" ";" candidates "${listing}")
else()
    # A source tarball has no .git: fall back to the project's own folders.
    file(GLOB_RECURSE candidates RELATIVE ${SOURCE_DIR}
         ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
         ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h ${SOURCE_DIR}/resources/*.cpp)
endif()

set(files "")
foreach(file IN LISTS candidates)
    # Deleted but not yet committed files are still listed by git.
    if(file AND EXISTS ${SOURCE_DIR}/${file})
        list(APPEND files ${file})
    endif()
endforeach()
list(REMOVE_DUPLICATES files)
list(LENGTH files count)
if(count EQUAL 0)
    message(STATUS "clang-format: no files")
    return()
endif()

if(MODE STREQUAL "fix")
    set(args -i)
else()
    set(args --dry-run --Werror)
endif()
execute_process(
    COMMAND ${CLANG_FORMAT} --style=file ${args} ${files}
    WORKING_DIRECTORY ${SOURCE_DIR}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "clang-format: files are not formatted; run the `format` target "
                        "(cmake --build <build dir> --target format)")
endif()
if(MODE STREQUAL "fix")
    message(STATUS "clang-format: ${count} files formatted")
else()
    message(STATUS "clang-format: ${count} files checked, all formatted")
endif()
