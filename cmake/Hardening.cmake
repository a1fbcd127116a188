# The hardening Debian gives every package it builds (dpkg-buildflags with hardening=+all), for
# our own targets only: sepa_lib passes it on to everything that links it. On by default in the
# optimised builds (Release, RelWithDebInfo, MinSizeRel); Debug builds only get PIE, which
# Debian's compiler makes by default anyway. tests/package/check_hardening.sh checks the result.
# A packager who brings their own flags (CXXFLAGS, LDFLAGS from dpkg-buildflags) can turn it off
# with -DSEPA_HARDENING=OFF.

option(SEPA_HARDENING
       "Build with Debian's hardening flags (stack protector, FORTIFY, PIE, full RELRO, CET) in optimised builds"
       ON)

add_library(sepa_hardening INTERFACE)

if(SEPA_HARDENING)
  include(CheckCXXCompilerFlag)
  include(CheckLinkerFlag)
  include(CheckPIESupported)

  set(optimised "$<CONFIG:Release,RelWithDebInfo,MinSizeRel>")
  set(flags -Wformat -Werror=format-security -fstack-protector-strong)
  # Stack clash and control-flow protection exist only on some targets (-fcf-protection is x86).
  foreach(flag -fstack-clash-protection -fcf-protection)
    string(MAKE_C_IDENTIFIER "SEPA_CXX_HAS${flag}" has_flag)
    check_cxx_compiler_flag(${flag} ${has_flag})
    if(${has_flag})
      list(APPEND flags ${flag})
    endif()
  endforeach()
  # FORTIFY needs the optimiser (glibc warns without it, fatally under -Werror), and its checked
  # copies of memcpy and friends hide overflows from AddressSanitizer. -U first: some compilers
  # define it already, and a second definition is a warning.
  if(NOT SEPA_SANITIZE)
    list(APPEND flags -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2)
  endif()
  target_compile_options(sepa_hardening INTERFACE "$<${optimised}:${flags}>")

  check_linker_flag(CXX "LINKER:-z,relro,-z,now" SEPA_LINKER_HAS_RELRO_NOW)
  if(SEPA_LINKER_HAS_RELRO_NOW)
    target_link_options(sepa_hardening INTERFACE "$<${optimised}:LINKER:-z,relro,-z,now>")
  endif()

  # Position-independent executables in every build. Not through POSITION_INDEPENDENT_CODE, which
  # would compile sepa_lib with -fPIC as for a shared library: slower code, for nothing.
  check_pie_supported(OUTPUT_VARIABLE pie_message LANGUAGES CXX)
  if(CMAKE_CXX_LINK_PIE_SUPPORTED)
    target_compile_options(sepa_hardening INTERFACE -fPIE)
    target_link_options(sepa_hardening INTERFACE -pie)
  endif()
endif()
