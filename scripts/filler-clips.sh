#!/usr/bin/env bash
# Regenerates the "one moment" clips a realtime call plays while the voice model prepares a slow reply: raw μ-law,
# 8 kHz mono, as Twilio's media streams carry audio. Needs espeak-ng and sox (apt-get install -y espeak-ng sox); the
# clips are committed, so building and CI need neither.
set -euo pipefail
out="$(dirname "$0")/../src/WebFront/Media/Fillers"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
clip() { # language, espeak voice, text
  espeak-ng -v "$2" -s 165 -w "$tmp/$1.wav" "$3"
  sox "$tmp/$1.wav" -r 8000 -c 1 -t ul "$out/one-moment-$1.ulaw"
}
clip en en-us "One moment."
clip fr fr-fr "Un instant."
ls -l "$out"
