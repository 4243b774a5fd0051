#!/usr/bin/env bash
# Deploys Cramp Coach in one go: the Lambda function and its table with the AWS SAM CLI, then, with the
# ASK CLI if it is installed, the skill's endpoint (the function's "live" alias), its manifest and the
# interaction model of every locale. Without the ASK CLI it prints the commands that finish the job.
#
#   tools/deploy.sh --skill-id amzn1.ask.skill.<id> [--stack-name cramp-coach] [--region <region>]
#
# It checks everything it can before it changes anything: the skill ID's shape, the tools, the AWS
# credentials (with the AWS CLI, when installed), and that every locale has a model.
set -euo pipefail

usage() {
  cat >&2 <<'EOF'
usage: tools/deploy.sh --skill-id amzn1.ask.skill.<id> [--stack-name NAME] [--region REGION]

  --skill-id    your Alexa skill's ID (developer console: View Skill ID); or set SKILL_ID
  --stack-name  the CloudFormation stack (default: cramp-coach)
  --region      the AWS region (default: the AWS CLI's or SAM CLI's own configuration)
EOF
}

skill_id="${SKILL_ID:-}"
stack="cramp-coach"
region=""
while [ $# -gt 0 ]; do
  case "$1" in
    --skill-id) [ $# -ge 2 ] || { usage; exit 2; }; skill_id="$2"; shift 2 ;;
    --stack-name) [ $# -ge 2 ] || { usage; exit 2; }; stack="$2"; shift 2 ;;
    --region) [ $# -ge 2 ] || { usage; exit 2; }; region="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "deploy: unknown option '$1'" >&2; usage; exit 2 ;;
  esac
done

cd "$(dirname "$0")/.."
locales=(en-US en-GB en-CA en-AU en-IN)

say() { printf 'deploy: %s\n' "$*"; }
stop() { printf 'deploy: %s\n' "$*" >&2; exit 1; }

# 1. What can be checked before anything changes.
if [ -z "$skill_id" ]; then
  usage
  exit 2
fi
# The template's SkillId AllowedPattern (and Config.SKILL_ID_FORMAT).
[[ "$skill_id" =~ ^amzn1\.ask\.skill\.[0-9A-Za-z-]+$ ]] \
  || stop "'$skill_id' is not a skill ID: it looks like amzn1.ask.skill.<id> (developer console: View Skill ID)"
command -v sam > /dev/null \
  || stop "the AWS SAM CLI (sam) is not installed; it builds and deploys the function. Nothing was changed."
for l in "${locales[@]}"; do
  [ -f "interactionModels/custom/$l.json" ] || stop "interactionModels/custom/$l.json is missing. Nothing was changed."
done
region_args=()
if [ -n "$region" ]; then
  region_args=(--region "$region")
fi
if command -v aws > /dev/null; then
  say "checking AWS credentials (aws sts get-caller-identity)"
  aws sts get-caller-identity ${region_args[@]+"${region_args[@]}"} --output text --query Account > /dev/null 2>&1 \
    || stop "no usable AWS credentials (aws sts get-caller-identity failed): run 'aws configure' or 'aws sso login', or set AWS_PROFILE. Nothing was changed."
else
  say "the AWS CLI is not installed, so the credentials are checked by sam deploy itself"
fi
if grep -q 'example\.com' skill.json; then
  say "note: skill.json still has placeholder privacy policy or terms URLs; certification needs real ones"
fi

# 2. The function, its alias and its table.
say "building (sam build runs the Maven wrapper through the Makefile)"
sam build
say "deploying stack '$stack'"
sam deploy --stack-name "$stack" ${region_args[@]+"${region_args[@]}"} --resolve-s3 --capabilities CAPABILITY_IAM \
  --no-confirm-changeset --no-fail-on-empty-changeset --parameter-overrides "SkillId=$skill_id"

# One object per output, with no nested braces: take the SkillEndpointArn object, then its alias ARN.
endpoint=$(sam list stack-outputs --stack-name "$stack" ${region_args[@]+"${region_args[@]}"} --output json | tr -d '\n' \
  | grep -o '{[^{}]*"SkillEndpointArn"[^{}]*}' | grep -o 'arn:aws[a-z-]*:lambda:[^"]*:live' | head -n 1 || true)
[[ "$endpoint" =~ ^arn:aws[a-z-]*:lambda:.*:live$ ]] \
  || stop "the stack deployed, but its SkillEndpointArn output was not found (got '$endpoint'); see 'sam list stack-outputs --stack-name $stack'"
say "the skill's endpoint is $endpoint"

# 3. The skill: manifest (with that endpoint) and models.
mkdir -p target
manifest=target/skill.deploy.json
# The endpoint goes into a copy of the manifest, never into the committed skill.json. The ASK CLI is an npm
# package, so where it is installed node is too.
if command -v ask > /dev/null && command -v node > /dev/null; then
  ENDPOINT="$endpoint" node -e '
    const fs = require("fs");
    const skill = JSON.parse(fs.readFileSync("skill.json", "utf8"));
    skill.manifest.apis.custom.endpoint = { uri: process.env.ENDPOINT };
    fs.writeFileSync(process.argv[1], JSON.stringify(skill, null, 2) + "\n");
  ' "$manifest"
  say "uploading the manifest with that endpoint"
  ask smapi update-skill-manifest -s "$skill_id" -g development --manifest "file:$manifest"
  for l in "${locales[@]}"; do
    say "uploading the $l interaction model"
    ask smapi set-interaction-model -s "$skill_id" -g development -l "$l" \
      --interaction-model "file:interactionModels/custom/$l.json"
  done
  say "done: the function is deployed and the skill points at it; models build in the background (the console shows progress)"
else
  say "the ASK CLI (ask) is not installed: set the endpoint and upload the skill with these, or in the developer console:"
  echo "  set apis.custom.endpoint.uri in a copy of skill.json to $endpoint, then"
  echo "  ask smapi update-skill-manifest -s $skill_id -g development --manifest file:<that copy>"
  for l in "${locales[@]}"; do
    echo "  ask smapi set-interaction-model -s $skill_id -g development -l $l --interaction-model file:interactionModels/custom/$l.json"
  done
fi
