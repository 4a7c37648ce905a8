#!/usr/bin/env python3
"""Checks the reviewed Islamic State scenario file against the gazetteer, the actors and REVIEW.md's conventions.

Usage: tools/check-scenario.py [--country IQ] [CSV]

Reports, one line each: rows whose place does not resolve or resolves to several places, bad dates or precisions,
unknown changes or actors, places IS holds at their last row with no `ends` row of their country, places whose first
row is an IS loss, rows without a grade or without a reputable source, and rows out of order. Exits 1 when it finds a
problem, 0 otherwise. Python 3, standard library only.
"""
import argparse
import csv
import gzip
import json
import re
import sys
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

RES = Path(__file__).resolve().parent.parent / "frontline-data/src/main/resources/frontline"
SCENARIO = RES / "scenario/review/is-towns-2014-2019.csv"
COLUMNS = ["place", "geonames_id", "country", "date", "precision", "change", "from_actor", "to_actor", "note",
           "sources", "grade", "share"]
CHANGES = {"captured", "contested", "raided", "held", "ends"}
GRADES = {"B1", "B2", "B3", "C2", "C3"}
IS = "Islamic State"
PERIOD = (date(2013, 1, 1), date(2019, 12, 31))

# Outlets REVIEW.md grades B when they are the best source: wire services, major outlets, ISW/CTP, the UN, Airwars.
REPUTABLE_DOMAINS = {
    "reuters.com", "apnews.com", "ap.org", "afp.com", "bbc.com", "bbc.co.uk", "theguardian.com", "nytimes.com",
    "washingtonpost.com", "aljazeera.com", "cnn.com", "thenational.ae", "thenationalnews.com", "longwarjournal.org",
    "understandingwar.org", "criticalthreats.org", "un.org", "reliefweb.int", "unocha.org", "iom.int", "unhcr.org",
    "who.int", "airwars.org", "rferl.org", "france24.com", "npr.org", "cbsnews.com", "nbcnews.com", "abcnews.go.com",
    "latimes.com", "wsj.com", "telegraph.co.uk", "independent.co.uk", "bloomberg.com", "mcclatchydc.com",
    "defense.gov", "state.gov", "centcom.mil", "inherentresolve.mil", "dailystar.com.lb", "middleeasteye.net",
    "upi.com", "voanews.com", "dw.com", "hrw.org", "amnesty.org", "foxnews.com", "dailymail.co.uk",
    "ibtimes.co.uk", "ibtimes.com", "straitstimes.com", "dawn.com", "rand.org", "washingtonexaminer.com",
}
# Outlets REVIEW.md grades C: party statements, monitors, Kurdish, regional and opposition outlets, state agencies
# used as a second source, Wikipedia. They may be a row's best source only on a row graded C.
FAIR_DOMAINS = {
    "rudaw.net", "kurdistan24.net", "basnews.com", "ekurd.net", "aranews.net", "syriahr.com", "syriadirect.org",
    "enabbaladi.net", "eaworldview.com", "kurdwatch.org", "aa.com.tr", "xinhuanet.com", "wikipedia.org",
    "iraqinews.com", "alarabiya.net", "newarab.com", "diclehaber.com",
}
# Outlets that appear only as a second source (state, partisan or propaganda outlets, mirrors, forums, blogs).
WEAK_DOMAINS = {
    "sana.sy", "presstv.com", "presstv.ir", "rt.com", "alalam.ir", "southfront.org", "almasdarnews.com",
    "syriatruths.com", "defence.pk", "wikizero.com", "blogspot.com", "panarmenian.net", "fort-russ.com",
    "syriancivilwarmap.com", "osmarks.net", "stratreview.com", "farsnews.ir", "farsnews.com", "tasnimnews.com",
}
# Reputable outlets a note may name when their report was read as a copy on another site.
REPUTABLE_NAMES = re.compile(
    r"\b(Reuters|AP|AFP|dpa|Associated Press|Agence France-Presse|BBC|Guardian|New York Times|NYT|Washington Post|"
    r"Al Jazeera|CNN|The National|Long War Journal|ISW|CTP|UN|UNHCR|OCHA|IOM|ReliefWeb|Airwars|RFE/RL|VOA|NPR|"
    r"Los Angeles Times|McClatchy|France 24|Fides|Pentagon|CJTF-OIR|coalition|Joint Operations Command|"
    r"Prime Minister|statement|wire text|wire reports)\b")
FAIR_NAMES = re.compile(
    r"\b(Rudaw|Kurdistan 24|BasNews|ARA News|SOHR|Syrian Observatory|Syria Direct|Enab Baladi|KurdWatch|"
    r"Anadolu|Xinhua|DIHA|Wikipedia|The New Arab|Iraqi News|Azzaman)\b")


def domain(url):
    host = urlparse(url).hostname or ""
    return host[4:] if host.startswith("www.") else host


def matches(host, domains):
    return any(host == d or host.endswith("." + d) for d in domains)


