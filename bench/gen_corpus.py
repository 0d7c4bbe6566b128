#!/usr/bin/env python3
"""Writes a reproducible news archive about a consistent invented world: JSONL.

Usage: gen_corpus.py OUT.jsonl MEGABYTES [--seed N] [--error-rate R]

The seed builds a world - invented countries, cities and a few hundred people
(more for large corpora), each with a birth date, a nationality and offices
held for set terms (some promoted once, from deputy to minister, on a known
date) - and a calendar of events: trips (who went where, left home, arrived,
left, came back, who came along, whom they met), meetings, deals (parties,
amount, currency, date), rail links of fixed length, and votes on resolutions
("one of only N countries to vote against", N fixed per resolution).

Each event is reported by 2-8 outlets, published 0-3 days after the part of
the event the story is about, so "on Monday" resolves. Ages are computed from
the birth date on the publication date, titles are those held that day (a
promotion decided later is known when the title is written; a minister whose
term is over is named without one). No two people share a name once
diacritics are dropped, nobody takes part in two events at once, and one
purpose has one deal a year: the injected errors are meant to be the only
contradictions.
Stories mix asserted, hedged ("is likely to meet"), planned ("will return")
and reported sentences, quotes and filler; pages carry menus, bylines,
"Related stories" lists and copyright lines; outlets differ in house style
(date forms, units, currency forms, one drops diacritics). Some stories are
background (sport, weather, markets, culture) with few claims.

A share of the stories (--error-rate, default 0.01) gets exactly one wrong
fact: a date off by one or two days, an amount or a length changed by more
than 10%, an age off by 2-3 years, a title at the wrong rank, a vote count
off, or "did not meet" for a meeting that happened. They are listed in
OUT.errors.jsonl (OUT without .jsonl): id, JSONL line, the sentence as
written, what changed, the true and the wrong value. bench/score-injected
matches them against a concord report.

Records are {"id", "text", "date", "title", "outlet", "url"}, sorted by date.
The same seed, size and error rate give the same bytes.
"""
import argparse
import datetime
import heapq
import json
import sys
import unicodedata

import random

START = datetime.date(2006, 1, 2).toordinal()
GAP = 25  # days a person is left alone after an event (stories run to its end + 3)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
             "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]

FEMALE = ["Mara", "Ines", "Anna", "Leila", "Hana", "Elena", "Mei", "Lucia", "Amara", "Sofia", "Nadia",
          "Ingrid", "Astrid", "Freya", "Yasmin", "Camille", "Irene", "Olga", "Greta", "Nora", "Maja",
          "Selin", "Aylin", "Priya", "Zara", "Lena", "Katya", "Marta", "Teresa", "Alma", "Rosa", "Helga",
          "Sigrid", "Ilse", "Noor", "Farah", "Chloé", "Inés", "Zoë", "Renée", "Júlia", "Dóra", "Ayşe",
          "Sølvi", "Akosua", "Wanjiru", "Keiko", "Yuna", "Lin", "Thandi", "Efua", "Marisol"]
MALE = ["Tomas", "Oskar", "Jonas", "Pavel", "Diego", "Yusuf", "Kofi", "Arjun", "Rafael", "Ryo", "Mikkel",
        "Stefan", "Anton", "Viktor", "Emil", "Lars", "Henrik", "Omar", "Karim", "Tariq", "Matteo",
        "Luca", "Bruno", "Felix", "Dmitri", "Goran", "Milos", "Kenji", "Hiro", "Andrés", "José", "Tomás",
        "Björn", "Søren", "Jürgen", "Zoltán", "Ivo", "Marek", "Petr", "Nikos", "Kwame", "Ade", "Samir",
        "Farid", "Elias", "Jomo", "Baraka", "Tendai", "Haruki", "Wei", "Rohan", "Mateus"]
SURNAMES = ["Lindqvist", "Brandt", "Vale", "Carr", "Okafor", "Marsh", "Petrov", "Kim", "Park", "Haddad",
            "Silva", "Novak", "Tanaka", "Mensah", "Ortiz", "Keller", "Rahman", "Dubois", "Santos",
            "Ivanova", "Berg", "Holm", "Dahl", "Lund", "Nyberg", "Sandell", "Forsberg", "Eklund",
            "Vogel", "Hartmann", "Krause", "Richter", "Weber", "Bauer", "Moreau", "Lambert", "Girard",
            "Fontaine", "Rossi", "Bianchi", "Greco", "Conti", "Ferraro", "Costa", "Pereira", "Almeida",
            "Moreno", "Castillo", "Navarro", "Herrera", "Medina", "Kovač", "Horvat", "Babić", "Nowak",
            "Woźniak", "Kowalski", "Sokolov", "Volkov", "Orlov", "Popescu", "Ionescu", "Demir",
            "Yılmaz", "Aydın", "Kaya", "Şahin", "Mansour", "Nasser", "Khalil", "Aziz", "Karimi",
            "Tehrani", "Farouk", "Osei", "Boateng", "Adeyemi", "Okonkwo", "Diallo", "Traoré", "Ndiaye",
            "Kamara", "Mwangi", "Otieno", "Banda", "Phiri", "Moyo", "Dlamini", "Nakamura", "Sato",
            "Suzuki", "Watanabe", "Chen", "Wang", "Liu", "Zhao", "Nguyen", "Tran", "Pham", "Singh",
            "Sharma", "Gupta", "Iyer", "Reddy", "Das", "Bose", "Hughes", "Fletcher", "Walsh", "Byrne",
            "Quinn", "Doyle", "Murray", "Reid", "Fraser", "Campbell", "Morgan", "Ellis", "Lowe", "Thorne",
            "Whitlock", "Sörensen", "Müller", "Jäger", "Núñez", "Peña", "Gómez", "Øverby", "Åberg",
            "Égert", "Lindahl", "Söderberg", "Van Dijk", "De Smet", "O'Neill", "MacLeod", "Al-Amin"]

# name, domain, date style (ap: "Nov. 5", uk: "5 November", us: "November 5"), length unit, money style
# ("$2.4 billion", "2.4 billion dollars", "US$2.4 billion"), names without diacritics, page furniture,
# byline, writes "yesterday"
OUTLETS = [
    ("Nordwire", "nordwire.example", "ap", "km", "sign", True, "none", False, False),
    ("Meridian Press", "meridianpress.example", "ap", "mile", "sign", False, "light", True, False),
    ("The Harbour Ledger", "harbourledger.example", "uk", "kilometre", "words", False, "full", True, True),
    ("Coastal Times", "coastaltimes.example", "us", "kilometer", "sign", False, "full", True, False),
    ("Eastern Mail", "easternmail.example", "uk", "km", "sign", False, "full", True, True),
    ("Continental Post", "continentalpost.example", "uk", "kilometre", "code", False, "light", True, False),
    ("Global Dispatch", "globaldispatch.example", "ap", "mile", "sign", False, "full", False, False),
    ("The Evening Courier", "eveningcourier.example", "us", "kilometer", "words", False, "full", True, False),
    ("Baltic Observer", "balticobserver.example", "uk", "km", "code", False, "light", True, True),
    ("Daily Chronicle", "dailychronicle.example", "ap", "mile", "sign", False, "full", True, False),
]
MENUS = ["Home", "World", "Business", "Politics", "Opinion", "Sport", "Culture", "Science", "Video",
         "Podcasts", "Weather", "Markets", "Travel", "Lifestyle"]
TRAILERS = ["Share this article", "Sign up for our newsletter", "Advertisement", "Most read",
            "Comments are closed", "Follow us"]

