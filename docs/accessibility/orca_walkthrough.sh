#!/bin/bash
# Orca + AT-SPI walk-through of the demo vault under Xvfb (see screen-reader-check.md).
# From the repository root:  Xvfb :99 -screen 0 1100x720x24 &  dbus-run-session -- docs/accessibility/orca_walkthrough.sh
# (another display: DISPLAY=:97 ...)
# Speech: grep "SPEECH OUTPUT" /tmp/peerdesk-orca-orca-debug.txt
export DISPLAY=${DISPLAY:-:99} QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
D=${OUT:-$PWD/docs/accessibility/trees}; mkdir -p $D; HERE=$(dirname "$0")
PASS="$(.venv/bin/python -c "from peerdesk.core.demo import DEMO_PASSPHRASE as p; print(p)")"
/usr/libexec/at-spi-bus-launcher --launch-immediately & sleep 1
matchbox-window-manager -use_titlebar no >/tmp/peerdesk-orca-wm.log 2>&1 &
orca --replace --debug-file=/tmp/peerdesk-orca-orca-debug.txt > /tmp/peerdesk-orca-orca.out 2>&1 &
sleep 4

.venv/bin/python -m peerdesk --demo > /tmp/peerdesk-orca-app.out 2>&1 &
APP=$!
for i in $(seq 1 120); do WID=$(xdotool search --onlyvisible --name '^peerdesk' 2>/dev/null | head -1); [ -n "$WID" ] && break; sleep 1; done
echo "WID=$WID after $i s"; sleep 8
xdotool windowactivate --sync $WID; xdotool windowfocus $WID; sleep 3
step() { echo "== $1"; /usr/bin/python3 "$HERE"/atspi_dump.py $D/tree-$1.txt; echo "MARK $1" >> /tmp/peerdesk-orca-marks; date +%T.%N >> /tmp/peerdesk-orca-marks; }
step 0-today-start
xdotool key ctrl+l; sleep 6
step 1-unlock
xdotool type --delay 60 "wrong words here"; xdotool key Return; sleep 15
step 2-unlock-error
xdotool key Tab; sleep 2; xdotool key Tab; sleep 2; xdotool key shift+Tab; sleep 2; xdotool key shift+Tab; sleep 2
xdotool type --delay 60 "$PASS"; xdotool key Return; sleep 20
step 3-today
for i in $(seq 1 8); do xdotool key Tab; sleep 1.5; done
step 3b-today-tabbed
xdotool key Down; sleep 1.5; xdotool key Menu; sleep 3   # a row's actions from the keyboard
step 3c-today-row-menu
xdotool key Down; sleep 1.5; xdotool key Escape; sleep 2
xdotool key ctrl+n; sleep 10
step 4-note
for i in $(seq 1 16); do xdotool key Tab; sleep 1.5; done
step 5-note-tabbed
for i in $(seq 1 12); do xdotool key shift+Tab; sleep 1.5; done
step 6-note-backtabbed
xdotool key Escape; sleep 3
kill $APP; sleep 3
