# agi_add_translations(<target> TS_FILES <file.ts>... SOURCE_DIRS <dir>... [EXCLUDE_DIRS <dir>...])
#
# One .ts file per language for the whole application, fed from every source file under
# SOURCE_DIRS rather than from one target's SOURCES: the strings live in two libraries (agi_core
# and agi_ui) plus main.cpp, and Qt 6.4's qt_add_translations only reads the sources of the one
# target it is given. The glob is re-checked on every build (CONFIGURE_DEPENDS), so a new file
# with tr() is picked up by the next `update_translations` without touching CMake.
#
# The .qm files are compiled by lrelease and embedded into <target> under :/i18n.
# Targets: update_translations (runs lupdate, rewrites the .ts files in the source tree) and
# release_translations (runs lrelease; also part of the normal build of <target>).
include_guard(GLOBAL)

# Qt's LinguistTools are found by cmake/Dependencies.cmake.

function(agi_add_translations target)
    cmake_parse_arguments(T "" "" "TS_FILES;SOURCE_DIRS;EXCLUDE_DIRS" ${ARGN})
    if(NOT T_TS_FILES OR NOT T_SOURCE_DIRS)
        message(FATAL_ERROR "agi_add_translations(${target}): TS_FILES and SOURCE_DIRS are required")
    endif()

    set(sources "")
    foreach(dir IN LISTS T_SOURCE_DIRS)
        file(GLOB_RECURSE found CONFIGURE_DEPENDS "${dir}/*.cpp" "${dir}/*.h" "${dir}/*.ui")
        list(APPEND sources ${found})
    endforeach()
    foreach(dir IN LISTS T_EXCLUDE_DIRS)
        string(REGEX REPLACE "([][+.*()^$?|\\\\])" "\\\\\\1" escaped "${dir}")
        list(FILTER sources EXCLUDE REGEX "^${escaped}/")
    endforeach()
    list(SORT sources)

    # -locations none: line numbers in the .ts would change with every unrelated edit and make
    # translation diffs unreadable. -no-obsolete: strings that left the code leave the .ts too.
    qt_add_translations(${target}
        TS_FILES ${T_TS_FILES}
        SOURCES ${sources}
        INCLUDE_DIRECTORIES ${T_SOURCE_DIRS}
        LUPDATE_OPTIONS -locations none -no-obsolete
        LRELEASE_OPTIONS -silent)
endfunction()
