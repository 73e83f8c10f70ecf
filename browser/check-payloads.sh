#!/usr/bin/env bash
# The browser half of the XSS corpus test: render-html's XssCorpusTest (run by `mvn verify`) writes
# one page per payload, with the payload in every text and URL field, to render-html/target/xss-site;
# this checks those pages in headless Chromium with check-site.mjs, which fails if any dialog opens,
# any page error occurs, any executable <script> exists or any request leaves loopback (and runs
# axe, the link and the JSON-LD checks as for the site).
#
# Skips with a notice when Chromium, browser/node_modules or the pages are missing; with
# CARESHEET_REQUIRE_BROWSER=1 (CI) each of those is a failure instead.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

site=render-html/target/xss-site
chromium="${CHROMIUM:-/usr/bin/chromium}"

skip() {
  if [ "${CARESHEET_REQUIRE_BROWSER:-0}" = "1" ]; then
    echo "check-payloads: required but impossible: $1" >&2
    exit 1
  fi
  echo "check-payloads: SKIPPED the XSS payload browser check: $1 (set CARESHEET_REQUIRE_BROWSER=1 to make this an error)" >&2
  exit 0
}

[ -x "$chromium" ] || skip "no $chromium"
command -v node >/dev/null || skip "no node"
[ -d browser/node_modules/playwright-core ] && [ -d browser/node_modules/axe-core ] \
  || skip "no browser/node_modules (run: cd browser && npm ci)"
[ -f "$site/00.html" ] || skip "no payload pages in $site (run: mvn -B -ntp verify, or mvn -pl render-html -am test)"

echo "check-payloads: $(ls "$site"/*.html | wc -l) pages of XSS payloads in $site" >&2
CHROMIUM="$chromium" node browser/check-site.mjs "$site"
