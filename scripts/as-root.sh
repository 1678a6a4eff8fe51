#!/usr/bin/env bash
# as_root CMD…: runs CMD as root (directly when already root, else through sudo). Sourced by the install scripts.

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
