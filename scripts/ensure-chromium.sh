#!/usr/bin/env bash
# The browser tests use Debian's Chromium as its headless shell (tests/support/browser.ts says
# why); `npm run bench` runs Lighthouse in the full browser. Install whichever is missing (this
# needs root, as on the project's machines and in CI); never download a browser build from anywhere
# else. CHROMIUM_PATH names another browser for the tests, which is then the only one looked for.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ]; then
  if [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
  echo "Geen browser op CHROMIUM_PATH=$CHROMIUM_PATH." >&2
  exit 1
fi
packages=()
[ -x /usr/bin/chromium-headless-shell ] || packages+=(chromium-headless-shell)
[ -x /usr/bin/chromium ] || packages+=(chromium)
if [ ${#packages[@]} -eq 0 ]; then exit 0; fi
echo "Chromium ontbreekt (${packages[*]}); installeren met apt-get…" >&2
if [ "$(id -u)" -ne 0 ]; then
  echo "Geen root: installeer Chromium zelf met 'sudo apt-get install -y ${packages[*]}' of zet CHROMIUM_PATH." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${packages[@]}" >/dev/null
