#!/usr/bin/env bash
# Proves the template linter still catches what it is there for: each broken copy of template.yaml must fail.
set -euo pipefail
cd "$(dirname "$0")"
template=../../template.yaml
broken=$(mktemp)
trap 'rm -f "$broken"' EXIT
failed=0
expect_rejected() { # what, sed expression that breaks the template
  sed "$2" "$template" > "$broken"
  if cmp -s "$template" "$broken"; then
    echo "template lint self-test: '$1' changed nothing in template.yaml; update this test"; failed=1
  elif node lint.js "$broken" > /dev/null 2>&1; then
    echo "template lint self-test: a template with $1 passed"; failed=1
  fi
}
expect_rejected "a wrong property name" 's/MemorySize: 512/MemorySise: 512/'
expect_rejected "a wrong property name on the table" 's/BillingMode:/BilingMode:/'
expect_rejected "a !Ref to nothing" 's/TABLE_NAME: !Ref UserTable/TABLE_NAME: !Ref UserTabel/'
expect_rejected "a !GetAtt of an attribute that does not exist" 's/!GetAtt UserTable.Arn/!GetAtt UserTable.Arnn/'
[ "$failed" = 0 ] && echo "template lint self-test: 4 broken templates rejected"
exit "$failed"
