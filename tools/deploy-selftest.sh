#!/usr/bin/env bash
# Tests tools/deploy.sh without AWS: stand-ins for sam, aws and ask on a PATH of their own record every call,
# so each case checks what the script ran, in what order, and where it stopped. Run by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
skill=amzn1.ask.skill.00000000-0000-0000-0000-00000c0ac400
arn=arn:aws:lambda:eu-west-1:123456789012:function:cramp-coach-CrampCoachFunction-AbC123:live

# A stand-in that logs its arguments and answers what the script reads from it.
stub() {
  local name=$1 body=$2
  mkdir -p "$work/bin"
  printf '#!/usr/bin/env bash\necho "%s $*" >> "$CALLS"\n%s\n' "$name" "$body" > "$work/bin/$name"
  chmod +x "$work/bin/$name"
}

# Runs the script with only the stand-ins (and the basic commands) on PATH; sets $out, $status, $calls.
run() {
  export CALLS="$work/calls"
  : > "$CALLS"
  local path="$work/bin:/usr/bin:/bin"
  set +e
  out=$(PATH="$path" SKILL_ID='' bash tools/deploy.sh "$@" 2>&1)
  status=$?
  set -e
  calls=$(cat "$CALLS")
}

check() {
  local what=$1
  shift
  if "$@"; then
    echo "ok: $what"
  else
    echo "FAILED: $what"
    echo "  exit $status; output:"
    sed 's/^/    /' <<< "$out"
    echo "  calls:"
    sed 's/^/    /' <<< "$calls"
    failures=$((failures + 1))
  fi
}

has() { grep -qF -- "$1" <<< "$2"; }
lacks() { ! grep -qF -- "$1" <<< "$2"; }

# The tools every case but one has; the node that the ASK CLI brings is the machine's own, where there is one.
reset_tools() {
  rm -rf "${work:?}/bin"
  stub sam 'if [ "$1" = list ]; then printf "[\n {\n  \"OutputKey\": \"UserTableName\",\n  \"OutputValue\": \"cramp-coach-UserTable\"\n },\n {\n  \"Description\": \"Set this as the skill endpoint\",\n  \"OutputKey\": \"SkillEndpointArn\",\n  \"OutputValue\": \"'"$arn"'\"\n }\n]\n"; fi'
  stub aws 'exit 0'
  if command -v node > /dev/null; then
    ln -s "$(command -v node)" "$work/bin/node"
  fi
}

reset_tools
run
check "no skill ID: the usage, exit 2, nothing run" \
  eval '[ $status = 2 ] && has "usage:" "$out" && [ -z "$calls" ]'

run --skill-id "$skill" --bogus
check "an unknown option: exit 2, nothing run" \
  eval '[ $status = 2 ] && has "unknown option" "$out" && [ -z "$calls" ]'

run --skill-id "not-a-skill"
check "a malformed skill ID stops before anything runs" \
  eval '[ $status = 1 ] && has "is not a skill ID" "$out" && [ -z "$calls" ]'

stub aws 'echo "Unable to locate credentials" >&2; exit 255'
run --skill-id "$skill"
check "no AWS credentials: stops after the check, before sam build or deploy" \
  eval '[ $status = 1 ] && has "no usable AWS credentials" "$out" && has "Nothing was changed" "$out" && lacks "sam " "$calls"'

reset_tools
rm "$work/bin/sam"
run --skill-id "$skill"
check "no SAM CLI: says so, nothing run" \
  eval '[ $status = 1 ] && has "SAM CLI" "$out" && lacks "aws " "$calls"'

reset_tools
run --skill-id "$skill" --stack-name my-coach --region eu-west-1
check "without the ASK CLI: deploys, then prints the commands with the alias ARN" \
  eval '[ $status = 0 ] && has "sam build" "$calls" && has "sam deploy --stack-name my-coach --region eu-west-1" "$calls" \
        && has "SkillId=$skill" "$calls" && has "$arn" "$out" && has "set-interaction-model -s $skill -g development -l en-IN" "$out"'

if command -v node > /dev/null; then
  stub ask 'if [ "$1 $2" = "smapi update-skill-manifest" ]; then last="${*: -1}"; cp "${last#file:}" "$CALLS.manifest"; fi'
  run --skill-id "$skill"
  # shellcheck disable=SC2034 # read by the eval below
  order=$(cut -d' ' -f1-3 <<< "$calls" | tr '\n' '|')
  check "with the ASK CLI: credentials, build, deploy, outputs, manifest, then the five models, in that order" \
    eval '[ $status = 0 ] && [ "$order" = "aws sts get-caller-identity|sam build|sam deploy --stack-name|sam list stack-outputs|ask smapi update-skill-manifest|ask smapi set-interaction-model|ask smapi set-interaction-model|ask smapi set-interaction-model|ask smapi set-interaction-model|ask smapi set-interaction-model|" ]'
  check "the uploaded manifest points at the alias ARN, and skill.json itself is untouched" \
    eval 'grep -qF "\"uri\": \"$arn\"" "$CALLS.manifest" && git diff --quiet -- skill.json'

  stub sam 'if [ "$1" = list ]; then echo "[]"; fi'
  run --skill-id "$skill"
  check "no SkillEndpointArn output: stops before touching the skill" \
    eval '[ $status = 1 ] && has "SkillEndpointArn output was not found" "$out" && lacks "ask " "$calls"'
else
  echo "skipped: the ASK CLI cases need node"
fi

if [ "$failures" -gt 0 ]; then
  echo "deploy-selftest: $failures case(s) failed"
  exit 1
fi
echo "deploy-selftest: all cases passed"
