#!/usr/bin/env bash
# Makes sure the system browsers and tools the tests drive are installed.
#   bash scripts/ensure-browsers.sh chromium   # e2e, bench, npm start
#   bash scripts/ensure-browsers.sh all        # + firefox-esr, ffmpeg, xvfb-run
# The tests use Debian's packages, never a browser downloaded by playwright or
# puppeteer (`npx playwright install` fails on these machines). As root on
# Debian the missing packages are installed; otherwise the script prints the
# command to run and exits 1.
set -euo pipefail

scope="${1:-}"
if [[ "$scope" != chromium && "$scope" != all ]]; then
  echo "usage: bash scripts/ensure-browsers.sh chromium|all" >&2
  exit 2
fi

chrome_path="${CHROME_PATH:-/usr/bin/chromium}"
firefox_path="${FIREFOX_PATH:-/usr/bin/firefox-esr}"

# Presence only: /usr/bin/chromium prints a harmless shell warning on
# --version here, so versions are not parsed.
is_executable() { [[ -x "$1" ]] || command -v "$1" >/dev/null 2>&1; }

missing_packages=()
missing_what=()
need() { # need <path-or-command> <debian package>
  if ! is_executable "$1"; then
    missing_what+=("$1")
    missing_packages+=("$2")
  fi
}

check() {
  missing_packages=()
  missing_what=()
  need "$chrome_path" chromium
  if [[ "$scope" == all ]]; then
    need "$firefox_path" firefox-esr
    need ffmpeg ffmpeg
    need xvfb-run xvfb
  fi
}

check
if ((${#missing_packages[@]} == 0)); then
  echo "ensure-browsers: all present ($scope)"
  exit 0
fi

echo "ensure-browsers: missing ${missing_what[*]}" >&2
install_cmd="apt-get install -y ${missing_packages[*]}"

if command -v apt-get >/dev/null 2>&1 && [[ "$(id -u)" == 0 ]]; then
  echo "ensure-browsers: installing ${missing_packages[*]} with apt-get" >&2
  # A failed update (offline, a broken mirror) may still leave usable lists.
  apt-get update || echo "ensure-browsers: apt-get update failed; trying the install anyway" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing_packages[@]}"
  check
  if ((${#missing_packages[@]} == 0)); then
    echo "ensure-browsers: all present ($scope)"
    exit 0
  fi
  # For example CHROME_PATH points somewhere the package does not install to.
  echo "ensure-browsers: still missing after apt-get install: ${missing_what[*]}" >&2
  echo "Check CHROME_PATH / FIREFOX_PATH, or install the packages yourself." >&2
  exit 1
fi

cat >&2 <<EOF
Install the missing packages, then run this again:

  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive $install_cmd

(On another distribution, install the equivalent packages; if a browser is not
at its default path, set CHROME_PATH or FIREFOX_PATH.)
EOF
exit 1
