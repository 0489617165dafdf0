# Sourced by the scripts that run pinned Python test tooling.
#
#   pinned_venv VENV REQUIREMENTS
#
# Makes the virtual environment VENV with exactly the packages of REQUIREMENTS, again whenever that
# file changes (a copy kept in VENV tells); reuses it otherwise. Returns 2 — the scripts' "could not
# run" status — when python3 has no venv module or pip cannot install (offline), leaving no half
# environment behind.
pinned_venv() {
  local venv=$1 requirements=$2
  if [[ -x "$venv/bin/python" ]] && cmp -s "$requirements" "$venv/requirements.txt"; then return 0; fi
  rm -rf "$venv"
  python3 -m venv "$venv" || {
    echo "$(basename "$0"): python3 -m venv failed (Scripts/setup.sh --browser installs python3-venv)" >&2
    return 2
  }
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$requirements" || { rm -rf "$venv"; return 2; }
  cp "$requirements" "$venv/requirements.txt"
}