# Offices of every country. Single-holder ones rotate in terms; deputies can be promoted.
OFFICES = {  # key: (title, portfolio word or "", deputy key)
    "president": ("President", "", "vp"), "pm": ("Prime Minister", "", "dpm"),
    "fm": ("Foreign Minister", "foreign", "dfm"), "dm": ("Defense Minister", "defense", "ddm"),
    "tm": ("Trade Minister", "trade", "dtm"), "fin": ("Finance Minister", "finance", ""),
    "en": ("Energy Minister", "energy", ""), "tr": ("Transport Minister", "transport", ""),
    "vp": ("Vice President", "", ""), "dpm": ("Deputy Prime Minister", "", ""),
    "dfm": ("Deputy Foreign Minister", "foreign", ""), "ddm": ("Deputy Defense Minister", "defense", ""),
    "dtm": ("Deputy Trade Minister", "trade", ""),
}
DEPUTY_OF = {"vp": "president", "dpm": "pm", "dfm": "fm", "ddm": "dm", "dtm": "tm"}
WRONG_RANK = {"president": "Vice President", "pm": "Deputy Prime Minister", "fm": "Deputy Foreign Minister",
              "dm": "Deputy Defense Minister", "tm": "Deputy Trade Minister", "fin": "Deputy Finance Minister",
              "en": "Deputy Energy Minister", "tr": "Deputy Transport Minister", "vp": "President",
              "dpm": "Prime Minister", "dfm": "Foreign Minister", "ddm": "Defense Minister",
              "dtm": "Trade Minister"}
TRAVELLERS = [("fm", 30), ("pm", 12), ("president", 10), ("tm", 12), ("dm", 8), ("fin", 6), ("en", 6),
              ("tr", 6), ("dfm", 6), ("dtm", 4)]
HOST_FOR = {"fm": "fm", "pm": "pm", "president": "president", "tm": "tm", "dm": "dm", "fin": "fin",
            "en": "en", "tr": "tr", "dfm": "fm", "dtm": "tm"}
COMPANIONS = ["dfm", "dtm", "tm", "en", "tr", "fin", "ddm"]

TOPICS = ["nuclear disarmament", "nuclear testing", "climate finance", "climate migration", "ocean pollution",
          "plastic waste", "refugee protection", "the rights of the child", "press freedom", "internet governance",
          "cyber security", "space debris", "arms trade", "small arms", "landmines", "cluster munitions",
          "fishing quotas", "deep-sea mining", "Arctic shipping", "food security", "water rights",
          "indigenous languages", "migrant workers", "human trafficking", "the death penalty",
          "sanctions relief", "debt relief", "global health", "vaccine access", "drug policy",
          "chemical weapons", "biological weapons", "outer space", "desertification", "coral reefs",
          "forest protection", "minority rights", "religious freedom", "election monitoring", "disaster relief"]
PURPOSES = [("expand the port of {c}", "port"), ("modernize the airport in {c}", "airport"),
            ("build a gas-fired power plant near {c}", "power plant"), ("upgrade the water network of {c}", "water"),
            ("build a container terminal in {c}", "terminal"), ("build a wind farm off {c}", "wind farm"),
            ("renovate the central station in {c}", "station"), ("dredge the harbour at {c}", "harbour"),
            ("build a bridge over the river at {c}", "bridge"), ("supply trams to {c}", "tram"),
            ("build a hospital in {c}", "hospital"), ("extend the metro in {c}", "metro"),
            ("lay a fibre-optic cable to {c}", "cable"), ("build a desalination plant at {c}", "water"),
            ("upgrade the motorway to {c}", "motorway"), ("build grain silos in {c}", "grain"),
            ("open a steel mill near {c}", "steel"), ("refit the naval shipyard in {c}", "shipyard"),
            ("build a solar park outside {c}", "solar"), ("expand the university campus in {c}", "campus"),
            ("build a gas terminal at {c}", "gas"), ("modernize the power grid around {c}", "grid"),
            ("build social housing in {c}", "housing"), ("clean up the industrial zone of {c}", "clean-up")]
RAIL_KINDS = ["rail link", "railway line", "high-speed line", "freight railway", "rail tunnel"]
DEAL_FILLER = ["Critics said the cost could rise further.",
               "The agreement still has to be ratified by parliament.",
               "Construction is expected to take about four years.",
               "Local companies will receive a share of the contracts.",
               "The opposition called for the terms to be published in full.",
               "Officials said thousands of jobs would be created.",
               "Environmental groups said they would study the plans closely.",
               "Talks on the agreement had stalled twice over financing.",
               "Independent economists questioned the projected returns.",
               "The signing ceremony was broadcast live on state television."]
SPORTS = ["football", "ice hockey", "handball", "basketball", "volleyball", "rugby"]
ARTFORMS = ["film festival", "book fair", "jazz festival", "opera season", "art biennial"]
QUOTES_HOST = ["We welcome the visit and the spirit of these talks",
               "Our two countries have more in common than what divides us",
               "This is a good day for both our peoples",
               "We agreed to keep talking, and that matters",
               "The talks were frank and useful",
               "We have agreed on a number of concrete steps",
               "Our doors are open to our neighbours",
               "Nobody expected miracles from one meeting"]
QUOTES_GUEST = ["We came to listen as much as to speak",
                "Trade between our countries can double within a few years",
                "I leave with a clear plan for the months ahead",
                "There is still work to do, but the direction is right",
                "We owe our citizens results, not statements",
                "This relationship matters to the whole region"]
FILLER = ["The two sides discussed trade, energy and regional security.",
          "Officials described the talks as constructive.",
          "Neither side gave details of the discussions.",
          "Talks on a new trade framework have been under way for several years.",
          "Opposition lawmakers criticised the cost of the trip.",
          "Business leaders welcomed the renewed contacts.",
          "The talks were held behind closed doors.",
          "A joint statement is to be issued after the talks.",
          "Relations between the two countries have improved in recent years.",
          "Analysts said the visit signalled a warming of ties.",
          "Security was tight around the government quarter.",
          "Small groups of protesters gathered outside the ministry.",
          "The two governments have disagreed over fishing rights for years.",
          "Visa rules for students and researchers were also on the agenda.",
          "Diplomats said a follow-up meeting of officials was likely within months.",
          "The visit had been postponed once because of the weather.",
          "Both sides stressed the importance of regional stability.",
          "Energy prices and the new pipeline dominated the first day.",
          "A business delegation of about 40 companies travelled separately.",
          "Local newspapers gave the visit prominent coverage.",
          "Human rights groups urged the visitors to raise the cases of detained journalists.",
          "The talks also touched on cooperation in education and culture.",
          "Officials declined to say whether the question of border controls was raised.",
          "Customs officials from both countries will meet next month to discuss procedures."]
def strip_accents(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ı", "i").replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    __slots__ = ("pid", "first", "last", "full", "full_ascii", "last_ascii", "gender", "birth", "country",
                 "roles", "end", "kind", "busy", "key")

    def __init__(self, pid, first, last, gender, birth, country, kind):
        self.pid, self.first, self.last, self.gender = pid, first, last, gender
        self.full = f"{first} {last}"
        self.full_ascii = strip_accents(self.full)
        self.last_ascii = strip_accents(last)
        self.key = self.last_ascii.lower()
        self.birth, self.country, self.kind = birth, country, kind
        self.roles = []  # (from ordinal, office key)
        self.end = 0
        self.busy = -10 ** 6  # last day the person's latest event is reported

    def role_at(self, o):
        """The office held on day o, or None (none yet, or the last term is over).
        REQUIRES: World.settle(self, o), so that a promotion before o is known."""
        if o >= self.end:
            return None
        r = None
        for frm, key in self.roles:
            if frm <= o:
                r = key
        return r

    def age_at(self, o):
        b = datetime.date.fromordinal(self.birth)
        d = datetime.date.fromordinal(o)
        return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


class Country:
    def __init__(self, name, demonym, capital, cities):
        self.name, self.demonym, self.capital, self.cities = name, demonym, capital, cities
        self.orgs = [f"{name} Railways", f"the {capital} Port Authority", f"the {name} Development Bank",
                     f"{demonym} Power"]
        self.terms = {}  # office key -> list of [start, end, pid]


class Story:
    __slots__ = ("pub", "seq", "outlet", "title", "text", "error")


