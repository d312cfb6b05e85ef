#!/usr/bin/env bash
# Headless Chromium and CJK fonts for the browser tests (tests/viz, marked `browser`).
# They come from Debian's packages: Playwright's own browser download is not used, so the
# tests drive /usr/bin/chromium. Idempotent and silent when everything is already there.
set -euo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
# Without a CJK font Chinese labels render as empty boxes and the screenshots are useless.
{ dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null || true; } \
    | grep -q 'install ok installed' || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
    # Not Debian: say what is missing and let the tests decide (skipped locally, failed
    # under CI=true).
    echo "tests/browser/install.sh: no apt-get; install ${need[*]} by hand" >&2
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
else
    SUDO=
fi
echo "installing ${need[*]} (Debian packages) for the browser tests"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
