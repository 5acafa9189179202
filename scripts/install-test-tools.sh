#!/bin/sh
# Installs the system tools the test suite needs, from Debian's packages, when they are missing:
#   chromium + chromium-driver  (it/e2e: headless browser tests, /usr/bin/chromium, /usr/bin/chromedriver)
#   poppler-utils               (pdftotext: checks that report PDFs keep their Cyrillic text)
# Idempotent: installs only what is missing and says what it did. Run as root (CI runs it as root).
# Never downloads a browser from anywhere else (Selenium Manager is not used by the tests).
set -eu

PACKAGES="chromium chromium-driver poppler-utils"

if [ "$(id -u)" -ne 0 ]; then
    echo "install-test-tools: run as root (apt-get needs it), e.g.: sudo $0" >&2
    exit 1
fi

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

missing=""
for p in $PACKAGES; do
    if installed "$p"; then
        echo "install-test-tools: $p already installed ($(dpkg-query -W -f='${Version}' "$p"))"
    else
        missing="$missing $p"
    fi
done

if [ -n "$missing" ]; then
    echo "install-test-tools: installing:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    # shellcheck disable=SC2086
    apt-get install -y -q --no-install-recommends $missing
    for p in $missing; do
        if installed "$p"; then
            echo "install-test-tools: installed $p ($(dpkg-query -W -f='${Version}' "$p"))"
        else
            echo "install-test-tools: FAILED to install $p" >&2
            exit 1
        fi
    done
else
    echo "install-test-tools: nothing to do"
fi

# Show that the binaries the tests use are there and run.
for bin in /usr/bin/chromium /usr/bin/chromedriver /usr/bin/pdftotext; do
    if [ ! -x "$bin" ]; then
        echo "install-test-tools: $bin is missing after installation" >&2
        exit 1
    fi
done
echo "install-test-tools: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
echo "install-test-tools: $(/usr/bin/chromedriver --version 2>/dev/null | head -n 1)"
echo "install-test-tools: $(/usr/bin/pdftotext -v 2>&1 | head -n 1)"