class World:
    """The invented world: places, people and who held which office when."""

    def __init__(self, rng, n_countries):
        self.rng = rng
        used = set(MONTHS) | set(WEEKDAYS) | set(FEMALE) | set(MALE) | set(SURNAMES)
        self.countries = []
        endings = [("ia", "ian"), ("a", "an"), ("land", "landic"), ("or", "orese"), ("stan", "stani"),
                   ("ar", "arian")]
        while len(self.countries) < n_countries:
            root = self.word(2)
            end, dem = rng.choice(endings)
            name, demonym = root + end, root + dem
            if name in used or demonym in used or len(name) > 11:
                continue
            cities = []
            while len(cities) < rng.randint(3, 5):
                c = self.word(rng.choice([1, 2])) + rng.choice(["vik", "by", "holm", "borg", "ovo", "ara",
                                                                "ane", "ino", "dal", "mar", "ton", "sund"])
                if c not in used and c not in cities and len(c) <= 10:
                    cities.append(c)
            used.update(cities)
            used.update((name, demonym))
            self.countries.append(Country(name, demonym, cities[0], cities))
        self.people = []
        self.full_names = set()
        # Athletes and artists for background stories.
        self.others = [self.person(rng.randrange(len(self.countries)), "other", START, 18, 40)
                       for _ in range(20 + 4 * len(self.countries))]
        self.rail = {}       # (city, city) -> km
        self.trade = {}      # (country, country, year) -> USD
        self.relations = {}  # (country, country) -> year
        self.topic_used = {}  # topic -> day of its last vote

    def word(self, syllables):
        rng = self.rng
        s = ""
        for i in range(syllables):
            s += rng.choice(["b", "br", "d", "dr", "f", "g", "h", "k", "kr", "l", "m", "n", "p", "r", "s",
                             "sk", "st", "t", "tr", "v", "z", "th"] if i == 0 else
                            ["d", "l", "m", "n", "r", "s", "t", "v", "k", "g", "br", "nd", "rn", "st"])
            s += rng.choice(["a", "e", "i", "o", "u", "a", "e", "o"])
        return s.capitalize()

    def person(self, ci, kind, start, lo, hi):
        rng = self.rng
        while True:
            gender = rng.choice("mf")
            first = rng.choice(MALE if gender == "m" else FEMALE)
            last = rng.choice(SURNAMES)
            # "Ines Novak" and "Inés Novak" would be one name to an outlet that drops diacritics
            if strip_accents(f"{first} {last}") not in self.full_names:
                break
        self.full_names.add(strip_accents(f"{first} {last}"))
        birth = start - rng.randint(lo * 365, hi * 365)
        p = Person(len(self.people), first, last, gender, birth, ci, kind)
        self.people.append(p)
        return p

    def extend(self, ci, key, until):
        """Terms of office `key` in country ci up to day `until`, made as they are needed."""
        rng = self.rng
        terms = self.countries[ci].terms.setdefault(key, [])
        promote = OFFICES[key][2]
        while not terms or terms[-1][1] <= until:
            t = terms[-1][1] if terms else START - rng.randint(100, 1800)
            length = rng.randint(600, 2400)
            p = None
            if promote and terms and rng.random() < 0.45:
                dep = self.countries[ci].terms
                self.extend(ci, promote, t)
                for i, term in enumerate(dep[promote]):
                    s, e, pid = term
                    if s + 200 < t < e and len(self.people[pid].roles) == 1:
                        p = self.people[pid]
                        term[1] = t
                        q = self.person(ci, "gov", t, 36, 60)
                        q.roles.append((t, promote))
                        q.end = e
                        dep[promote].insert(i + 1, [t, e, q.pid])
                        break
            if p is None:
                p = self.person(ci, "gov", t, 38, 66)
            p.roles.append((t, key))
            p.end = t + length
            terms.append([t, t + length, p.pid])

    def settle(self, p, o):
        """Makes the terms of p's offices, and of those p could be promoted to, reach day o:
        terms are made as they are needed, and a story must not title p a deputy on a day a
        later-made term has p promoted."""
        for _, key in list(p.roles):
            self.holder(p.country, key, o)
            if key in DEPUTY_OF:
                self.holder(p.country, DEPUTY_OF[key], o)

    def holder(self, ci, key, o):
        terms = self.countries[ci].terms.get(key)
        if not terms or terms[-1][1] <= o:
            self.extend(ci, key, o)
            terms = self.countries[ci].terms[key]
        for s, e, pid in reversed(terms):
            if s <= o < e:
                return self.people[pid]
            if e <= o:
                return None
        return None

    def rail_km(self, a, b):
        k = (a, b) if a < b else (b, a)
        if k not in self.rail:
            kind = self.rng.choice(RAIL_KINDS)
            km = self.rng.randint(3, 40) if kind == "rail tunnel" else self.rng.randint(14, 420)
            self.rail[k] = (km, kind)
        return self.rail[k]

    def relations_year(self, a, b):
        k = (a, b) if a < b else (b, a)
        if k not in self.relations:
            self.relations[k] = self.rng.randint(1950, 2000)
        return self.relations[k]


# ---------------------------------------------------------------- formatting

_date_cache = {}


def fmt_date(o, style, weekday, year):
    k = (o, style, weekday, year)
    s = _date_cache.get(k)
    if s is None:
        d = datetime.date.fromordinal(o)
        wd = WEEKDAYS[d.weekday()]
        if style == "uk":
            s = f"{d.day} {MONTHS[d.month - 1]}" + (f" {d.year}" if year else "")
            if weekday:
                s = f"{wd} {s}"
        else:
            s = f"{(MONTHS_AP if style == 'ap' else MONTHS)[d.month - 1]} {d.day}" + (f", {d.year}" if year else "")
            if weekday:
                s = f"{wd}, {s}"
        _date_cache[k] = s
    return s


def iso(o):
    return datetime.date.fromordinal(o).isoformat()


def month_year(o):
    d = datetime.date.fromordinal(o)
    return f"{MONTHS[d.month - 1]} {d.year}"


def money(amount, cur, style):
    """amount in units of the currency, a round figure in millions or billions."""
    if amount >= 1e9:
        n, scale = amount / 1e9, "billion"
    else:
        n, scale = amount / 1e6, "million"
    num = f"{n:.1f}".rstrip("0").rstrip(".") if n < 100 else f"{n:.0f}"
    if style == "words":
        return f"{num} {scale} {'dollars' if cur == 'USD' else 'euros'}"
    if style == "code":
        return f"{'US$' if cur == 'USD' else '€'}{num} {scale}"
    return f"{'$' if cur == 'USD' else '€'}{num} {scale}"


def length_words(km, unit):
    if unit == "mile":
        miles = round(km / 1.609344)
        if miles and abs(miles * 1.609344 - km) / km < 0.008:
            return f"{miles}-mile"
        unit = "km"
    return f"{km}-{unit}"


# ---------------------------------------------------------------- stories

class Ctx:
    """One story being written: who has been named, sentences and their facts."""

    def __init__(self, gen, outlet, pub, cast):
        self.g, self.rng, self.o, self.pub = gen, gen.rng, outlet, pub
        self.ascii = outlet[5]
        self.intro = set()
        seen, self.clash = {}, set()
        for p in cast:
            if p.key in seen and seen[p.key] != p.pid:
                self.clash.add(p.key)
            seen[p.key] = p.pid
        self.sents = []      # [text, facts]
        self.facts = []
        self.people = []
        self.prev = []
        self.demonym_style = self.rng.random() < 0.6

    # -- names
    def title_of(self, p):
        """The title before p's name on the publication date: "Estorian Foreign Minister"."""
        self.g.w.settle(p, self.pub)
        key = p.role_at(self.pub)
        if key is None:
            return None, None
        c = self.g.w.countries[p.country]
        title = OFFICES[key][0]
        if self.o[2] == "uk":
            title = title.replace("Defense", "Defence")
        q = c.demonym if self.demonym_style else c.name + "'s"
        return f"{q} {title}", key

    def name(self, p, subj=False, titled=True, age=False):
        self.people.append(p)
        if p.pid not in self.intro:
            self.intro.add(p.pid)
            full = p.full_ascii if self.ascii else p.full
            s = full
            if titled and p.kind == "gov":
                t, key = self.title_of(p)
                if t:
                    s = f"{t} {full}"
                    self.facts.append(("title", t, (p, key)))
            if age or self.rng.random() < 0.25:
                a = p.age_at(self.pub)
                s += f", {a},"
                self.facts.append(("age", f"{full}, {a},", (p, a, full + ", {a},")))
            return s
        if subj and self.prev == [p] and self.rng.random() < 0.4:
            return "She" if p.gender == "f" else "He"
        if p.key in self.clash:
            return p.full_ascii if self.ascii else p.full
        return p.last_ascii if self.ascii else p.last

    def when(self, f, absolute=False, rng=None):
        rng = rng or self.rng
        diff = self.pub - f
        style = self.o[2]
        if not absolute and 0 <= diff <= 6 and rng.random() < 0.75:
            if diff == 1 and self.o[8] and rng.random() < 0.6:
                return "yesterday"
            return "on " + WEEKDAYS[datetime.date.fromordinal(f).weekday()]
        yr = datetime.date.fromordinal(f).year != datetime.date.fromordinal(self.pub).year or rng.random() < 0.2
        return "on " + fmt_date(f, style, rng.random() < 0.5, yr)

    def say(self, text):
        t = text[0].upper() + text[1:] if text[0].islower() else text
        self.sents.append([t, self.facts])
        self.prev = self.people
        self.facts, self.people = [], []

    def date_fact(self, phrase, f, label):
        self.facts.append(("date", phrase, (f, label)))
        return phrase


