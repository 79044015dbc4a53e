#!/usr/bin/env bash
# A real Slurm on this one machine, for the runner's slurm-tagged tests (see docs/sweeps.md).
# Installs slurm-wlm and munge when missing, writes the munge key and /etc/slurm/slurm.conf,
# starts munged (as user munge), slurmctld and slurmd (as root), waits until the node is idle,
# and records the process ids it started in $SLURM_STATE/pids (default /tmp/smiling4j-slurm)
# for stop-slurm.sh, which stops exactly those. Run as root.
set -euo pipefail

STATE="${SLURM_STATE:-/tmp/smiling4j-slurm}"
HOST="$(hostname -s)"
CONF=/etc/slurm/slurm.conf
MARK="# written by smiling4j's start-slurm.sh"

say() { printf 'start-slurm: %s\n' "$*" >&2; }

[ "$(id -u)" -eq 0 ] || { say "run me as root (it installs packages and starts daemons)"; exit 1; }
if [ -s "$STATE/pids" ]; then
  say "already started (process ids in $STATE/pids); run stop-slurm.sh first"
  exit 1
fi
for daemon in slurmctld slurmd; do
  if pgrep -x "$daemon" >/dev/null; then
    say "a $daemon is running already (pid $(pgrep -x "$daemon" | head -1)); this script starts its own"
    exit 1
  fi
done

if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null; then
  say "installing slurm-wlm and munge with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q slurm-wlm munge >/dev/null
fi

mkdir -p "$STATE/ctld" "$STATE/d"
: > "$STATE/pids"

if [ ! -s /etc/munge/munge.key ]; then
  say "creating /etc/munge/munge.key"
  mkdir -p /etc/munge
  dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
fi
chown munge:munge /etc/munge/munge.key
chmod 400 /etc/munge/munge.key
mkdir -p /run/munge /var/lib/munge /var/log/munge
chown munge:munge /run/munge /var/lib/munge /var/log/munge
if pgrep -x munged >/dev/null; then
  say "using the munged that is running already (pid $(pgrep -x munged | head -1)); stop-slurm.sh leaves it alone"
else
  runuser -u munge -- /usr/sbin/munged
  for _ in $(seq 50); do [ -s /run/munge/munged.pid ] && break; sleep 0.1; done
  echo "munged $(cat /run/munge/munged.pid)" >> "$STATE/pids"
fi

MEMORY=$(( $(free -m | awk '/^Mem:/ {print $2}') - 1024 ))
if [ -f "$CONF" ] && ! grep -qF "$MARK" "$CONF"; then
  say "keeping the existing $CONF as $CONF.before-smiling4j"
  mv "$CONF" "$CONF.before-smiling4j"
fi
mkdir -p /etc/slurm
cat > "$CONF" <<CONF
$MARK
ClusterName=smiling4j
SlurmctldHost=$HOST
SlurmUser=root
AuthType=auth/munge
StateSaveLocation=$STATE/ctld
SlurmdSpoolDir=$STATE/d
SlurmctldPidFile=$STATE/slurmctld.pid
SlurmdPidFile=$STATE/slurmd.pid
SlurmctldLogFile=$STATE/slurmctld.log
SlurmdLogFile=$STATE/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
NodeName=$HOST CPUs=$(nproc) RealMemory=$MEMORY State=UNKNOWN
PartitionName=main Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF

slurmctld
for _ in $(seq 100); do [ -s "$STATE/slurmctld.pid" ] && break; sleep 0.1; done
echo "slurmctld $(cat "$STATE/slurmctld.pid")" >> "$STATE/pids"
slurmd
for _ in $(seq 100); do [ -s "$STATE/slurmd.pid" ] && break; sleep 0.1; done
echo "slurmd $(cat "$STATE/slurmd.pid")" >> "$STATE/pids"

for _ in $(seq 60); do
  state="$(sinfo --noheader --nodes="$HOST" --format=%T 2>/dev/null || true)"
  case "$state" in
    idle*|mixed*|allocated*) say "Slurm is up: node $HOST $state (process ids in $STATE/pids)"; exit 0 ;;
    down*|drain*) scontrol update nodename="$HOST" state=resume 2>/dev/null || true ;;
  esac
  sleep 1
done
say "the node did not become idle within a minute; see $STATE/slurmctld.log and $STATE/slurmd.log"
exit 1
