#!/usr/bin/env bash
# Stops the daemons start-slurm.sh started, by the process ids it recorded, and nothing else.
set -euo pipefail

STATE="${SLURM_STATE:-/tmp/smiling4j-slurm}"
say() { printf 'stop-slurm: %s\n' "$*" >&2; }

if [ ! -s "$STATE/pids" ]; then
  say "nothing to stop ($STATE/pids is missing or empty)"
  exit 0
fi
while read -r name pid; do
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      say "$name ($pid) did not stop within 10 s; killing it"
      kill -9 "$pid"
    fi
    say "stopped $name ($pid)"
  else
    say "$name ($pid) had stopped already"
  fi
done < "$STATE/pids"
rm -f "$STATE/pids"
