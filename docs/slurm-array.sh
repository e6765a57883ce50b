#!/usr/bin/env bash
# omsim on Slurm: one study split over a job array, then merged.
#
#   bash docs/slurm-array.sh SCENARIO [SHARDS] [OUT] [omsim options…]
#   bash docs/slurm-array.sh scenarios/baseline.yaml 8 results/baseline --reps 40
#
# Submits an array of SHARDS tasks (--array=0-(SHARDS-1)); task k gets
# SLURM_ARRAY_TASK_ID=k from Slurm, and `omsim run … --shards SHARDS` reads it
# to run its slice and write OUT-shards/shard-(k+1)-of-SHARDS.json (shard
# files count from 1, as --shard does). Then it
# submits a merge job that starts only when every task has succeeded
# (--dependency=afterok) and writes OUT exactly as one machine would have.
# Run it from the omsim folder (npm ci done) on a file system every node sees.
# For a sweep or comparison, change `run` below (see docs/cluster.md).
#
# What each job asks of Slurm, from the environment (a task asking more CPUs
# than any node has stays PENDING with reason PartitionConfig, silently, so
# the defaults are modest):
#   OMSIM_SLURM_CPUS      CPUs per shard task, and its --workers (default 1)
#   OMSIM_SLURM_MEM       memory per job, as sbatch's --mem (default 2G)
#   OMSIM_SLURM_TIME      time limit per shard task (default 04:00:00)
#   OMSIM_SLURM_LOGS      folder for the jobs' logs (default logs)
#   OMSIM_SBATCH_OPTIONS  further sbatch options for both submissions, split
#                         on spaces, e.g. "--partition=long --account=abc"
set -euo pipefail

case "${1:-}" in
  --shard-task)
    # One array task: its shard of the study.
    shift
    scenario=$1 shards=$2 out=$3
    shift 3
    cd "${SLURM_SUBMIT_DIR:-.}"
    exec npx --offline omsim run "$scenario" --shards "$shards" --workers "${SLURM_CPUS_PER_TASK:-1}" --out "$out-shards" --quiet "$@"
    ;;
  --merge-task)
    # After every task: the results folder from the shard files.
    shift
    out=$1
    cd "${SLURM_SUBMIT_DIR:-.}"
    exec npx --offline omsim merge "$out-shards" --out "$out"
    ;;
esac

scenario=${1:?usage: bash docs/slurm-array.sh SCENARIO [SHARDS] [OUT] [omsim options…]}
shards=${2:-8}
out=${3:-results/$(basename "$scenario" .yaml)}
extra=("${@:4}")
cpus=${OMSIM_SLURM_CPUS:-1}
mem=${OMSIM_SLURM_MEM:-2G}
time=${OMSIM_SLURM_TIME:-04:00:00}
logs=${OMSIM_SLURM_LOGS:-logs}
read -r -a sbatch_options <<<"${OMSIM_SBATCH_OPTIONS:-}"

# Checked before anything is submitted, so a typo never queues a study.
if ! [[ $shards =~ ^[1-9][0-9]*$ ]]; then
  echo "slurm-array.sh: SHARDS must be a whole number of at least 1; found \"$shards\"" >&2
  exit 2
fi
if ! [[ $cpus =~ ^[1-9][0-9]*$ ]]; then
  echo "slurm-array.sh: OMSIM_SLURM_CPUS must be a whole number of at least 1; found \"$cpus\"" >&2
  exit 2
fi
mkdir -p "$(dirname "$out")" "$logs"

array=$(sbatch --parsable --job-name=omsim-shards --array="0-$((shards - 1))" \
  --cpus-per-task="$cpus" --mem="$mem" --time="$time" --output="$logs/omsim-shard-%a.out" \
  "${sbatch_options[@]}" "$0" --shard-task "$scenario" "$shards" "$out" "${extra[@]}")
array=${array%%;*} # --parsable prints "jobid" or "jobid;cluster"
merge=$(sbatch --parsable --job-name=omsim-merge --dependency="afterok:$array" \
  --cpus-per-task=1 --mem="$mem" --time=01:00:00 --output="$logs/omsim-merge.out" \
  "${sbatch_options[@]}" "$0" --merge-task "$out")
echo "submitted shards as job array $array and the merge as job ${merge%%;*}; results in $out"
