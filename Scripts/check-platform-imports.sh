#!/usr/bin/env bash
# Fails on a platform module used outside a guard for that module, so the package keeps building
# on Apple platforms (Darwin), glibc Linux and musl Linux alike.
#
#   Scripts/check-platform-imports.sh [FILE-OR-FOLDER...]     (default: Sources Tests)
#
# Checked in every .swift file, comments left out: `import M` and a qualified call `M.name` for
# M in Glibc, Musl, Darwin, Bionic, Android, WinSDK, ucrt, FoundationNetworking and
# FoundationEssentials must sit inside an `#if canImport(M)` or `#elseif canImport(M)` branch (at
# any depth). An `#else` branch guards nothing: `#if canImport(Glibc) … #else import Darwin`
# breaks on musl. Prints `file:line: …` per problem and exits 1 if there is any.
set -euo pipefail
cd "$(dirname "$0")/.."

[[ $# -gt 0 ]] || set -- Sources Tests
files=$(find "$@" -name '*.swift' -type f | LC_ALL=C sort)
[[ -n "$files" ]] || { echo "check-platform-imports.sh: no Swift files in $*" >&2; exit 2; }

# shellcheck disable=SC2086
awk '
  BEGIN { modules = "Glibc|Musl|Darwin|Bionic|Android|WinSDK|ucrt|FoundationNetworking|FoundationEssentials" }
  FNR == 1 { depth = 0; inBlock = 0 }
  # Whether branch conditions on the #if stack name canImport(m).
  function guarded(m,    i) {
    for (i = 1; i <= depth; i++) if (cond[i] ~ ("canImport\\(" m "\\)")) return 1
    return 0
  }
  function report(what, m) {
    printf "%s:%d: %s outside an #if canImport(%s) branch\n", FILENAME, FNR, what, m
    problems++
  }
  {
    line = $0
    # Block comments (not nested) and line comments are not code.
    if (inBlock) {
      if (index(line, "*/") == 0) next
      line = substr(line, index(line, "*/") + 2); inBlock = 0
    }
    while (match(line, /\/\*/)) {
      rest = substr(line, RSTART + 2)
      if (index(rest, "*/") == 0) { line = substr(line, 1, RSTART - 1); inBlock = 1; break }
      line = substr(line, 1, RSTART - 1) " " substr(rest, index(rest, "*/") + 2)
    }
    sub(/\/\/.*/, "", line)
    # String literals are not code either (a message may name a module).
    gsub(/"([^"\\]|\\.)*"/, "\"\"", line)

    if (line ~ /^[ \t]*#if[ \t(]/) { cond[++depth] = line; next }
    if (line ~ /^[ \t]*#elseif[ \t(]/) { if (depth > 0) cond[depth] = line; next }
    if (line ~ /^[ \t]*#else([ \t]|$)/) { if (depth > 0) cond[depth] = "#else"; next }
    if (line ~ /^[ \t]*#endif([ \t]|$)/) { if (depth > 0) depth--; next }

    if (match(line, "(^|[ \t@])import[ \t]+(" modules ")([ \t.;]|$)")) {
      m = substr(line, RSTART, RLENGTH)
      sub(/.*import[ \t]+/, "", m); sub(/[ \t.;].*/, "", m)
      if (!guarded(m)) report("import " m, m)
    }
    probe = line
    while (match(probe, "(^|[^A-Za-z0-9_.])(" modules ")\\.[A-Za-z_]")) {
      m = substr(probe, RSTART, RLENGTH)
      sub(/^[^A-Za-z]*/, "", m); sub(/\..*/, "", m)
      if (!guarded(m)) report("call " m ".…", m)
      probe = substr(probe, RSTART + RLENGTH)
    }
  }
  END { exit problems > 0 ? 1 : 0 }
' $files
