#!/bin/sh
# Chromium for `npm run test:clock`: libfaketime breaks Chromium's zygote, so the browser runs on
# the real clock and each test context's clock is set to the faked "now" (tests/e2e/fixtures.ts).
unset LD_PRELOAD FAKETIME FAKETIME_DONT_FAKE_MONOTONIC
exec "${CHROMIUM_REAL_PATH:-/usr/bin/chromium}" "$@"
