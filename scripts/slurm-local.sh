#!/usr/bin/env bash
# The Slurm path end to end on this machine: a single-node Slurm, then
# docs/slurm-array.sh's job array and merge, compared byte for byte with the
# same study run on one machine.
#
#   bash scripts/slurm-local.sh
#
# Exit 0: the two folders are identical (provenance.json aside, which names
# the machine and time). 1: they differ, or a job failed or never finished.
# 2: Slurm cannot be had (not installed and not root to install it, or the
# daemons would not come up).
#
# Installs slurmctld, slurmd, slurm-client and munge with apt when sbatch is
# missing (as root). Uses a Slurm that is already answering as it is; else
# starts munged, slurmctld and slurmd with a minimal one-node slurm.conf
# (written only when there is none, or when it is one this script wrote), and
# stops at the end, by process id, each daemon it started and no other.
set -euo pipefail
cd "$(dirname "$0")/.."

conf=/etc/slurm/slurm.conf
conf_marker='# Written by omsim scripts/slurm-local.sh: a one-node Slurm for checking the cluster path.'
ready_seconds=${OMSIM_SLURM_READY_SECONDS:-60}
jobs_seconds=${OMSIM_SLURM_JOBS_SECONDS:-600}

say() { echo "slurm-local: $*" >&2; }
unavailable() { say "$*"; exit 2; }