def fix_commas(s):
    # an age apposition right before a comma or full stop: "Brandt, 61,." -> "Brandt, 61."
    return s.replace(",,", ",").replace(",.", ".")


class Generator:
    def __init__(self, seed, megabytes, error_rate):
        self.rng = random.Random(seed)
        self.err_rng = random.Random(f"errors {seed}")
        self.owed = 0
        self.error_rate = error_rate
        events = megabytes * 1024 * 1024 / 5500  # bytes of stories per event, measured
        span = int(min(max(events, 730), 7300))
        density = events / span
        n_countries = min(60, 12 + int(max(0.0, density - 0.4) * 10))
        self.density = density
        self.w = World(self.rng, n_countries)
        self.events = {}
        self.heap = []
        self.seq = 0
        self.related = {o[0]: [] for o in OUTLETS}
        self.used_purpose = {}

    # -- helpers
    def free(self, p, o):
        return p is not None and p.busy + GAP <= o and p.end > o + 10

    def holder(self, ci, key, o):
        return self.w.holder(ci, key, o)

    def outlets(self, lo=2, hi=8):
        return self.rng.sample(OUTLETS, self.rng.randint(lo, hi))

    def emit(self, ctx, headline):
        """Lays out a written story as a page and queues it by publication date."""
        rng, o = self.rng, ctx.o
        st = Story()
        st.pub = ctx.pub
        st.seq = self.seq
        self.seq += 1
        st.outlet = o
        st.title = strip_accents(headline) if ctx.ascii else headline
        sents = ctx.sents
        st.error = None
        if self.err_rng.random() < self.error_rate:
            self.owed += 1  # a story with no fact to get wrong passes its error on to the next one
        if self.owed:
            st.error = self.inject(ctx)
            self.owed -= st.error is not None
        paras, i = [], 0
        while i < len(sents):
            k = 1 if rng.random() < 0.55 else 2
            paras.append(" ".join(fix_commas(s[0]) for s in sents[i:i + k]))
            i += k
        parts = []
        furn = o[6]
        if furn != "none":
            parts.append("\n".join(rng.sample(MENUS, rng.randint(4, 7) if furn == "full" else 3)))
        parts.append(st.title)
        if o[7]:
            parts.append(f"By {self.reporter(o)}")
        parts.extend(paras)
        rel = self.related[o[0]]
        if furn == "full" and len(rel) >= 3:
            parts.append("Related stories\n" + "\n".join(rel[-3:]))
        if furn != "none":
            parts.append(rng.choice(TRAILERS))
            y = datetime.date.fromordinal(st.pub).year
            parts.append(f"© {y} {o[0]}. All rights reserved.")
        st.text = "\n\n".join(parts) + "\n"
        rel.append(st.title)
        if len(rel) > 6:
            del rel[0]
        heapq.heappush(self.heap, (st.pub, st.seq, st))

    def reporter(self, o):
        # Reporters of an outlet: fixed invented names, not people of the world.
        first = ["Ana", "Ben", "Clara", "Dev", "Eva", "Finn", "Gil", "Hugo", "Iris", "Jude"]
        last = ["Ashby", "Brook", "Colter", "Dunmore", "Everett", "Fairley", "Garrow", "Hollis"]
        h = sum(map(ord, o[0]))
        return f"{first[(h + self.rng.randrange(2)) % 10]} {last[h % 8]}"

    # -- errors
    def inject(self, ctx):
        rng = self.err_rng  # its own stream: the rest of the corpus does not depend on the error rate
        cands = {}
        for i, (t, facts) in enumerate(ctx.sents):
            for f in facts:
                cands.setdefault(f[0], []).append((i, f))
        if not cands:
            return None
        i, (kind, old, data) = rng.choice(cands[rng.choice(list(cands))])
        text = ctx.sents[i][0]
        if old not in text:
            return None
        if kind == "date":
            f, label = data
            shift = rng.choice([1, 2])
            w = f - shift if f + shift > ctx.pub or rng.random() < 0.5 else f + shift
            new = ctx.when(w, rng=rng)
            true, wrong = iso(f), iso(w)
            what = f"{label}: {true} -> {wrong}"
        elif kind == "amount":
            amount, cur, style, label = data
            while True:
                factor = rng.choice([rng.uniform(1.15, 1.6), rng.uniform(0.6, 0.86)])
                unit = 1e8 if amount >= 1e9 else 1e6
                wamount = round(amount * factor / unit) * unit
                if wamount > 0 and abs(wamount - amount) / amount > 0.1:
                    break
            new = money(wamount, cur, style)
            true, wrong = f"{amount:.0f} {cur}", f"{wamount:.0f} {cur}"
            what = f"{label}: {old} -> {new}"
        elif kind == "length":
            km, unit, label = data
            wkm = max(3, round(km * rng.choice([rng.uniform(1.15, 1.5), rng.uniform(0.6, 0.86)])))
            new = length_words(wkm, unit)
            true, wrong = f"{km} km", f"{wkm} km"
            what = f"{label}: {old} -> {new}"
        elif kind == "age":
            p, a, form = data
            wa = a + rng.choice([-3, -2, 2, 3])
            new = form.format(a=wa)
            true, wrong = str(a), str(wa)
            what = f"age of {p.full} on {iso(ctx.pub)}: {a} -> {wa}"
        elif kind == "title":
            p, key = data
            wt = WRONG_RANK[key]
            if ctx.o[2] == "uk":
                wt = wt.replace("Defense", "Defence")
            q = old.rsplit(" ", len(OFFICES[key][0].split()))[0]
            new = f"{q} {wt}"
            true, wrong = OFFICES[key][0], wt
            what = f"title of {p.full} on {iso(ctx.pub)}: {old} -> {new}"
        elif kind == "vote":
            n, label = data
            wn = n + rng.choice([-3, -2, 2, 3, 4])
            new = old.replace(f" {n} ", f" {wn} ")
            true, wrong = str(n), str(wn)
            what = f"{label}: {n} -> {wn}"
        elif kind == "meet":
            subj, obj, place, label = data
            ctx.sents[i][0] = fix_commas(f"{subj} did not meet {obj} in {place}.")
            return {"kind": "negation", "sentence": ctx.sents[i][0],
                    "changed": f"{label}: reported as not having happened", "true": "met", "wrong": "did not meet"}
        else:
            return None
        ctx.sents[i][0] = text.replace(old, new, 1)
        return {"kind": kind, "sentence": fix_commas(ctx.sents[i][0]), "changed": what, "true": true,
                "wrong": wrong}

    # -- events
    def day(self, o):
        rng = self.rng
        n = int(self.density) + (1 if rng.random() < self.density - int(self.density) else 0)
        for _ in range(n):
            r = rng.random()
            make = self.trip if r < 0.45 else self.meeting if r < 0.62 else self.deal if r < 0.77 else \
                self.vote if r < 0.84 else self.rail_news
            if make(o) is not False:
                self.events[make.__name__] = self.events.get(make.__name__, 0) + 1
        for _ in range(n if rng.random() < 0.7 else n + 1):
            if rng.random() < 0.55:
                self.background(o)

    def pick(self, ci, keys, o, exclude=()):
        for key in keys:
            p = self.holder(ci, key, o)
            if self.free(p, o) and p not in exclude:
                return p
        return None

    def trip(self, o):
        rng, w = self.rng, self.w
        nc = len(w.countries)
        for _ in range(6):
            ci = rng.randrange(nc)
            key = rng.choices([k for k, _ in TRAVELLERS], [x for _, x in TRAVELLERS])[0]
            p = self.holder(ci, key, o)
            if not self.free(p, o):
                continue
            di = rng.randrange(nc - 1)
            di += di >= ci
            host = self.holder(di, HOST_FOR[key], o)
            if not self.free(host, o):
                continue
            break
        else:
            return False
        C, D = w.countries[ci], w.countries[di]
        x = D.capital if rng.random() < 0.75 else rng.choice(D.cities[1:])
        a = o + (1 if rng.random() < 0.3 else 0)
        n = rng.choice([1, 2, 2, 3, 3, 3, 4, 4, 5])
        b = a + n - 1
        e = b + (1 if rng.random() < 0.3 else 0)
        m1 = a + rng.randrange(n)
        second = None
        if rng.random() < 0.4:
            second = self.pick(di, rng.sample(["president", "pm", "fm", "tm"], 4), o, (host,))
        m2 = a + rng.randrange(n) if second else None
        comps = []
        for _ in range(rng.choice([0, 1, 1, 2])):
            q = self.pick(ci, rng.sample(COMPANIONS, len(COMPANIONS)), o, (p, *comps))
            if q:
                comps.append(q)
        absent = None
        for k in rng.sample(COMPANIONS, len(COMPANIONS)):
            q = self.holder(ci, k, o)
            if q and q is not p and q not in comps and q.kind == "gov":
                absent = q
                break
        not_met = None
        for k in rng.sample(["president", "pm", "fm", "dm", "tm"], 5):
            q = self.holder(di, k, o)
            if q and q is not host and q is not second:
                not_met = q
                break
        deal = self.new_deal(ci, di, m1) if rng.random() < 0.3 else None
        for q in [p, host, second, *comps]:
            if q:
                q.busy = e + 3
        t = dict(p=p, host=host, second=second, comps=comps, absent=absent, not_met=not_met, C=C, D=D,
                 ci=ci, di=di, x=x, d0=o, a=a, b=b, e=e, n=n, m1=m1, m2=m2, deal=deal, key=key)
        cast = [q for q in [p, host, second, *comps, absent, not_met] if q]
        if deal:
            cast += [deal["sa"], deal["sb"]]
        for out in self.outlets():
            focus = rng.choice([a, a, m1, m1, e, e, b])
            pub = focus + rng.choice([0, 0, 1, 1, 1, 2, 3])
            self.trip_story(t, out, pub, cast)

    def new_deal(self, ci, di, day):
        rng, w = self.rng, self.w
        C, D = w.countries[ci], w.countries[di]
        for _ in range(10):
            if rng.random() < 0.3:
                c1, c2 = rng.sample(D.cities, 2)
                km, what = w.rail_km(c1, c2)
                purpose, kind = f"build a {what} between {c1} and {c2}", "rail"
                rail = (c1, c2, km, what)
                used = ("rail", min(c1, c2), max(c1, c2))  # "between A and B" is "between B and A"
            else:
                purpose, kind = rng.choice(PURPOSES)
                purpose = purpose.format(c=rng.choice(D.cities))
                rail = None
                used = purpose
            # Stories compare a deal's amount for a year: one deal per purpose in that time.
            if self.used_purpose.get(used, -10 ** 6) + 450 < day:
                self.used_purpose[used] = day
                break
        else:
            return None
        if rng.random() < 0.6:
            amount = rng.randint(5, 95) * 1e8
        else:
            amount = rng.randint(20, 950) * 1e6
        sa = self.pick(ci, ["tm", "en", "tr", "fin", "fm"], day) or self.holder(ci, "tm", day)
        sb = self.pick(di, ["tm", "en", "tr", "fin", "fm"], day) or self.holder(di, "tm", day)
        pa, pb = (rng.choice(C.orgs), rng.choice(D.orgs)) if rng.random() < 0.3 else (C.name, D.name)
        return dict(purpose=purpose, amount=amount, cur=rng.choice(["USD", "USD", "EUR"]), day=day, rail=rail,
                    C=C, D=D, sa=sa, sb=sb, kind=kind, pa=pa, pb=pb)

    # -- sentences shared by stories
    def s_deal(self, ctx, deal, generic_ok=True):
        rng = self.rng
        amt = money(deal["amount"], deal["cur"], ctx.o[4])
        label = f"amount of the agreement to {deal['purpose']}"
        fact = ("amount", amt, (deal["amount"], deal["cur"], ctx.o[4], label))
        r = rng.random()
        C, D = deal["C"], deal["D"]
        if r < 0.45:
            ctx.facts.append(fact)
            ctx.say(f"{deal['pa']} and {deal['pb']} signed an agreement to {deal['purpose']} worth {amt} "
                    f"{ctx.when(deal['day'])}.")
        elif r < 0.75:
            ctx.facts.append(fact)
            ctx.say(f"The agreement to {deal['purpose']}, worth {amt}, was signed {ctx.when(deal['day'])}.")
        else:
            ctx.say(f"The two governments signed a {amt} agreement to {deal['purpose']} "
                    f"{ctx.when(deal['day'])}.")
        if generic_ok and rng.random() < 0.12:
            self.s_deal_generic(ctx, deal, "The deal, worth {amt}, is the largest of its kind between the two "
                                           "countries.")
        if deal["rail"] and rng.random() < 0.7:
            c1, c2, km, what = deal["rail"]
            self.s_rail(ctx, c1, c2, km, what, "The agreement covers a {l} {k} between {a} and {b}.")

    def s_deal_generic(self, ctx, deal, pattern):
        """"The deal, worth ...": how stories refer back to a deal."""
        amt = money(deal["amount"], deal["cur"], ctx.o[4])
        ctx.facts.append(("amount", amt, (deal["amount"], deal["cur"], ctx.o[4],
                                          f"amount of the agreement to {deal['purpose']}")))
        ctx.say(pattern.format(amt=amt))

    def s_rail(self, ctx, c1, c2, km, what, pattern):
        if self.rng.random() < 0.5:
            c1, c2 = c2, c1
        unit = ctx.o[3]
        lw = length_words(km, unit)
        ctx.facts.append(("length", lw, (km, unit, f"length of the {what} between {c1} and {c2}")))
        ctx.say(pattern.format(l=lw, k=what, a=c1, b=c2))

    def trip_story(self, t, out, pub, cast):
        rng = self.rng
        ctx = Ctx(self, out, pub, cast)
        p, host, C, D, x = t["p"], t["host"], t["C"], t["D"], t["x"]
        n = t["n"]
        nw = NUMBER_WORDS[n]
        home = C.capital
        body = []  # callables, shuffled after the lede
        past = lambda day: day <= pub

        # Lede: the latest thing that happened.
        lede = "arrival"
        if past(t["e"]) and rng.random() < 0.6:
            lede = "return"
            ph = ctx.date_fact(ctx.when(t["e"]), t["e"], f"return of {p.full} from {D.name}")
            if rng.random() < 0.6:
                ctx.say(f"{ctx.name(p, True)} returned home {ph} after a {nw}-day visit to {D.name}.")
            else:
                ctx.say(f"{ctx.name(p, True)} returned to {home} {ph} after a {nw}-day visit to {D.name}.")
            headline = f"{p.last} back from {D.name} after {nw}-day visit"
        elif past(t["m1"]) and rng.random() < 0.6:
            lede = "meeting"
            self.s_meet(ctx, p, host, x, t["m1"])
            headline = f"{p.last} holds talks with {host.last} in {x}"
        else:
            ph = ctx.date_fact(ctx.when(t["a"]), t["a"], f"arrival of {p.full} in {x}")
            r = rng.random()
            if r < 0.5:
                ctx.say(f"{ctx.name(p, True)} arrived in {x} {ph} for a {nw}-day visit.")
            elif r < 0.8:
                ctx.say(f"{ctx.name(p, True)} arrived in {x} {ph} on a {nw}-day visit, the first by a "
                        f"{C.demonym} {OFFICES[t['key']][0].lower()} in {rng.randint(3, 12)} years.")
            else:
                ctx.say(f"{ctx.name(p, True)} arrived in {x} {ph} for talks on trade and energy.")
            headline = f"{C.demonym} {OFFICES[t['key']][0].lower()} arrives in {x}"

        if past(t["d0"]) and rng.random() < 0.5:
            def leave_home():
                ph = ctx.date_fact(ctx.when(t["d0"]), t["d0"], f"departure of {p.full} from {home}")
                ctx.say(f"{ctx.name(p, True)} left {home} for {x} {ph}.")
            body.append(leave_home)
        if past(t["a"]) and lede != "arrival" and rng.random() < 0.6:
            def arrived():
                ph = ctx.date_fact(ctx.when(t["a"]), t["a"], f"arrival of {p.full} in {x}")
                if rng.random() < 0.7:
                    ctx.say(f"{ctx.name(p, True)} arrived in {x} {ph}.")
                else:
                    ctx.say(f"{ctx.name(p, True)} arrived in {x} {ph}, {D.name}'s foreign ministry said.")
            body.append(arrived)
        for q in t["comps"]:
            def comp(q=q):
                r = rng.random()
                if r < 0.5:
                    verb = "is" if pub <= t["e"] else "was"
                    ctx.say(f"{ctx.name(p, True)} {verb} accompanied by {ctx.name(q)}.")
                elif r < 0.8:
                    ctx.say(f"{ctx.name(q)} accompanied {ctx.name(p)} on the trip.")
                else:
                    ctx.say(f"The delegation includes {ctx.name(q)}.")
            body.append(comp)
        if t["absent"] and rng.random() < 0.2:
            body.append(lambda: ctx.say(
                f"{ctx.name(t['absent'])}, who had been expected to join the delegation, did not accompany "
                f"{ctx.name(p)}."))
        if past(t["m1"]):
            if lede != "meeting":
                body.append(lambda: self.s_meet(ctx, p, host, x, t["m1"]))
        else:
            body.append(lambda: ctx.say(
                f"{ctx.name(p, True)} is expected to meet {ctx.name(host)} "
                f"{'later this week' if t['m1'] - pub < 4 else 'next week'}."))
        if t["second"]:
            if past(t["m2"]):
                body.append(lambda: self.s_meet(ctx, p, t["second"], x, t["m2"]))
            else:
                body.append(lambda: ctx.say(f"{ctx.name(p, True)} is also likely to meet {ctx.name(t['second'])} "
                                            f"before leaving {x}."))
        elif t["not_met"] and rng.random() < 0.3:
            nm = t["not_met"]
            if past(t["b"]):
                body.append(lambda: ctx.say(f"{ctx.name(p, True)} did not meet {ctx.name(nm)}, who was abroad."))
            else:
                body.append(lambda: ctx.say(f"{ctx.name(p, True)} is likely to meet {ctx.name(nm)} during the "
                                            f"visit."))
        if t["deal"]:
            deal = t["deal"]
            if past(deal["day"]):
                body.append(lambda: self.s_deal(ctx, deal))
            else:
                amt = money(deal["amount"], deal["cur"], out[4])
                body.append(lambda: ctx.say(f"The two sides are expected to sign a {amt} agreement to "
                                            f"{deal['purpose']}."))
        if past(t["b"]) and rng.random() < (0.3 if not past(t["e"]) else 0.1):
            def left_x():
                ph = ctx.date_fact(ctx.when(t["b"]), t["b"], f"departure of {p.full} from {x}")
                ctx.say(f"{ctx.name(p, True)} left {x} {ph}.")
            body.append(left_x)
        if past(t["e"]):
            if lede != "return" and rng.random() < 0.35:
                def returned():
                    ph = ctx.date_fact(ctx.when(t["e"]), t["e"], f"return of {p.full} from {D.name}")
                    ctx.say(f"{ctx.name(p, True)} returned home {ph}.")
                body.append(returned)
        if past(t["b"]) and rng.random() < 0.15:
            def wrapped():
                ph = ctx.date_fact(ctx.when(t["b"]), t["b"], f"end of {p.full}'s visit to {D.name}")
                ctx.say(f"{ctx.name(p, True)} wrapped up a {nw}-day visit to {D.name} {ph}.")
            body.append(wrapped)
        if not past(t["e"]):
            body.append(lambda: ctx.say(f"{ctx.name(p, True)} will return home on "
                                        f"{WEEKDAYS[datetime.date.fromordinal(t['e']).weekday()]}."))
        body.append(lambda: ctx.say(f"\"{rng.choice(QUOTES_HOST)},\" {ctx.name(host)} told reporters."))
        if rng.random() < 0.6:
            body.append(lambda: ctx.say(f"\"{rng.choice(QUOTES_GUEST)},\" said {ctx.name(p)}."))
        if rng.random() < 0.3:
            body.append(lambda: ctx.say(f"\"{rng.choice(QUOTES_GUEST)},\" {ctx.name(p)} said at a news conference "
                                        f"in {x}."))
        if rng.random() < 0.4:
            body.append(lambda: ctx.say(f"{C.name} and {D.name} established diplomatic relations in "
                                        f"{self.w.relations_year(t['ci'], t['di'])}."))
        if rng.random() < 0.2:
            body.append(lambda: self.s_trade(ctx, t["ci"], t["di"]))
        for q in (p, host):
            if rng.random() < 0.3:
                body.append(lambda q=q: self.s_age(ctx, q))
            if len(q.roles) > 1 and q.roles[1][0] <= pub and rng.random() < 0.15:
                body.append(lambda q=q: self.s_previously(ctx, q))
        for f in rng.sample(FILLER, rng.randint(5, 12)):
            body.append(lambda f=f: ctx.say(f))
        rng.shuffle(body)
        for b in body[:rng.randint(5, 17)]:
            b()
        self.emit(ctx, headline)

    def s_trade(self, ctx, ci, di):
        """Trade last year between two countries: one figure per pair and year."""
        y = datetime.date.fromordinal(ctx.pub).year - 1
        k = (min(ci, di), max(ci, di), y)
        w = self.w
        if k not in w.trade:
            w.trade[k] = self.rng.randint(3, 90) * 1e8
        C, D = w.countries[ci], w.countries[di]
        ctx.say(f"Trade between {C.name} and {D.name} was worth about {money(w.trade[k], 'USD', ctx.o[4])} "
                f"last year.")

    def s_previously(self, ctx, q):
        """A promoted minister's old post: true, and in the past tense."""
        frm, key = q.roles[0]
        c = self.w.countries[q.country]
        until = month_year(q.roles[1][0])
        ctx.say(f"{ctx.name(q, True)} was {c.name}'s {OFFICES[key][0].lower()} until {until}.")

    def s_age(self, ctx, q):
        a = q.age_at(ctx.pub)
        full = q.full_ascii if ctx.ascii else q.full
        self.w.settle(q, ctx.pub)
        since = max((frm for frm, _ in q.roles if frm <= ctx.pub), default=q.birth)
        since = datetime.date.fromordinal(since).year
        if q.kind != "gov":
            rest = "has won several titles."
        elif q.role_at(ctx.pub) is None:  # out of office by the publication date
            rest = "declined to comment."
        elif self.rng.random() < 0.5:
            rest = f"has held the post since {since}."
        else:
            rest = f"became {OFFICES[q.role_at(ctx.pub)][0].lower()} in {since}."
        if q.pid in ctx.intro:
            ctx.people.append(q)
            r = self.rng.random()
            if r < 0.5:
                short = full if q.key in ctx.clash else (q.last_ascii if ctx.ascii else q.last)
                ctx.facts.append(("age", f"The {a}-year-old {short}", (q, a, "The {a}-year-old " + short)))
                ctx.say(f"The {a}-year-old {short} {rest}")
            else:
                ctx.facts.append(("age", f"{full}, aged {a},", (q, a, full + ", aged {a},")))
                ctx.say(f"{full}, aged {a}, {rest}")
        else:
            ctx.say(f"{ctx.name(q, age=True)} {rest}")

    def s_meet(self, ctx, p, q, x, day):
        rng = self.rng
        ph = ctx.date_fact(ctx.when(day), day, f"date of the meeting of {p.full} and {q.full}")
        r = rng.random()
        label = f"meeting of {p.full} and {q.full}"
        if r < 0.45:
            a, b = ctx.name(p, True), ctx.name(q)
            ctx.facts.append(("meet", None, (a, b, x, label)))
            ctx.say(f"{a} met {b} in {x} {ph}.")
        elif r < 0.7:
            a, b = ctx.name(p, True), ctx.name(q)
            ctx.facts.append(("meet", None, (a, b, x, label)))
            ctx.say(f"{a} held talks with {b} in {x} {ph}.")
        elif r < 0.9:
            b, a = ctx.name(q, True), ctx.name(p)
            ctx.facts.append(("meet", None, (b, a, x, label)))
            ctx.say(f"{b} received {a} in {x} {ph}.")
        else:
            ph = ctx.when(day, absolute=True)
            ctx.facts[-1:] = [("date", ph, (day, f"date of the meeting of {p.full} and {q.full}"))]
            a, b = ctx.name(p), ctx.name(q)
            ctx.say(f"{ph[0].upper()}{ph[1:]}, {a} met {b} in {x}.")
        # the fact list of the sentence holds the negation hook: fill in the text to replace
        for k, f in enumerate(ctx.sents[-1][1]):
            if f[0] == "meet":
                ctx.sents[-1][1][k] = ("meet", ctx.sents[-1][0], f[2])

    def meeting(self, o):
        rng, w = self.rng, self.w
        nc = len(w.countries)
        for _ in range(6):
            ci = rng.randrange(nc)
            di = rng.randrange(nc - 1)
            di += di >= ci
            k = rng.choice(["fm", "fm", "pm", "president", "tm", "dm", "en"])
            p, q = self.holder(ci, k, o), self.holder(di, HOST_FOR[k], o)
            if self.free(p, o) and self.free(q, o):
                break
        else:
            return False
        D = w.countries[di]
        x = D.capital
        p.busy = q.busy = o + 3
        cast = [p, q]
        for out in self.outlets(2, 6):
            pub = o + rng.choice([0, 0, 1, 1, 2, 3])
            ctx = Ctx(self, out, pub, cast)
            self.s_meet(ctx, p, q, x, o)
            body = [lambda: ctx.say(f"\"{rng.choice(QUOTES_HOST)},\" {ctx.name(q)} said after the meeting."),
                    lambda: ctx.say(f"The meeting between {ctx.name(p)} and {ctx.name(q)} lasted about "
                                    f"{rng.choice(['an hour', 'two hours', 'three hours'])}."),
                    lambda: self.s_age(ctx, p), lambda: self.s_age(ctx, q),
                    lambda: ctx.say(f"The two are expected to meet again in "
                                    f"{MONTHS[(datetime.date.fromordinal(o).month + 2) % 12]}."),
                    lambda: ctx.say(f"{ctx.name(p, True)} is likely to visit {rng.choice(D.cities)} "
                                    f"before returning home.")]
            body += [lambda f=f: ctx.say(f) for f in rng.sample(FILLER, rng.randint(4, 10))]
            rng.shuffle(body)
            for b in body[:rng.randint(5, 16)]:
                b()
            self.emit(ctx, f"{p.last} and {q.last} meet in {x}")

    def deal(self, o):
        rng, w = self.rng, self.w
        nc = len(w.countries)
        ci = rng.randrange(nc)
        di = rng.randrange(nc - 1)
        di += di >= ci
        deal = self.new_deal(ci, di, o)
        # The signers meet in D's capital that day: not while away on another event.
        if not deal or not self.free(deal["sa"], o) or not self.free(deal["sb"], o):
            return False
        deal["sa"].busy = deal["sb"].busy = o + 3
        C, D = deal["C"], deal["D"]
        x = D.capital
        cast = [deal["sa"], deal["sb"]]
        for out in self.outlets(2, 7):
            pub = o + rng.choice([0, 1, 1, 2, 3])
            ctx = Ctx(self, out, pub, cast)
            self.s_deal(ctx, deal, generic_ok=False)
            body = [lambda: ctx.say(f"{ctx.name(deal['sa'])} and {ctx.name(deal['sb'])} signed the agreement in "
                                    f"{x}."),
                    lambda: ctx.say(f"Work is due to start next year, {ctx.name(deal['sb'])} said."),
                    lambda: ctx.say(f"\"{rng.choice(QUOTES_HOST)},\" said {ctx.name(deal['sb'])}."),
                    lambda: self.s_age(ctx, deal["sa"]),
                    lambda: ctx.say(f"{C.name} and {D.name} established diplomatic relations in "
                                    f"{w.relations_year(ci, di)}."),
                    lambda: ctx.say(f"The financing will come partly from the {C.name} Development Bank.")]
            body += [lambda f=f: ctx.say(f) for f in rng.sample(DEAL_FILLER, rng.randint(3, 8))]
            if rng.random() < 0.15:
                body.append(lambda: self.s_deal_generic(
                    ctx, deal, "The deal, worth {amt}, was the largest " + C.demonym + " investment in " + D.name +
                    " this year."))
            rng.shuffle(body)
            for b in body[:rng.randint(5, 12)]:
                b()
            self.emit(ctx, f"{C.name}, {D.name} sign {deal['kind']} deal")

    def vote(self, o):
        rng, w = self.rng, self.w
        topic = rng.choice(TOPICS)
        if w.topic_used.get(topic, -10 ** 6) + 365 > o:
            return False
        w.topic_used[topic] = o
        against, favour, abstain = rng.randint(3, 25), rng.randint(90, 150), rng.randint(8, 45)
        nc = len(w.countries)
        order = rng.sample(range(nc), nc)
        no = order[:rng.randint(1, 3)]
        yes = order[3:3 + rng.randint(2, 5)]
        for out in self.outlets(2, 6):
            pub = o + rng.choice([0, 1, 1, 2, 3])
            ctx = Ctx(self, out, pub, [])
            ctx.say(f"The General Assembly adopted the resolution on {topic} {ctx.when(o)} by {favour} votes to "
                    f"{against}, with {abstain} abstentions.")
            for ci in no:
                c = w.countries[ci]
                when = f" in {month_year(o)}" if rng.random() < 0.5 else ""
                s = f"{c.name} was one of only {against} countries to vote against the resolution on {topic}{when}."
                ctx.facts.append(("vote", s[:-1], (against, f"countries voting against the resolution on {topic}")))
                ctx.say(s)
                if rng.random() < 0.5:
                    fm = self.holder(ci, "fm", pub)
                    if fm:
                        ctx.say(f"{ctx.name(fm)} said the text ignored the interests of small states.")
            for ci in yes[:rng.randint(1, len(yes))]:
                c = w.countries[ci]
                if rng.random() < 0.5:
                    s = f"{c.name} was one of {favour} countries to vote for the resolution on {topic}."
                    ctx.facts.append(("vote", s[:-1], (favour, f"countries voting for the resolution on {topic}")))
                    ctx.say(s)
                else:
                    ctx.say(f"{c.name} voted in favour.")
            for f in rng.sample(["The vote followed two weeks of negotiations.",
                                 "The resolution is not legally binding.",
                                 "Several delegations explained their votes after the session.",
                                 "The text was amended twice before the vote.",
                                 "Supporters said the resolution sent a strong signal.",
                                 "Opponents called the text one-sided.",
                                 "A similar resolution failed to pass two years ago.",
                                 "The debate lasted most of the day."], rng.randint(3, 7)):
                ctx.say(f)
            self.emit(ctx, f"Assembly adopts resolution on {topic}")

    def rail_news(self, o):
        rng, w = self.rng, self.w
        ci = rng.randrange(len(w.countries))
        c = w.countries[ci]
        c1, c2 = rng.sample(c.cities, 2)
        km, kind = w.rail_km(c1, c2)
        minister = self.holder(ci, "tr", o)
        what = rng.choice(["Work began", "Test runs began", "Engineers finished the survey",
                           "The first trains ran", "Tenders opened"])
        for out in self.outlets(2, 4):
            pub = o + rng.choice([0, 1, 2])
            ctx = Ctx(self, out, pub, [minister] if minister else [])
            self.s_rail(ctx, c1, c2, km, kind, f"{what} {ctx.when(o)} on the {{l}} {{k}} between {{a}} and {{b}}.")
            if minister and rng.random() < 0.7:
                ctx.say(f"{ctx.name(minister)} said the line would cut travel times by half.")
            if rng.random() < 0.5:
                ctx.say(f"{c.name} Railways will run the line.")
            if rng.random() < 0.4:
                ctx.say(f"The line is expected to carry {rng.randint(2, 30)} million passengers a year.")
            for f in rng.sample(["Local residents have protested against the route.",
                                 "The project has been delayed several times.",
                                 "The cost of the project has risen since it was first announced.",
                                 "Freight operators welcomed the news.",
                                 "The old line dates from the 1920s.",
                                 "Environmental groups have challenged the route in court.",
                                 "Trains will run every half hour at peak times.",
                                 "The line will be electrified along its whole length.",
                                 "Several stations along the route will be rebuilt.",
                                 "Engineers said the hardest section runs through the hills.",
                                 "The ministry did not give a new date for the opening."], rng.randint(5, 9)):
                ctx.say(f)
            self.emit(ctx, f"{what} on {c1}-{c2} {kind}")

    def background(self, o):
        """Sport, weather, markets, culture: pages with few claims."""
        rng, w = self.rng, self.w
        out = rng.choice(OUTLETS)
        ctx = Ctx(self, out, o, [])
        kind = rng.random()
        c = rng.choice(w.countries)
        city = rng.choice(c.cities)
        if kind < 0.35:
            d = rng.choice(w.countries)
            while d is c:
                d = rng.choice(w.countries)
            sport = rng.choice(SPORTS)
            g1, g2 = rng.randint(0, 5), rng.randint(0, 4)
            athlete, other = rng.sample(w.others, 2)
            if athlete.key == other.key:  # two players named Bose: the story names both in full
                ctx.clash.add(athlete.key)
            ctx.say(f"{c.name} beat {d.name} {max(g1, g2) + 1}-{min(g1, g2)} in {sport} in {city} "
                    f"{ctx.when(o - rng.randint(0, 2))}.")
            pool = [lambda: ctx.say(f"{ctx.name(athlete, titled=False)} scored twice in the second half."),
                    lambda: ctx.say(f"{ctx.name(other, titled=False)} was sent off ten minutes before the end."),
                    lambda: self.s_age(ctx, athlete)]
            pool += [lambda f=f: ctx.say(f) for f in [
                "The crowd of about 12,000 stayed to the end.",
                "The coach said the team had played its best game of the season.",
                "The return match is due next month.", "Rain delayed the start by half an hour.",
                "Tickets sold out within a day.", "The visitors had won the previous three meetings.",
                "Both teams made several changes after the break.",
                "The result lifts the home side to third in the standings.",
                "Fans of both teams were kept apart by police.", "The match was broadcast live.",
                "The home side's captain played despite an injury."]]
            head = f"{c.name} beat {d.name} in {sport}"
        elif kind < 0.55:
            ctx.say(f"Heavy {rng.choice(['snow', 'rain', 'winds'])} closed roads across northern {c.name} "
                    f"{ctx.when(o)}, the weather service said.")
            pool = [lambda: ctx.say(f"Temperatures in {city} fell to {rng.randint(-25, 12)} degrees.")]
            pool += [lambda f=f: ctx.say(f) for f in [
                "Schools were closed in several districts.", "Ferry services were suspended.",
                "Forecasters expect the weather to improve by the weekend.",
                "Power was cut to thousands of homes.", "Several flights were cancelled.",
                "Emergency services asked people to stay at home.", "Trains ran with long delays.",
                "Farmers said the damage to crops was limited.", "Snow ploughs worked through the night.",
                "It was the worst storm in the region for a decade."]]
            head = f"Storm closes roads in northern {c.name}"
        elif kind < 0.8:
            ctx.say(f"Shares in {city} rose {rng.randint(1, 9)}.{rng.randint(0, 9)} per cent {ctx.when(o)} "
                    f"after the central bank left interest rates unchanged.")
            pool = [lambda f=f: ctx.say(f) for f in [
                "Bond yields fell slightly.", "The currency was little changed.",
                "Trading volumes were thin ahead of the holiday.", "Energy stocks led the gains.",
                "Analysts expect a rate cut next year.", "Bank shares lagged the wider market.",
                "Inflation has eased for three months in a row.",
                "The central bank said it would keep watching wage growth.",
                "Exporters benefited from the weaker currency.", "Oil prices rose for a second day.",
                "Retail sales figures are due on Friday."]]
            head = f"{city} shares rise as rates stay on hold"
        else:
            art = rng.choice(ARTFORMS)
            artist = rng.choice(w.others)
            ctx.say(f"The {city} {art} opened {ctx.when(o)} with a record number of visitors.")
            pool = [lambda: ctx.say(f"{ctx.name(artist, titled=False)} drew the largest crowds."),
                    lambda: self.s_age(ctx, artist)]
            pool += [lambda f=f: ctx.say(f) for f in [
                "Organisers said ticket sales were up on last year.", "The event runs for ten days.",
                "Critics praised the programme.", "Several events were moved indoors because of the weather.",
                "Hotels in the city were fully booked.", "Entry is free for children under 12.",
                "This year's edition has a focus on young artists.",
                "The opening night was attended by the mayor.", "Tickets are also sold online.",
                "Last year's edition drew complaints about queues."]]
            head = f"{city} {art} opens"
        rng.shuffle(pool)
        for f in pool[:rng.randint(5, 10)]:
            f()
        self.emit(ctx, head)

    # -- output
    def run(self, out, limit):
        errors = []
        written = lines = 0
        slugs = {}
        o = START
        with open(out, "w", encoding="utf-8") as f:
            while written < limit:
                while self.heap and self.heap[0][0] < o and written < limit:
                    _, _, st = heapq.heappop(self.heap)
                    d = datetime.date.fromordinal(st.pub)
                    slug = st.outlet[0].lower().replace("the ", "").replace(" ", "")[:10]
                    k = (slug, st.pub)
                    slugs[k] = slugs.get(k, 0) + 1
                    sid = f"{slug}-{d:%Y%m%d}-{slugs[k]:03d}"
                    url_slug = "-".join(strip_accents(st.title).lower().replace(",", "").split())[:60]
                    rec = {"id": sid, "text": st.text, "date": d.isoformat(), "title": st.title,
                           "outlet": st.outlet[0], "url": f"https://{st.outlet[1]}/{d:%Y/%m/%d}/{url_slug}"}
                    line = json.dumps(rec, ensure_ascii=False) + "\n"
                    f.write(line)
                    written += len(line.encode("utf-8"))
                    lines += 1
                    if st.error:
                        errors.append({"id": sid, "line": lines, **st.error})
                if written >= limit:
                    break
                self.day(o)
                o += 1
        return lines, written, errors


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("megabytes", type=float)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--error-rate", type=float, default=0.01,
                    help="share of stories with exactly one wrong fact (default 0.01)")
    args = ap.parse_args(argv[1:])
    gen = Generator(args.seed, args.megabytes, args.error_rate)
    lines, written, errors = gen.run(args.out, int(args.megabytes * 1024 * 1024))
    base = args.out[:-6] if args.out.endswith(".jsonl") else args.out
    with open(base + ".errors.jsonl", "w", encoding="utf-8") as f:
        for e in errors:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    people = sum(1 for p in gen.w.people)
    label = {"trip": "trips", "meeting": "meetings", "deal": "deals", "vote": "votes", "rail_news": "rail stories"}
    events = ", ".join(f"{n} {label[k]}" for k, n in sorted(gen.events.items()))
    print(f"{args.out}: {lines} stories, {written / 1048576:.1f} MB, {len(gen.w.countries)} countries, "
          f"{people} people, events: {events}; {len(errors)} injected errors ({base}.errors.jsonl)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
