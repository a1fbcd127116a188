# Writes the Debian changelog of the package (changelog.Debian) from CHANGELOG.md: one entry per
# release heading "## [X.Y.Z] - YYYY-MM-DD", newest first, each pointing to changelog.gz for what
# changed. CHANGELOG.md stays the only list of changes; this file only says which package carried
# which release, in the form dpkg and lintian read.
#
#   cmake -DCHANGELOG=CHANGELOG.md -DOUTPUT=changelog.Debian -DPACKAGE=sepa -DREVISION=1
#         "-DMAINTAINER=Name <address>" -P DebianChangelog.cmake

foreach(var CHANGELOG OUTPUT PACKAGE REVISION MAINTAINER)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "DebianChangelog.cmake needs -D${var}=...")
  endif()
endforeach()

# The day of the week of a date (Sakamoto's method), as RFC 5322 dates in Debian changelogs need.
function(day_of_week year month day out)
  set(offsets 0 3 2 5 0 3 5 1 4 6 2 4)
  math(EXPR index "${month} - 1")
  list(GET offsets ${index} offset)
  if(month LESS 3)
    math(EXPR year "${year} - 1")
  endif()
  math(EXPR dow "(${year} + ${year} / 4 - ${year} / 100 + ${year} / 400 + ${offset} + ${day}) % 7")
  set(names Sun Mon Tue Wed Thu Fri Sat)
  list(GET names ${dow} name)
  set(${out} ${name} PARENT_SCOPE)
endfunction()

set(heading "^## \\[([0-9]+\\.[0-9]+\\.[0-9]+)\\] - ([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$")
file(STRINGS "${CHANGELOG}" releases REGEX "^## \\[[0-9]")
if(NOT releases)
  message(FATAL_ERROR "${CHANGELOG} has no release heading like '## [1.2.3] - 2026-12-02'")
endif()

set(months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
set(text "")
foreach(line IN LISTS releases)
  if(NOT line MATCHES "${heading}")
    message(FATAL_ERROR "${CHANGELOG}: '${line}' is not '## [X.Y.Z] - YYYY-MM-DD'")
  endif()
  set(version ${CMAKE_MATCH_1})
  set(year ${CMAKE_MATCH_2})
  set(mm ${CMAKE_MATCH_3})
  set(dd ${CMAKE_MATCH_4})
  # Without leading zeros, so math() never reads them as octal.
  string(REGEX REPLACE "^0" "" month "${mm}")
  string(REGEX REPLACE "^0" "" day "${dd}")
  day_of_week(${year} ${month} ${day} weekday)
  math(EXPR month_index "${month} - 1")
  list(GET months ${month_index} month_name)

  string(APPEND text
    "${PACKAGE} (${version}-${REVISION}) unstable; urgency=medium\n\n"
    "  * Release ${version}. What changed is in /usr/share/doc/${PACKAGE}/changelog.gz.\n\n"
    " -- ${MAINTAINER}  ${weekday}, ${dd} ${month_name} ${year} 00:00:00 +0000\n\n")
endforeach()

string(REGEX REPLACE "\n\n$" "\n" text "${text}")
file(WRITE "${OUTPUT}" "${text}")