started_pids=()
work=""
stop_started() {
  # Daemons this script started, newest first; nothing else is touched.
  local i
  for ((i = ${#started_pids[@]} - 1; i >= 0; i--)); do
    kill "${started_pids[i]}" 2>/dev/null || true
  done
  for ((i = ${#started_pids[@]} - 1; i >= 0; i--)); do
    for _ in $(seq 50); do kill -0 "${started_pids[i]}" 2>/dev/null || break; sleep 0.1; done
  done
  [ -n "$work" ] && rm -rf "$work"
  return 0
}
trap stop_started EXIT

# Starts a daemon that forks into the background, and records the pid its
# pid file names, so that it alone is stopped at the end.
start_daemon() {
  local name=$1 pidfile=$2
  shift 2
  rm -f "$pidfile"
  "$@" || unavailable "$name would not start (command: $*)"
  for _ in $(seq 50); do [ -s "$pidfile" ] && break; sleep 0.1; done
  [ -s "$pidfile" ] || unavailable "$name started but wrote no $pidfile"
  started_pids+=("$(cat "$pidfile")")
}

seconds_since() { local ms=$((($(date +%s%N) - $1) / 1000000)); printf '%d.%d' $((ms / 1000)) $((ms % 1000 / 100)); }

running() { pgrep -x "$1" >/dev/null 2>&1; }

install_slurm() {
  command -v sbatch >/dev/null 2>&1 && command -v slurmctld >/dev/null 2>&1 && command -v munged >/dev/null 2>&1 && return 0
  [ "$(id -u)" -eq 0 ] || unavailable "Slurm is not installed, and installing it needs root: sudo apt-get install slurmctld slurmd slurm-client munge"
  say "installing slurmctld slurmd slurm-client munge with apt"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q slurmctld slurmd slurm-client munge >&2 ||
    unavailable "apt-get install slurmctld slurmd slurm-client munge failed"
}

write_conf() {
  local cpus mem_mb
  cpus=$(nproc)
  # A little under what the kernel reports: slurmd drains a node whose
  # configured RealMemory is above what it measures itself.
  mem_mb=$(awk '/^MemTotal:/ { printf "%d", $2 / 1024 * 0.95 }' /proc/meminfo)
  mkdir -p /etc/slurm /var/spool/slurmctld /var/spool/slurmd /var/log/slurm
  cat >"$conf" <<EOF
$conf_marker
ClusterName=omsim-local
SlurmctldHost=$(hostname -s)
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SlurmUser=root
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU_Memory
ReturnToService=2
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
NodeName=$(hostname -s) CPUs=$cpus RealMemory=$mem_mb State=UNKNOWN
PartitionName=local Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
}

start_slurm() {
  if sinfo -h >/dev/null 2>&1 && [ -n "$(sinfo -h -t idle,mix -o %n 2>/dev/null)" ]; then
    say "using the Slurm already running here"
    return 0
  fi
  [ "$(id -u)" -eq 0 ] || unavailable "no Slurm is answering here, and starting one needs root"
  if [ ! -f "$conf" ] || grep -qxF "$conf_marker" "$conf"; then
    write_conf
  fi
  if ! running munged; then
    [ -f /etc/munge/munge.key ] || mungekey -c || unavailable "could not create /etc/munge/munge.key (mungekey -c)"
    chown munge:munge /etc/munge/munge.key && chmod 400 /etc/munge/munge.key
    mkdir -p /run/munge && chown munge:munge /run/munge
    start_daemon munged /run/munge/munged.pid runuser -u munge -- /usr/sbin/munged
  fi
  running slurmctld || start_daemon slurmctld /run/slurmctld.pid slurmctld
  running slurmd || start_daemon slurmd /run/slurmd.pid slurmd
  local waited=0
  until [ -n "$(sinfo -h -t idle -o %n 2>/dev/null)" ]; do
    [ "$waited" -lt "$((ready_seconds * 10))" ] || unavailable "the node was not idle after ${ready_seconds}s: $(sinfo -h -o '%n %T %E' 2>&1 || true)"
    sleep 0.1
    waited=$((waited + 1))
  done
}

# Polls squeue until none of the jobs is queued or running; fails at once on
# a job that can never start (a merge whose shards failed, or a request the
# node cannot meet).
wait_for_jobs() {
  local ids=$1 waited=0 queue
  while queue=$(squeue -h -j "$ids" -o '%i %T %r' 2>/dev/null) && [ -n "$queue" ]; do
    if grep -qE 'DependencyNeverSatisfied|PartitionConfig' <<<"$queue"; then
      scancel "${ids//,/ }" 2>/dev/null || true
      say "a job can never run: $queue"
      return 1
    fi
    if [ "$waited" -ge "$((jobs_seconds * 5))" ]; then
      scancel "${ids//,/ }" 2>/dev/null || true
      say "the jobs had not finished after ${jobs_seconds}s: $queue"
      return 1
    fi
    sleep 0.2
    waited=$((waited + 1))
  done
}

# Installing Slurm and starting its daemons need root: where sudo asks no
# password (a CI runner), the whole check runs under it.
if [ "$(id -u)" -ne 0 ] && ! sinfo -h >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  trap - EXIT
  exec sudo -n env "PATH=$PATH" bash "$0" "$@"
fi
install_slurm
start_slurm

work=$(mktemp -d "${TMPDIR:-/tmp}/omsim-slurm-local-XXXXXX")
study=(--reps 8 --set horizon.years=1 --set warmup.weeks=0)
started=$(date +%s%N)
submitted=$(OMSIM_SLURM_LOGS="$work/logs" bash docs/slurm-array.sh scenarios/baseline.yaml 4 "$work/slurm" "${study[@]}")
say "$submitted"
array=$(sed -n 's/.*job array \([0-9]*\).*/\1/p' <<<"$submitted")
merge=$(sed -n 's/.*merge as job \([0-9]*\).*/\1/p' <<<"$submitted")
[ -n "$array" ] && [ -n "$merge" ] || { say "could not read the job ids from: $submitted"; exit 1; }
wait_for_jobs "$array,$merge" || { cat "$work"/logs/*.out >&2 2>/dev/null || true; exit 1; }
slurm_seconds=$(seconds_since "$started")
if [ ! -f "$work/slurm/summary.json" ]; then
  say "the merge wrote no results folder (no $work/slurm/summary.json)"
  cat "$work"/logs/*.out >&2 2>/dev/null || true
  exit 1
fi

started=$(date +%s%N)
node bin/omsim.js run scenarios/baseline.yaml "${study[@]}" --out "$work/one" --quiet
one_seconds=$(seconds_since "$started")

if diff -r -x provenance.json "$work/one" "$work/slurm" >&2; then
  echo "slurm-local: identical: 4 Slurm array tasks and the merge (${slurm_seconds}s) and one machine (${one_seconds}s) wrote the same folder"
  exit 0
fi
say "the Slurm folder differs from one machine's"
exit 1
