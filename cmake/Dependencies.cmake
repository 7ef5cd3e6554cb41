# Every library the build needs, found in one place. When some are missing the configure stops with
# one line for each that names the Debian 12 package to install (packaging/install-deps.sh installs
# them all), instead of CMake's page of search paths.

# Qt module -> the Debian package that ships its CMake package files. WebSockets is listed because
# Qt6HttpServer's package file needs it while Debian's qt6-httpserver-dev does not depend on it;
# asked for first, it is named instead of HttpServer being reported missing for no visible reason.
set(agi_qt_packages
    Core qt6-base-dev Gui qt6-base-dev Widgets qt6-base-dev Network qt6-base-dev
    DBus qt6-base-dev Svg qt6-svg-dev WebSockets qt6-websockets-dev HttpServer qt6-httpserver-dev
    LinguistTools qt6-tools-dev)
if(BUILD_TESTING)
    list(APPEND agi_qt_packages Test qt6-base-dev)
endif()

set(agi_missing "")

# Qt 6 itself first: without its base package no module can be looked for.
find_package(Qt6 6.4 QUIET COMPONENTS Core)
if(NOT Qt6_FOUND)
    list(APPEND agi_missing "Qt 6.4 or newer (Qt6Core): install qt6-base-dev")
else()
    list(LENGTH agi_qt_packages count)
    math(EXPR last "${count} - 1")
    foreach(i RANGE 0 ${last} 2)
        math(EXPR j "${i} + 1")
        list(GET agi_qt_packages ${i} module)
        list(GET agi_qt_packages ${j} package)
        find_package(Qt6${module} ${Qt6_VERSION} QUIET)
        if(Qt6${module}_FOUND)
            continue()
        endif()
        if(EXISTS "${Qt6${module}_DIR}/Qt6${module}Config.cmake")
            # Installed, but one of its own dependencies is missing (named on an earlier line).
            list(APPEND agi_missing "Qt 6 module ${module} (Qt6${module}): installed, but needs the packages above")
        else()
            list(APPEND agi_missing "Qt 6 module ${module} (Qt6${module}): install ${package}")
        endif()
    endforeach()
endif()

find_package(Qt6Keychain QUIET GLOBAL)
if(NOT TARGET Qt6Keychain::Qt6Keychain)
    list(APPEND agi_missing "QtKeychain for Qt 6 (Qt6Keychain): install qtkeychain-qt6-dev")
endif()

find_package(PkgConfig QUIET)
if(NOT PkgConfig_FOUND)
    list(APPEND agi_missing "pkg-config: install pkg-config")
else()
    pkg_check_modules(TurboJpeg QUIET IMPORTED_TARGET GLOBAL libturbojpeg)
    if(NOT TurboJpeg_FOUND)
        list(APPEND agi_missing "libturbojpeg (pkg-config libturbojpeg): install libturbojpeg0-dev")
    endif()
    pkg_check_modules(LibZip QUIET IMPORTED_TARGET GLOBAL libzip)
    if(NOT LibZip_FOUND)
        list(APPEND agi_missing "libzip (pkg-config libzip): install libzip-dev")
    endif()
    pkg_check_modules(WebPMux QUIET IMPORTED_TARGET GLOBAL libwebpmux libwebpdemux libwebp)
    if(NOT WebPMux_FOUND)
        list(APPEND agi_missing "libwebp (pkg-config libwebpmux libwebpdemux): install libwebp-dev")
    endif()
    pkg_check_modules(Gif QUIET IMPORTED_TARGET GLOBAL libgif)
    if(NOT Gif_FOUND)
        list(APPEND agi_missing "giflib (pkg-config libgif): install libgif-dev")
    endif()
endif()

if(agi_missing)
    list(JOIN agi_missing "\n  " lines)
    message(FATAL_ERROR "Missing dependencies:\n  ${lines}\n"
                        "packaging/install-deps.sh installs everything the build needs.")
endif()
