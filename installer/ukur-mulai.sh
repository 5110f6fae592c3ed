#!/usr/bin/env bash
# Start-up of the built (or installed) Kesos Kecamatan against a bare JavaFX "hello" window, in the same run:
# alternately, N times each after one warm-up pair, the time from starting the process to the window shown
# (the app: Beranda with its counts, over an office of 2,000 sample people). The baseline is a bare JavaFX
# window (id.kesos.ui.JendelaPolos, a Stage with one label) on the same runtime and class path, without the
# app's cache. Prints each pair, the medians and the ratio app/baseline (the memory: installer/ukur-memori.sh).
# Without a screen it runs itself under xvfb-run.
#   installer/ukur-mulai.sh ["target/installer/Kesos Kecamatan" | /opt/kesos-kecamatan] [N]
set -euo pipefail
APP=${1:-target/installer/Kesos Kecamatan}
N=${2:-7}
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" "$APP" "$N"
fi
CFG=$(ls "$APP"/lib/app/*.cfg | grep -v "/kesos.cfg$" | head -n 1)
JAVA="$APP/lib/runtime/bin/java"
CP=$(sed -n 's/^app.classpath=//p' "$CFG" | sed "s|\$APPDIR|$APP/lib/app|" | paste -sd:)
GUI="$APP/bin/$(basename "$CFG" .cfg)"
D=$(mktemp -d)
trap 'rm -rf "$D"' EXIT
"$APP/bin/kesos" --data-dir "$D" setup --kecamatan 36.04.34 --camat "Contoh Camat" --nip-camat 197001011990031001 \
    --kasie "Contoh Kasie" --nip-kasie 198002022005012002 > /dev/null
"$APP/bin/kesos" --data-dir "$D" demo --orang 2000 > /dev/null

# ms from start to the window's marker line; the process closes itself right after it
ukur() {
    local mulai akhir
    mulai=$(date +%s%N)
    while IFS= read -r baris; do
        if [[ $baris == *KESOS_JENDELA_TAMPIL* ]]; then
            akhir=$(date +%s%N)
        fi
    done < <(KESOS_UKUR_MULAI=1 "$@" 2>/dev/null)
    echo $(( (akhir - mulai) / 1000000 ))
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

POLOS=()
APLIKASI=()
for i in $(seq 0 "$N"); do
    p=$(ukur "$JAVA" --enable-native-access=ALL-UNNAMED -cp "$CP" 'id.kesos.ui.JendelaPolos$Mulai')
    a=$(ukur "$GUI" --data-dir "$D")
    if [ "$i" -eq 0 ]; then
        echo "pemanasan: jendela polos $p ms, aplikasi $a ms"
    else
        echo "putaran $i: jendela polos $p ms, aplikasi $a ms"
        POLOS+=("$p")
        APLIKASI+=("$a")
    fi
done
MP=$(printf '%s\n' "${POLOS[@]}" | median)
MA=$(printf '%s\n' "${APLIKASI[@]}" | median)
echo "median: jendela polos $MP ms, aplikasi (Beranda dengan angkanya) $MA ms; rasio aplikasi/polos $(awk -v a="$MA" -v p="$MP" 'BEGIN { printf "%.2f", a / p }')"

