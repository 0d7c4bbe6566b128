#!/usr/bin/env python3
"""Writes a reproducible news-like corpus: JSONL archive(s) of invented stories.

Stories are assembled from sentence templates with varied names, places,
dates, numbers and page furniture, so the text does not repeat and rules
have real work. The same seed and size give the same bytes.

Usage: gen_corpus.py OUT.jsonl MEGABYTES [--seed N]
"""
import json
import random
import sys

FIRST = ["Mara", "Tomas", "Oskar", "Ines", "Anna", "Jonas", "Leila", "Pavel", "Sun", "Ji-ho", "Amara",
         "Diego", "Hana", "Yusuf", "Elena", "Kofi", "Mei", "Arjun", "Lucia", "Rafael", "Choe", "Ryo"]
LAST = ["Lindqvist", "Brandt", "Vale", "Carr", "Okafor", "Marsh", "Petrov", "Kim", "Park", "Haddad",
        "Silva", "Novak", "Tanaka", "Mensah", "Ortiz", "Keller", "Rahman", "Dubois", "Santos", "Ivanova"]
COUNTRIES = ["Estoria", "Varland", "Norvia", "Keldor", "Aruna", "Malvena", "Torsk", "Quessa", "Belmar",
             "Ostrava", "Lunaria", "Pellan"]
CITIES = ["Halvik", "Eskby", "Porvik", "Marlow", "Tessin", "Korra", "Vandel", "Brisa", "Olmen", "Strand",
          "Kavala", "Dorne", "Rilla", "Soren"]
TITLES = ["Foreign Minister", "Prime Minister", "Trade Minister", "Defense Minister", "President",
          "Finance Minister", "Deputy Foreign Minister", "Ambassador"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
UNITS = ["million tonnes", "kilometres", "billion", "million", "per cent", "miles", "people"]

TEMPLATES = [
    "{title} {name} arrived in {city} on {weekday}, {abbr} {day}, {year}, for a {n_word}-day visit.",
    "{name} met {country2}'s {title2} {name2} in {city} on {month} {day}, officials said.",
    "The two governments signed a ${amount} billion agreement to expand the port of {city}.",
    "{short}, {age}, said the deal would double capacity to {big} {unit} a year.",
    "{name} was accompanied by {title2} {name2}, who is expected to return in {month}.",
    "The agreement includes a {km}-kilometre rail link between {city} and {city2}.",
    "{country} was one of only {small} countries to vote against the resolution in {month} {year}.",
    "{short} did not meet {name2} during the trip, a spokesman said on {weekday}.",
    "Officials said {short} is likely to meet {title2} {name2} next week.",
    "\"We welcome the visit,\" said {title2} {name2}, adding that talks would continue.",
    "The {ordinal} round of talks ended on {weekday} without a statement.",
    "Last year {country} exported goods worth ${amount} billion to {country2}.",
    "{name}, {age}, left {city} for {city2} on {weekday} and returned on {abbr} {day}.",
    "The port handled {big} {unit} last year, up {pct} per cent from {year0}.",
]
FURNITURE = ["Home", "World", "Business", "Opinion", "Sport", "Most read", "Related stories",
             "Share this article", "Sign up for our newsletter", "Advertisement"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "10th", "21st"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven"]


def story(rng, i):
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    name2 = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    year = rng.randint(2005, 2025)
    vals = dict(
        title=rng.choice(TITLES), title2=rng.choice(TITLES), name=name, name2=name2,
        short=name.split()[-1], country=rng.choice(COUNTRIES), country2=rng.choice(COUNTRIES),
        city=rng.choice(CITIES), city2=rng.choice(CITIES), weekday=rng.choice(WEEKDAYS),
        month=rng.choice(MONTHS), abbr=rng.choice(ABBR), day=rng.randint(1, 28), year=year,
        year0=year - 1, n_word=rng.choice(NUMBER_WORDS), amount=f"{rng.randint(1, 90)}.{rng.randint(0, 9)}",
        age=rng.randint(28, 80), big=rng.randint(2, 90), unit=rng.choice(UNITS), km=rng.randint(5, 400),
        small=rng.randint(2, 30), ordinal=rng.choice(ORDINALS), pct=rng.randint(1, 60))
    menu = "\n".join(rng.sample(FURNITURE, 4))
    paras = [rng.choice(TEMPLATES).format(**vals) + " " + rng.choice(TEMPLATES).format(**vals)
             for _ in range(rng.randint(5, 12))]
    text = f"{menu}\n\n{vals['country']} and {vals['country2']} in talks\n\n" + "\n\n".join(paras) + \
        f"\n\n{rng.choice(FURNITURE)}\n{rng.choice(FURNITURE)}\n{rng.choice(FURNITURE)}\n"
    return {"id": f"s{i:07d}", "date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "outlet": rng.choice(["Nordwire", "Halvik Herald", "Coastal Times", "The Ledger"]), "text": text}


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    out, megabytes = argv[1], float(argv[2])
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 1
    rng = random.Random(seed)
    limit = int(megabytes * 1024 * 1024)
    written = 0
    i = 0
    with open(out, "w", encoding="utf-8") as f:
        while written < limit:
            line = json.dumps(story(rng, i), ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            i += 1
    print(f"{out}: {i} stories, {written / 1048576:.1f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
