#!/usr/bin/env bash
# How often suggestions from events are right: every observation of a seeded 20% of the Islamic State scenario's
# places held out, the map built without them, suggestions made from the bundled UCDP GED events and strike
# releases, and judged against the held-out observations (METHOD.md, "Suggestions from events"). About 2 minutes on
# 2 cores. Options go to io.frontline.benchmarks.events.SuggestionsEval (--seed N, --seeds 5, --share 0.2,
# --tolerance-days 30, --radius-km 12, --window-days 14). No database needed.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -ntp -q -o -DskipTests -pl frontline-benchmarks -am package
java -Xmx3g -cp frontline-benchmarks/target/frontline-benchmarks.jar io.frontline.benchmarks.events.SuggestionsEval "$@"
