#!/usr/bin/env bash
# Proves the screen checks still catch what they are there for: each broken copy of a routine step's directive must
# fail apl-suggester or the render test, as named.
set -euo pipefail
cd "$(dirname "$0")"
good=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
# what, which check must fail (suggest or render), a JavaScript statement that breaks `d`, the directive
expect_rejected() {
  node -e "const fs = require('fs'); const d = JSON.parse(fs.readFileSync(process.argv[1], 'utf8')); $3;
    fs.writeFileSync(process.argv[2], JSON.stringify(d))" "$good" "$work/broken.json"
  if cmp -s <(node -e "console.log(JSON.stringify(JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'))))" "$good") \
      <(node -e "console.log(require('fs').readFileSync(process.argv[1], 'utf8'))" "$work/broken.json"); then
    echo "screens self-test: '$1' changed nothing; update this test"; failed=1
  elif [ "$2" = suggest ] && node suggest.js "$work/broken.json" > /dev/null 2>&1; then
    echo "screens self-test: apl-suggester passed a document with $1"; failed=1
  elif [ "$2" = render ] && node render.js "$work/shots" "$work/broken.json" > /dev/null 2>&1; then
    echo "screens self-test: the render test passed a document with $1"; failed=1
  fi
}
layouts='d.document.layouts'
name="$layouts.StepText.item.items.find(item => item.id === 'name')"
expect_rejected "a misspelt property" suggest "d.document.mainTemplate.item.widht = '100vw'"
expect_rejected "a property of the wrong type" suggest "$layouts.StepButton.item.item.borderWidth = 'thick'"
# apl-suggester does not know every component type (it takes an unknown one for a layout); the renderer does.
expect_rejected "a misspelt component type" render "$name.type = 'Txt'"
expect_rejected "no tick handler, so a countdown that stands still" render "delete d.document.mainTemplate.item.handleTick"
expect_rejected "the step's name pushed off the screen" render \
  "Object.assign($name, { position: 'absolute', left: '3000dp' })"
expect_rejected "the step's name replaced by the routine's title" render "$name.text = '\${screen.title}'"
expect_rejected "buttons too wide for a small screen" render "$layouts.StepButton.item.item.width = '400dp'"
expect_rejected "a button that sends the wrong word" render \
  "$layouts.StepButton.item.onPress[0].arguments = ['skip']"
[ "$failed" = 0 ] && echo "screens self-test: 8 broken screens rejected"
exit "$failed"
