#!/bin/sh
# Renders `advance review --html` for a sample week, to look at the page (not run in CI).
#
#   docs/render-review.sh [OUT_DIR]
#
# Builds a throwaway journal from answers files (two weeks of meetings), writes review.html,
# checks that every inline SVG is well-formed XML and that the page fetches nothing, then,
# where headless Chromium is installed, prints review.png (a screenshot) and review.pdf (the
# page as printed). Uses the debug build: `swift build` first.
set -eu
out=${1:-/tmp/advance-review}
advance=${ADVANCE_BIN:-$(dirname "$0")/../.build/debug/advance}
rm -rf "$out" && mkdir -p "$out"
export HOME="$out/home" XDG_DATA_HOME="$out/home/data" XDG_CONFIG_HOME="$out/home/config"
day() { date -u -d "$1 days" +%Y-%m-%d; }

debrief() { # DAYS_AGO LEAD VERDICT ASKED REPLY NOTES STEP
  cat > "$out/answers.yaml" <<YAML
lead: $2
verdict: $3
asked: $4
reply: $5
notes: |
  $6
next_steps: $7
YAML
  ADVANCE_TODAY=$(day "-$1") "$advance" debrief --answers "$out/answers.yaml" > /dev/null
}

debrief 12 "Maria Chen" rejection "a call with her finance team" "No, we built our own tool." \
  "She said the demo was great." "I send Maria a thank-you email"
debrief 9 "Jordan Park" hedge "a two-week pilot on their own data" \
  "Sounds great, send me a deck." "He loved the dashboard." "I send Jordan the deck"
debrief 5 "Dana Reyes" commitment "Could you sign a paid pilot from January by the 14th?" \
  "Yes. I'll sign the pilot agreement by the 14th." \
  "They reconcile 300 invoices a month by hand; Dev built a macro to flag duplicates." \
  "she signs the pilot agreement by the 14th"
debrief 3 "Sam Ortiz" commitment "Could you book an hour with your ops lead next Tuesday?" \
  "Sure, I'll book Tuesday at 10 with Lee." "Their auditors asked for SOC 2 twice this year." \
  "Sam books Tuesday 10am with Lee"
debrief 1 "Ana Lima" hedge "a pilot next month" "Maybe next quarter." \
  "Budget is frozen until March." "I follow up with Ana in March"

"$advance" review --html -o "$out/review.html"
"$advance" review --no-color
if grep -Eq '<script|https?://|src=|url\(' "$out/review.html"; then
  echo "review.html fetches or runs something" >&2
  exit 1
fi
python3 - "$out/review.html" <<'PY'
import re, sys, xml.etree.ElementTree as ET
page = open(sys.argv[1], encoding="utf-8").read()
charts = re.findall(r"<svg .*?</svg>", page, re.S)
for svg in charts:
    ET.fromstring(svg)
print(f"{len(charts)} inline SVG charts, each well-formed")
PY
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "no headless Chromium here: open $out/review.html in a browser to look at it"
  exit 0
fi
"$browser" --headless --disable-gpu --no-sandbox --window-size=900,1700 \
  --screenshot="$out/review.png" "file://$out/review.html"
"$browser" --headless --disable-gpu --no-sandbox --print-to-pdf="$out/review.pdf" \
  "file://$out/review.html"
echo "wrote $out/review.png and $out/review.pdf"
