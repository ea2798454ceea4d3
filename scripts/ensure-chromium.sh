#!/bin/sh
# Installs Debian's chromium for the browser tests of the HTML and Markdown reporters
# when /usr/bin/chromium is missing. Needs root (or sudo) and apt.
set -eu

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q chromium

if [ ! -x /usr/bin/chromium ]; then
  echo "ensure-chromium: apt installed chromium but /usr/bin/chromium is missing" >&2
  exit 1
fi
