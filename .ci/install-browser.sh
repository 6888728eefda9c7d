#!/usr/bin/env bash
# Installs Debian's Chromium and its ChromeDriver for the sandbox's browser tests.
# Idempotent: does nothing when both are present; refreshes apt's lists only when the packages cannot be found.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  echo "chromium and chromedriver already installed"
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

# An apt list that has never been fetched (or is stale) does not know the packages: update only then.
if ! apt-cache show chromium-driver >/dev/null 2>&1 || ! apt-cache show chromium >/dev/null 2>&1; then
  $SUDO apt-get update
fi
$SUDO apt-get install -y --no-install-recommends chromium chromium-driver

/usr/bin/chromium --version
/usr/bin/chromedriver --version
