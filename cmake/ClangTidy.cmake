# Target `tidy`: clang-tidy (14) with the checks of .clang-tidy over every translation unit of
# app/ and ui/ in this build's compile_commands.json. Findings are errors (WarningsAsErrors), so
# the target fails until the code is clean. Not part of ctest: it takes minutes, not seconds.
include_guard(GLOBAL)

find_program(AGI_RUN_CLANG_TIDY NAMES run-clang-tidy-14 run-clang-tidy)
find_program(AGI_CLANG_TIDY NAMES clang-tidy-14 clang-tidy)
if(NOT AGI_RUN_CLANG_TIDY OR NOT AGI_CLANG_TIDY)
    message(STATUS "clang-tidy not found: no `tidy` target (packaging/install-deps.sh installs it)")
    return()
endif()

cmake_host_system_information(RESULT agi_tidy_jobs QUERY NUMBER_OF_LOGICAL_CORES)
add_custom_target(tidy
    COMMAND ${AGI_RUN_CLANG_TIDY}
            -clang-tidy-binary ${AGI_CLANG_TIDY}
            -p ${CMAKE_BINARY_DIR}
            -j ${agi_tidy_jobs}
            -quiet
            # The compile database holds GCC's command lines; clang does not know every GCC flag.
            -extra-arg=-Wno-unknown-warning-option
            "^${CMAKE_SOURCE_DIR}/(app|ui)/.*\\.cpp$"
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
    COMMENT "clang-tidy over app/ and ui/"
    USES_TERMINAL
    VERBATIM)
# clang-tidy parses the sources like a compiler: moc and uic output must exist first.
add_dependencies(tidy agi_core agi_ui)
