#!/usr/bin/env python3
"""Generates Cramp Coach's en-GB, en-CA, en-AU and en-IN interaction models from en-US.json.

    python3 tools/locale-models.py [--repo DIR] [--check]

en-US.json is the source of truth. Each other locale gets the same invocation name, intents, slots,
slot types, values and ids; only the words change, through the LOCALES table below:

  replace   (pattern, replacement): applied to every sample, slot value and synonym. For spelling
            ("colored" -> "coloured") and for what must not be said there ("nine one one" in the UK).
  variants  (pattern, replacement): the sample is kept AND a copy with the replacement is added, for a
            local way of saying it alongside the shared one ("pee" and "wee" both work in the UK).
  extra     {intent: [samples]}: samples only that locale needs ("call zero zero zero" in Australia).

Patterns are regular expressions matched on whole words (\\b is added around them). After generating,
the script checks Alexa's sample rules and the project's: lower case, no digits, apostrophes only in
contractions, no sample in two intents, nothing left that the locale forbids (FORBIDDEN). Any problem
stops it before anything is written. --check writes nothing and exits 1 if a file is out of date.

Run it again whenever en-US.json changes, then `./mvnw verify` (LocalesTest checks the result).
"""
import argparse
import copy
import json
import re
import sys
from pathlib import Path

# Spelling shared by British, Australian and Indian English (and, for -our words, Canadian English).
OUR = [
    (r"colou?r", "colour"), (r"colou?red", "coloured"), (r"colou?rs", "colours"),
    (r"favou?rite", "favourite"), (r"favou?rites", "favourites"),
    (r"flavou?r", "flavour"), (r"behaviou?r", "behaviour"), (r"neighbou?r", "neighbour"),
    (r"center", "centre"), (r"centers", "centres"), (r"meter", "metre"), (r"meters", "metres"),
    (r"liter", "litre"), (r"liters", "litres"), (r"fiber", "fibre"),
    (r"gray", "grey"),
]
COMMONWEALTH = OUR + [
    (r"yogurt", "yoghurt"),
    (r"mom", "mum"), (r"moms", "mums"), (r"mommy", "mummy"),
    (r"pediatrician", "paediatrician"), (r"esophagus", "oesophagus"), (r"anemia", "anaemia"),
    (r"edema", "oedema"), (r"diarrhea", "diarrhoea"),
    (r"tylenol", "paracetamol"), (r"acetaminophen", "paracetamol"),
]

LOCALES = {
    "en-GB": {
        "replace": COMMONWEALTH + [(r"nine one one", "nine nine nine")],
        "variants": [
            (r"pee", "wee"),
            (r"heating pad", "heat pack"),
            (r"go to the hospital", "go to hospital"),
            (r"the emergency room", "accident and emergency"),
            (r"threw my back out", "put my back out"),
        ],
        "extra": {"EmergencyIntent": ["ring nine nine nine"]},
    },
    "en-CA": {
        # Canadian spelling: -our and -re like British English, but "yogurt", "-ize", "mom". Same 911.
        "replace": OUR,
        "variants": [],
        "extra": {},
    },
    "en-AU": {
        "replace": COMMONWEALTH + [(r"nine one one", "triple zero")],
        "variants": [
            (r"pee", "wee"),
            (r"heating pad", "heat pack"),
            (r"go to the hospital", "go to hospital"),
            (r"the emergency room", "emergency"),
            (r"threw my back out", "put my back out"),
        ],
        "extra": {"EmergencyIntent": ["call zero zero zero", "ring triple zero"]},
    },
    "en-IN": {
        "replace": COMMONWEALTH + [(r"nine one one", "one one two")],
        "variants": [
            (r"heating pad", "heat pack"),
            (r"go to the hospital", "go to hospital"),
            (r"the emergency room", "casualty"),
        ],
        "extra": {},
    },
}

# Words that must not survive in a locale's model (another country's number, US spelling).
US_ONLY = [r"nine one one", r"color(ed|s)?", r"favorite", r"center", r"yogurt", r"mom", r"gray"]
FORBIDDEN = {
    "en-GB": US_ONLY,
    "en-AU": US_ONLY,
    "en-IN": US_ONLY,
    "en-CA": [r"color(ed|s)?", r"favorite", r"center"],
}

CONTRACTION = re.compile(r"^[a-z]+'(s|t|re|ve|ll|m|d)$")


def word(pattern):
    return re.compile(r"\b(?:" + pattern + r")\b")


