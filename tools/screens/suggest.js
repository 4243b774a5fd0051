#!/usr/bin/env node
// Runs Amazon's APL validator (apl-suggester, pinned in package.json) on each RenderDocument directive given, on its
// document and on its datasources, and exits 1 on any finding at all: a warning is a defect here too.
'use strict';

const fs = require('fs');
const { StaticAplTemplateValidator } = require('apl-suggester');

async function main(files) {
  if (files.length === 0) {
    console.error('usage: node suggest.js DIRECTIVE.json...');
    return 2;
  }
  const validator = new StaticAplTemplateValidator();
  let findings = 0;
  for (const file of files) {
    const directive = JSON.parse(fs.readFileSync(file, 'utf8'));
    const document = directive.document || directive;
    const results = (await validator.validate(document))
      .concat(directive.datasources ? await validator.validateDataSources(directive.datasources) : []);
    for (const result of results) {
      console.log(`${file}: ${result.level || 'WARNING'}: ${result.path}: ${result.errorMessage}`);
      findings++;
    }
  }
  console.log(findings === 0
    ? `apl-suggester: no findings in ${files.length} document${files.length === 1 ? '' : 's'}`
    : `apl-suggester: ${findings} finding${findings === 1 ? '' : 's'}`);
  return findings === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(code => process.exit(code), error => {
  console.error(`apl-suggester: ${error.stack || error}`);
  process.exit(1);
});