def read_places():
    """Places by id, and ids by (country, lower-case name or alternate name)."""
    by_id, by_name = {}, {}

    def add(pid, name, alternates, country):
        by_id[pid] = (name, country)
        for n in {name, *alternates}:
            if n:
                by_name.setdefault((country, n.strip().lower()), set()).add(pid)

    with gzip.open(RES / "gazetteer/geonames-region.txt.gz", "rt", encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            add(c[0], c[1], [c[2], *c[3].split(",")], c[8])
    with open(RES / "gazetteer/supplement.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            add(row["id"], row["name"], row["alternate_names"].split(","), row["country"])
    return by_id, by_name


def read_actors():
    names = set()
    for actor in json.loads((RES / "scenario/actors.json").read_text(encoding="utf-8")):
        names.add(actor["name"])
        names.update(actor.get("aliases", []))
    return names


def parse_date(text, precision):
    forms = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}
    if precision not in forms or not re.fullmatch(forms[precision], text):
        return None
    parts = [int(p) for p in text.split("-")] + [1, 1]
    try:
        d = date(parts[0], parts[1], parts[2])
    except ValueError:
        return None
    return d if PERIOD[0] <= d <= PERIOD[1] else None


class Checker:
    def __init__(self, rows, places, actors):
        self.rows, self.places, self.actors = rows, places, actors
        self.problems = []

    def report(self, line, row, message):
        self.problems.append((row["country"], line, f"line {line}: {row['place']} {row['date']}: {message}"))

    def run(self):
        for line, row in self.rows:
            self.check_row(line, row)
        self.check_order()
        self.check_histories()
        return self.problems

    def check_row(self, line, row):
        if row["change"] not in CHANGES:
            self.report(line, row, f"change must be one of {sorted(CHANGES)}, was '{row['change']}'")
        if parse_date(row["date"], row["precision"]) is None:
            self.report(line, row, f"bad date '{row['date']}' for precision '{row['precision']}'")
        for column in ("from_actor", "to_actor"):
            actor = row[column]
            if actor and actor not in self.actors:
                self.report(line, row, f"unknown {column} '{actor}'")
        if row["change"] == "held" and row["from_actor"]:
            self.report(line, row, "a held row has no from_actor")
        if row["change"] not in ("held",) and not row["from_actor"]:
            self.report(line, row, "from_actor is empty")
        if not row["to_actor"]:
            self.report(line, row, "to_actor is empty")
        if row["share"] and not (row["change"] == "contested" and 0 < float(row["share"]) < 1):
            self.report(line, row, f"share {row['share']} must be between 0 and 1, on a contested row")
        if row["change"] != "ends":
            self.check_place(line, row)
        self.check_source(line, row)

    def check_place(self, line, row):
        by_id, by_name = self.places
        if row["geonames_id"]:
            if row["geonames_id"] not in by_id:
                self.report(line, row, f"geonames_id {row['geonames_id']} is in neither gazetteer nor supplement")
            elif by_id[row["geonames_id"]][1] != row["country"]:
                self.report(line, row, f"geonames_id {row['geonames_id']} lies in {by_id[row['geonames_id']][1]}")
            return
        ids = by_name.get((row["country"], row["place"].lower()), set())
        if not ids:
            self.report(line, row, "place does not resolve (no geonames_id, no name or alternate name match)")
        elif len(ids) > 1:
            self.report(line, row, f"place resolves to several places {sorted(ids)}; give a geonames_id")

    def check_source(self, line, row):
        if row["grade"] not in GRADES:
            self.report(line, row, f"grade must be one of {sorted(GRADES)}, was '{row['grade']}'")
        urls = row["sources"].split()
        if not urls or not all(u.startswith(("http://", "https://")) for u in urls):
            self.report(line, row, "sources must be one or more URLs separated by spaces")
            return
        hosts = [domain(u) for u in urls]
        if matches(hosts[0], WEAK_DOMAINS):
            self.report(line, row, f"first source {hosts[0]} is a state, partisan or weak outlet")
        reputable = any(matches(h, REPUTABLE_DOMAINS) for h in hosts) or REPUTABLE_NAMES.search(row["note"])
        fair = any(matches(h, FAIR_DOMAINS) for h in hosts) or FAIR_NAMES.search(row["note"])
        if not (reputable or (fair and row["grade"].startswith("C"))):
            self.report(line, row, "no reputable source: no listed outlet among the URLs and none named in the note"
                        + ("" if not fair else " (a grade C outlet is named, but the row is graded B)"))

    def check_order(self):
        def key(row):
            return (row["change"] == "ends", row["country"], row["place"], row["date"])

        for (_, a), (line, b) in zip(self.rows, self.rows[1:]):
            if key(b) < key(a):
                self.report(line, b, f"out of order: after {a['place']} {a['date']}")

    def check_histories(self):
        ends = {row["country"] for _, row in self.rows if row["change"] == "ends"}
        histories = {}
        for line, row in self.rows:
            if row["change"] != "ends":
                histories.setdefault((row["country"], row["place"]), []).append((line, row))
        for (country, _), history in histories.items():
            line, first = history[0]
            if first["from_actor"] == IS and first["change"] == "captured":
                self.report(line, first, "first row is an IS loss: IS's capture (or a held row) is missing")
            line, last = history[-1]
            if self.is_holds(last) and country not in ends:
                self.report(line, last, "IS holds the place at its last row and its country has no ends row")

    @staticmethod
    def is_holds(row):
        if row["change"] in ("captured", "held"):
            return row["to_actor"] == IS
        if row["change"] == "contested":
            return IS in (row["from_actor"], row["to_actor"])
        return row["change"] == "raided" and row["from_actor"] == IS


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", default=str(SCENARIO))
    parser.add_argument("--country", help="report only this country's rows (IQ, SY)")
    args = parser.parse_args()
    with open(args.csv, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != COLUMNS:
            print(f"header must be {','.join(COLUMNS)}, was {','.join(reader.fieldnames or [])}")
            return 1
        rows = [(i + 2, row) for i, row in enumerate(reader)]
    problems = Checker(rows, read_places(), read_actors()).run()
    shown = sorted(p for p in problems if not args.country or p[0] == args.country)
    for _, _, message in sorted(shown, key=lambda p: p[1]):
        print(message)
    scope = f" in {args.country}" if args.country else ""
    print(f"{len(rows)} rows, {len(shown)} problems{scope}")
    return 1 if shown else 0


if __name__ == "__main__":
    sys.exit(main())
