# Where `cmake --install` puts sepa beside the binary (docs/install.md), and the Debian package
# `cpack -G DEB` builds from the same rules. DESTDIR and CMAKE_INSTALL_PREFIX are honoured.

# The man page, compressed as Debian policy asks (man reads it either way).
set(SEPA_MAN_PAGE ${CMAKE_CURRENT_BINARY_DIR}/man/sepa.1.gz)
add_custom_command(
  OUTPUT ${SEPA_MAN_PAGE}
  COMMAND ${CMAKE_COMMAND} -E make_directory man
  COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_SOURCE_DIR}/docs/sepa.1 man/sepa.1
  COMMAND gzip -9nf man/sepa.1
  DEPENDS ${PROJECT_SOURCE_DIR}/docs/sepa.1
  WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}
  COMMENT "Compressing the man page"
  VERBATIM)
add_custom_target(sepa_man ALL DEPENDS ${SEPA_MAN_PAGE})
install(FILES ${SEPA_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

install(FILES completions/sepa.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME sepa)
install(FILES completions/sepa.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

# zsh looks for packaged completions in /usr/share/zsh/vendor-completions on Debian and for
# local ones in /usr/local/share/zsh/site-functions, so the folder depends on the prefix. It is
# decided at install time because cpack installs under its own prefix (…/usr).
set(SEPA_ZSH_COMPLETION_DIR "" CACHE STRING
    "Folder for the zsh completion, relative to the prefix (default: share/zsh/vendor-completions when the prefix ends in /usr, else share/zsh/site-functions)")
install(CODE "
  set(zsh_dir \"${SEPA_ZSH_COMPLETION_DIR}\")
  if(NOT zsh_dir)
    if(CMAKE_INSTALL_PREFIX MATCHES \"(^|/)usr/?$\")
      set(zsh_dir \"${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions\")
    else()
      set(zsh_dir \"${CMAKE_INSTALL_DATADIR}/zsh/site-functions\")
    endif()
  endif()
  file(INSTALL DESTINATION \"\${CMAKE_INSTALL_PREFIX}/\${zsh_dir}\" TYPE FILE
       FILES \"${PROJECT_SOURCE_DIR}/completions/_sepa\")
")

# The documents: every Markdown file in docs/ (and the README when there is one).
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR} FILES_MATCHING PATTERN "*.md")
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR} OPTIONAL)
# Hook scripts and the systemd timer (docs/hooks.md), as examples to copy: plain files (0644),
# made executable by whoever installs one as a hook.
install(DIRECTORY examples/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)

# Who made sepa and under what licence, and what changed in each release, where Debian keeps
# them: copyright (machine-readable, not compressed), changelog.gz (CHANGELOG.md as it is) and
# changelog.Debian.gz (which package carried which release, made from CHANGELOG.md's headings).
# Both changelogs are compressed with gzip -9n, as policy asks, so they are byte-identical
# from one build to the next. The licence text itself is Debian's common-licenses/GPL-3.
set(SEPA_LICENSE GPL-3.0-or-later)
set(SEPA_CONTACT "The sepa developers <developers@sepa.invalid>")
set(SEPA_MAINTAINER "${SEPA_CONTACT}" CACHE STRING
    "Maintainer named in the Debian package and its changelog")
# A build folder configured by 0.1.0 still holds its placeholder; follow the new default.
if(SEPA_MAINTAINER STREQUAL "sepa maintainers <maintainers@sepa.invalid>")
  set_property(CACHE SEPA_MAINTAINER PROPERTY VALUE "${SEPA_CONTACT}")
endif()
set(SEPA_DEBIAN_REVISION 1)
configure_file(cmake/debian/copyright.in ${CMAKE_CURRENT_BINARY_DIR}/doc/copyright @ONLY)
# Rewritten only when they change, so that a new maintainer or revision remakes the changelog.
file(CONFIGURE OUTPUT doc/changelog.Debian.settings
     CONTENT "@SEPA_MAINTAINER@\nrevision @SEPA_DEBIAN_REVISION@\n" @ONLY)
set(SEPA_CHANGELOGS ${CMAKE_CURRENT_BINARY_DIR}/doc/changelog.gz
                    ${CMAKE_CURRENT_BINARY_DIR}/doc/changelog.Debian.gz)
add_custom_command(
  OUTPUT ${SEPA_CHANGELOGS}
  COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_SOURCE_DIR}/CHANGELOG.md doc/changelog
  COMMAND ${CMAKE_COMMAND} -DCHANGELOG=${PROJECT_SOURCE_DIR}/CHANGELOG.md
          -DOUTPUT=doc/changelog.Debian -DPACKAGE=sepa -DREVISION=${SEPA_DEBIAN_REVISION}
          -DMAINTAINER=${SEPA_MAINTAINER} -P ${PROJECT_SOURCE_DIR}/cmake/DebianChangelog.cmake
  COMMAND gzip -9nf doc/changelog doc/changelog.Debian
  DEPENDS ${PROJECT_SOURCE_DIR}/CHANGELOG.md ${PROJECT_SOURCE_DIR}/cmake/DebianChangelog.cmake
          ${CMAKE_CURRENT_BINARY_DIR}/doc/changelog.Debian.settings
  WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}
  COMMENT "Compressing the changelogs"
  VERBATIM)
add_custom_target(sepa_changelogs ALL DEPENDS ${SEPA_CHANGELOGS})
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/doc/copyright ${SEPA_CHANGELOGS}
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The Debian package. Its Depends are worked out by dpkg-shlibdeps from the libraries the binary
# really links (dpkg-dev must be installed to build it). The version is the project's, with the
# Debian revision after it. It installs under /usr, the DEB generator's own prefix.
set(CPACK_PACKAGE_NAME sepa)
set(CPACK_PACKAGE_VENDOR "The sepa developers")
set(CPACK_PACKAGE_CONTACT "${SEPA_MAINTAINER}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_RPM_PACKAGE_LICENSE ${SEPA_LICENSE})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "practise short separations from your baby, one small step at a time")
# The long description; cpack puts the summary above it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "sepa is a terminal companion for a parent who finds it hard to leave the baby,
even with the other parent. It keeps a ladder of short separations, from a few
minutes upwards, a wait-before-calling rule, the emergencies the couple agreed
on, and a log of how each separation went, and suggests when to move up a rung.
Everything stays in one private file in your home folder.
It is a practice log, not medical advice.")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
set(CPACK_DEBIAN_PACKAGE_RELEASE ${SEPA_DEBIAN_REVISION})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
# CPack's own `--target package_source` packs the source folder as it stands, minus builds and
# git's files; scripts/source-tarball.sh, which packs exactly what git tracks, is the one for a
# release. Both are named sepa-X.Y.Z.tar.gz.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME sepa-${PROJECT_VERSION})
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/\\.git$" "/build[^/]*/" "\\.lock$"
    "/compile_commands\\.json$")
include(CPack)
