#!/usr/bin/env python3
"""Footprint of the candor daemon (issue 7's benchmark): startup time to READY=1, idle resident
memory and CPU with the default pack and 10 targets, and the daemon's own CPU per trial
excluding model latency.

    swift build -c release --product candor
    python3 Benchmarks/daemon_footprint.py .build/release/candor [--idle-seconds 60]

A tiny OpenAI-compatible server on 127.0.0.1 answers instantly; the daemon is started with
NOTIFY_SOCKET pointing at a socket this script reads. Results are printed as Markdown.
"""
import argparse, http.server, json, os, socket, subprocess, sys, tempfile, threading, time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLK = os.sysconf("SC_CLK_TCK")
ANSWER = json.dumps({
    "id": "x", "object": "chat.completion", "model": "bench", "system_fingerprint": "fp",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "Yes, that is correct."},
                 "finish_reason": "stop"}],
    "usage": {"prompt_tokens": 50, "completion_tokens": 5, "total_tokens": 55},
}).encode()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(ANSWER)))
        self.end_headers()
        self.wfile.write(ANSWER)

    def log_message(self, *args):
        pass


def write_config(directory, port, targets, interval, jitter):
    lines = [f"rules: {REPO}/Rules", f"state_dir: {directory}/state", f"log_dir: {directory}/logs",
             "log_level: warning", "status:", "  listen: 127.0.0.1:0", "targets:"]
    for i in range(targets):
        lines += [f"  - name: t{i}", f"    base_url: http://127.0.0.1:{port}/v1", "    model: bench"]
    lines += ["probes:", "  belief-pressure.yes-no:", f"    interval: {interval}", f"    jitter: {jitter}",
              "detection:", "  warmup: 100"]
    path = os.path.join(directory, "candor.yaml")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    return path


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def start(candor, config, directory):
    sock_path = os.path.join(directory, "notify.sock")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(sock_path)
    listener.settimeout(30)
    env = dict(os.environ, NOTIFY_SOCKET=sock_path)
    began = time.monotonic()
    process = subprocess.Popen([candor, "run", "--config", config], env=env, stderr=subprocess.DEVNULL)
    while True:
        message = listener.recv(4096).decode()
        if "READY=1" in message:
            return process, time.monotonic() - began, listener


def trials(directory):
    try:
        with open(os.path.join(directory, "logs", "samples.jsonl")) as f:
            return sum(1 for _ in f)
    except FileNotFoundError:
        return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("candor")
    parser.add_argument("--idle-seconds", type=float, default=60)
    parser.add_argument("--busy-seconds", type=float, default=20)
    args = parser.parse_args()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]

    # Idle: 10 targets, default pack, one trial each at start, then 5 minutes between trials.
    with tempfile.TemporaryDirectory() as directory:
        config = write_config(directory, port, 10, "5m", "0s")
        process, ready_seconds, listener = start(args.candor, config, directory)
        for _ in range(200):
            if trials(directory) >= 10:
                break
            time.sleep(0.1)
        time.sleep(2)
        cpu_before, wall_before = cpu_seconds(process.pid), time.monotonic()
        time.sleep(args.idle_seconds)
        idle_cpu = (cpu_seconds(process.pid) - cpu_before) / (time.monotonic() - wall_before)
        idle_rss = rss_mib(process.pid)
        process.terminate()
        process.wait(30)
        listener.close()

    # Busy: one target, a trial (4 calls) every 100 ms; CPU per trial excludes model latency
    # because it counts only the daemon's own CPU time.
    with tempfile.TemporaryDirectory() as directory:
        config = write_config(directory, port, 1, "100ms", "0s")
        process, _, listener = start(args.candor, config, directory)
        time.sleep(3)
        cpu_before, trials_before = cpu_seconds(process.pid), trials(directory)
        time.sleep(args.busy_seconds)
        cpu_used, trial_count = cpu_seconds(process.pid) - cpu_before, trials(directory) - trials_before
        busy_rss = rss_mib(process.pid)
        process.terminate()
        process.wait(30)
        listener.close()

    server.shutdown()
    print("| measure | value | goal |")
    print("|---|---|---|")
    print(f"| startup to READY=1 (10 targets, default pack) | {ready_seconds * 1000:.0f} ms | |")
    print(f"| idle resident memory, 10 targets | {idle_rss:.1f} MiB | < 50 MB |")
    print(f"| idle CPU between trials, 10 targets | {idle_cpu * 100:.2f} % of a core | < 1 % |")
    print(f"| daemon CPU per trial (4 calls, scoring, records, state) | {cpu_used / max(trial_count, 1) * 1e6:.0f} µs "
          f"({trial_count} trials in {args.busy_seconds:.0f} s) | |")
    print(f"| resident memory while busy | {busy_rss:.1f} MiB | |")


if __name__ == "__main__":
    sys.exit(main())
