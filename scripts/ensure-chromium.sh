#!/usr/bin/env bash
# The browser tests use Debian's Chromium. Install it when it is missing (this needs root, as on
# the project's machines and in CI); never download a browser build from anywhere else.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then exit 0; fi
echo "Chromium ontbreekt op $chromium_path; installeren met apt-get…" >&2
if [ "$(id -u)" -ne 0 ]; then
  echo "Geen root: installeer Chromium zelf met 'sudo apt-get install -y chromium' of zet CHROMIUM_PATH." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
