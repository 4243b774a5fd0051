#!/usr/bin/env bash
# Checks the APL screens the skill sends (issue 13): writes the RenderDocument directive of every routine step and
# every relief answer with a drawing, exactly as the skill builds them, then
#   1. apl-suggester, Amazon's APL validator: any finding fails;
#   2. apl-viewhost-web, Amazon's APL renderer for the web, in Debian's headless Chromium, round 480x480, landscape
#      1280x800 and small landscape 960x540 (Fire TV): the texts and button labels must be drawn inside the screen and
#      not cut off, the countdown must follow the clock, the buttons must send their words; a screenshot of each goes
#      to target/screens/ (with --docs, the README's four to docs/screens/);
#   3. the self-test: broken copies of a screen must fail both checks.
# Needs the jar (./mvnw package), node, Chromium (apt-get install chromium) and `npm ci --prefix tools/screens`.
# Where one is missing it says so and skips, except under CI=true, where a skipped check is a failure.
set -euo pipefail
cd "$(dirname "$0")/../.."

skip() {
  if [ "${CI:-}" = true ]; then
    echo "screens: cannot run: $1 (CI must run these checks)" >&2
    exit 1
  fi
  echo "screens: skipped: $1"
  exit 0
}
command -v node > /dev/null || skip "node is not installed"
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || skip "no Chromium at ${CHROMIUM:-/usr/bin/chromium} (apt-get install chromium)"
[ -d tools/screens/node_modules/apl-viewhost-web ] || skip "the APL tools are not installed (npm ci --prefix tools/screens)"
[ -f target/cramp-coach.jar ] || skip "no target/cramp-coach.jar (./mvnw package)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seconds() { echo "$(( $(date +%s%N) / 1000000 ))"; }
took() { printf '%d.%01d s' $(( ($(seconds) - $1) / 1000 )) $(( ($(seconds) - $1) % 1000 / 100 )); }

java -cp target/cramp-coach.jar com.crampcoach.local.ScreenSamples "$work/directives"
start=$(seconds)
node tools/screens/suggest.js "$work"/directives/*.json 2> "$work/suggester.log" \
  || { cat "$work/suggester.log" >&2; exit 1; }
echo "screens: apl-suggester took $(took "$start")"
start=$(seconds)
node tools/screens/render.js target/screens "$work"/directives/*.json
echo "screens: rendering took $(took "$start")"
if [ "${1:-}" = --docs ]; then
  mkdir -p docs/screens
  for shot in step-calf-1-round step-calf-1-landscape relief-calf-round relief-calf-landscape; do
    cp "target/screens/$shot.png" docs/screens/
  done
  echo "screens: docs/screens/ updated"
fi
start=$(seconds)
tools/screens/selftest.sh "$work/directives/step-calf-1.json"
echo "screens: self-test took $(took "$start")"
