#!/bin/bash
# Walkthrough: open a project, File > Import, type the path, screenshot the mapping step.
cd /work/main
export HOME=/tmp/walkhome; mkdir -p $HOME
./target/debug/treaty-tracker /tmp/walk.ron > /tmp/walk.log 2>&1 &
APP=$!
for i in $(seq 1 60); do W=$(xdotool search --name "Treaty Tracker" 2>/dev/null | head -1); [ -n "$W" ] && break; sleep 0.5; done
sleep 2
xdotool windowsize $W 1440 900; xdotool windowfocus $W; sleep 1
shot() { import -window root /tmp/shots/$1.png; }
# File menu
xdotool mousemove 20 12 click 1; sleep 0.7
shot 00-file-menu
eval "$@"
sleep 1
kill $APP