def substitute(text, rules, used):
    for pattern, replacement in rules:
        new = word(pattern).sub(replacement, text)
        if new != text:
            used[pattern] = used.get(pattern, 0) + 1
            text = new
    return text


def dedupe(items):
    seen, out = set(), []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def localise(us, table):
    model = copy.deepcopy(us)
    language = model["interactionModel"]["languageModel"]
    used = {}
    replace, variants = table["replace"], table["variants"]
    for intent in language["intents"]:
        samples = []
        for sample in intent.get("samples", []):
            local = substitute(sample, replace, used)
            samples.append(local)
            variant = substitute(local, variants, used)
            if variant != local:
                samples.append(variant)
        samples += table["extra"].get(intent["name"], [])
        if "samples" in intent:
            intent["samples"] = dedupe(samples)
    for type_ in language.get("types", []):
        for value in type_["values"]:
            name = value["name"]
            name["value"] = substitute(name["value"], replace, used)
            if "synonyms" in name:
                name["synonyms"] = dedupe(
                    [s for s in (substitute(s, replace, used) for s in name["synonyms"]) if s != name["value"]])
    unknown = set(table["extra"]) - {i["name"] for i in language["intents"]}
    if unknown:
        raise SystemExit(f"extra samples for intents that en-US does not have: {sorted(unknown)}")
    return model, used


def problems(locale, model):
    found = []
    owner = {}
    forbidden = [word(p) for p in FORBIDDEN.get(locale, [])]
    language = model["interactionModel"]["languageModel"]
    for intent in language["intents"]:
        for sample in intent.get("samples", []):
            where = f"{locale} {intent['name']}: \"{sample}\""
            text = re.sub(r"\{\w+}", "", sample)
            if text != text.lower():
                found.append(where + " is not lower case")
            if re.search(r"[0-9]", text):
                found.append(where + " has a digit; spell numbers out")
            if re.search(r"[^a-z' ]", text.strip()):
                found.append(where + " has a character other than letters, spaces and apostrophes")
            for token in text.split():
                if "'" in token and not CONTRACTION.match(token):
                    found.append(where + f" has an apostrophe outside a contraction ({token})")
            previous = owner.setdefault(sample, intent["name"])
            if previous != intent["name"]:
                found.append(where + f" is also in {previous}")
            for pattern in forbidden:
                if pattern.search(sample):
                    found.append(where + f" still says \"{pattern.pattern}\"")
    return found


def same_shape(us, local):
    """Intents, slots, types and ids must be exactly en-US's."""
    def shape(model):
        language = model["interactionModel"]["languageModel"]
        return (language["invocationName"],
                [(i["name"], json.dumps(i.get("slots"))) for i in language["intents"]],
                [(t["name"], [v.get("id") for v in t["values"]]) for t in language.get("types", [])])
    return shape(us) == shape(local)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repo", default=str(Path(__file__).resolve().parent.parent),
                        help="the project folder (default: the one this script is in)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a file is out of date")
    args = parser.parse_args()
    folder = Path(args.repo) / "interactionModels" / "custom"
    us = json.loads((folder / "en-US.json").read_text(encoding="utf-8"))

    outputs, all_problems = {}, []
    for locale, table in LOCALES.items():
        model, used = localise(us, table)
        all_problems += problems(locale, model)
        if not same_shape(us, model):
            all_problems.append(f"{locale}: intents, slots or types differ from en-US")
        outputs[locale] = (json.dumps(model, indent=2, ensure_ascii=False) + "\n", used, model)
    all_problems += problems("en-US", us)
    if all_problems:
        print("not written; fix the table or en-US.json:", *all_problems, sep="\n  ", file=sys.stderr)
        return 1

    stale = []
    for locale, (text, used, model) in outputs.items():
        path = folder / f"{locale}.json"
        current = path.read_text(encoding="utf-8") if path.exists() else None
        samples = sum(len(i.get("samples", [])) for i in model["interactionModel"]["languageModel"]["intents"])
        changes = ", ".join(f"{p} x{n}" for p, n in used.items()) or "none"
        if args.check:
            if current != text:
                stale.append(locale)
            print(f"{path}: {'up to date' if current == text else 'OUT OF DATE'}")
        else:
            if current != text:
                path.write_text(text, encoding="utf-8")
            print(f"{path}: {samples} samples{'' if current != text else ' (unchanged)'}; rules used: {changes}")
    if stale:
        print("out of date: " + ", ".join(stale) + "; run without --check", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
