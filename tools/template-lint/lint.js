#!/usr/bin/env node
// Validates a SAM/CloudFormation template with the cfn-lint package pinned in package.json, and exits 1 on any
// critical problem or warning. That validator's resource specification predates three properties of
// AWS::Serverless::Function that template.yaml uses; they are declared here, each with its shape, so that every
// other property name is still checked against the specification.
'use strict';

const path = require('path');
const awsData = require('cfn-lint/lib/awsData');
const samData = require('cfn-lint/lib/samData');

const NEWER_FUNCTION_PROPERTIES = {
  // A list of "x86_64" or "arm64" (added to SAM in 2021).
  Architectures: { Type: 'List', PrimitiveItemType: 'String' },
  // { ApplyOn: PublishedVersions | None } (2022).
  SnapStart: { PrimitiveType: 'Json' },
  // { LogFormat, ApplicationLogLevel, SystemLogLevel, LogGroup } (2023).
  LoggingConfig: { PrimitiveType: 'Json' },
};

for (const spec of [awsData.awsResources, samData.samResources20161031]) {
  const fn = spec.ResourceTypes['AWS::Serverless::Function'];
  if (fn) {
    for (const [name, shape] of Object.entries(NEWER_FUNCTION_PROPERTIES)) {
      fn.Properties[name] = fn.Properties[name] ||
        Object.assign({ Documentation: '', Required: false, UpdateType: 'Mutable' }, shape);
    }
  }
}

const api = require('cfn-lint');
const file = process.argv[2];
if (!file) {
  console.error('usage: node lint.js TEMPLATE');
  process.exit(2);
}
const result = api.validateFile(path.resolve(file), { parameters: {}, pseudoParameters: {} });
let problems = 0;
for (const level of ['crit', 'warn']) {
  for (const error of result.errors[level]) {
    console.log(`${file}: ${level}: ${error.resource}: ${error.message}`);
    problems++;
  }
}
console.log(problems === 0 && result.templateValid
  ? `template lint: ${file} is valid`
  : `template lint: ${file}: ${problems} problem${problems === 1 ? '' : 's'}`);
process.exit(problems === 0 && result.templateValid ? 0 : 1);
