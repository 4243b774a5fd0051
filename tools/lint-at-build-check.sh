#!/usr/bin/env bash
# Proves that the build itself stops on broken content, before any test and before packaging: for each breakage
# below, `./mvnw -q -B process-classes` (the phase `package -DskipTests` passes through first) must fail and name
# the broken file and line. Restores the file after each try, and on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
file=src/main/resources/content/en-US/conversation.xml
saved=$(mktemp)
cp "$file" "$saved"
trap 'cp "$saved" "$file"; rm -f "$saved"' EXIT
failed=0
expect_failure() { # what, sed expression, line the problem must name
  sed "$2" "$saved" > "$file"
  if cmp -s "$saved" "$file"; then
    echo "lint-at-build check: '$1' changed nothing; update this check"; failed=1
  elif output=$(./mvnw -q -B process-classes 2>&1); then
    echo "lint-at-build check: a build with $1 passed"; failed=1
  elif ! grep -q "conversation.xml:$3: " <<<"$output"; then
    echo "lint-at-build check: the build failed on $1 without naming conversation.xml:$3"; echo "$output" | head -20
    failed=1
  fi
  cp "$saved" "$file"
}
help=$(grep -n '<response key="help">' "$saved" | cut -d: -f1)
expect_failure "a <whisper> tag" "$((help + 2))s|<s>|<whisper>|; $((help + 2))s|</s>|</whisper>|" $((help + 2))
expect_failure "a 15-second break" "$((help + 2))s|<s>|<break time=\"15s\"/><s>|" $((help + 2))
expect_failure "a renamed key" 's|<response key="help">|<response key="helps">|' "$help"
expect_failure "malformed XML" "${help}s|<response key=\"help\">|<response key=\"help\"|" $((help + 1))
[ "$failed" = 0 ] && echo "lint-at-build check: 4 broken builds stopped at the offending line"
exit "$failed"
