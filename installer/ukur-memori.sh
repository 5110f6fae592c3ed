#!/usr/bin/env bash
# Resident memory (RSS) of the built (or installed) Kesos Kecamatan, the three figures of issue 14:
#   1. at Beranda, an office of 2,000 sample people, the window left alone for 20 s;
#   2. the same office after every page was opened once (the window's probe KESOS_UKUR_MULAI=halaman opens
#      each for 3 s, then Beranda again), 10 s after the last;
#   3. the same with the 250,000-entry benchmark register (`kesos demo --orang 236519`, about 2 minutes).
# Without a screen it runs itself under xvfb-run.
#   installer/ukur-memori.sh ["target/installer/Kesos Kecamatan" | /opt/kesos-kecamatan] [--tanpa-besar]
set -euo pipefail
APP=${1:-target/installer/Kesos Kecamatan}
BESAR=${2:-}
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" "$APP" "$BESAR"
fi
GUI="$APP/bin/$(basename "$(ls "$APP"/lib/app/*.cfg | grep -v "/kesos.cfg$" | head -n 1)" .cfg)"
D=$(mktemp -d)
trap 'rm -rf "$D"' EXIT

kantor() {
    "$APP/bin/kesos" --data-dir "$1" setup --kecamatan 36.04.34 --camat "Contoh Camat" --nip-camat 197001011990031001 \
        --kasie "Contoh Kasie" --nip-kasie 198002022005012002 > /dev/null
    "$APP/bin/kesos" --data-dir "$1" demo --orang "$2" > /dev/null 2> "$D/demo.txt" || { tail -n 3 "$D/demo.txt" >&2; exit 1; }
}

# RSS in MB of the window on office $1: $2 = "beranda" (left alone 20 s) or "halaman" (every page opened)
rss() {
    local keluar="$D/keluar-$2.txt" pid jvm i
    : > "$keluar"
    if [ "$2" = halaman ]; then
        KESOS_UKUR_MULAI=halaman "$GUI" --data-dir "$1" > "$keluar" 2>&1 &
    else
        "$GUI" --data-dir "$1" > "$keluar" 2>&1 &
    fi
    pid=$!
    if [ "$2" = halaman ]; then
        for i in $(seq 1 120); do
            grep -q KESOS_HALAMAN_SEMUA "$keluar" && break
            sleep 1
        done
        grep -q KESOS_HALAMAN_SEMUA "$keluar" || { kill "$pid"; echo "the window did not open every page" >&2; exit 1; }
        sleep 10
    else
        sleep 20
    fi
    jvm=$(pgrep -P "$pid" java || echo "$pid")
    echo $(( $(ps -o rss= -p "$jvm" | tr -d ' ') / 1024 ))
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

kantor "$D/kecil" 2000
echo "memori (RSS) di Beranda, 2.000 orang: $(rss "$D/kecil" beranda) MB (target 250 MB)"
echo "memori (RSS) sesudah membuka semua halaman, 2.000 orang: $(rss "$D/kecil" halaman) MB (target 350 MB)"
if [ "$BESAR" != "--tanpa-besar" ]; then
    kantor "$D/besar" 236519
    echo "memori (RSS) sesudah membuka semua halaman, register 250.000 entri: $(rss "$D/besar" halaman) MB (target 450 MB)"
fi
