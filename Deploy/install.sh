#!/usr/bin/env bash
# Builds a release binary and installs candor as a systemd service:
#   /usr/local/bin/candor                  the binary
#   /etc/systemd/system/candor.service     the unit (Type=notify, hardened)
#   /usr/lib/sysusers.d/candor.conf        the candor user
#   /usr/share/candor/rules/               the default rule packs (replaced on upgrade)
#   /etc/candor/candor.yaml                the config (kept if it exists)
#   /etc/candor/rules.d/                   your own rule packs
# Usage: sudo Deploy/install.sh [--prefix /] [--no-build]
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
prefix=/
build=1
while (($#)); do
    case $1 in
        --prefix) prefix=${2:?}; shift 2 ;;
        --no-build) build=0; shift ;;
        *) echo "usage: $0 [--prefix DIR] [--no-build]" >&2; exit 2 ;;
    esac
done
root=${prefix%/}

if ((build)); then
    echo "==> building candor (release)"
    (cd "$repo" && swift build -c release --product candor)
fi
binary=$(cd "$repo" && swift build -c release --show-bin-path)/candor
[[ -x $binary ]] || { echo "no release binary at $binary; run without --no-build" >&2; exit 1; }

echo "==> installing into ${root:-/}"
install -D -m 0755 "$binary" "$root/usr/local/bin/candor"
install -D -m 0644 "$repo/Deploy/candor.service" "$root/etc/systemd/system/candor.service"
install -D -m 0644 "$repo/Deploy/candor.sysusers" "$root/usr/lib/sysusers.d/candor.conf"
rm -rf "$root/usr/share/candor/rules"
mkdir -p "$root/usr/share/candor" "$root/etc/candor/rules.d" "$root/etc/candor/credentials"
cp -R "$repo/Rules" "$root/usr/share/candor/rules"
if [[ ! -f $root/etc/candor/candor.yaml ]]; then
    install -m 0640 "$repo/Deploy/candor.yaml" "$root/etc/candor/candor.yaml"
    echo "    wrote $root/etc/candor/candor.yaml: edit the targets, then start the service"
else
    echo "    kept $root/etc/candor/candor.yaml"
fi

if [[ -z $root && -d /run/systemd/system ]]; then
    systemd-sysusers
    chown root:candor /etc/candor/candor.yaml
    systemctl daemon-reload
    echo "==> done: systemctl enable --now candor; journalctl -u candor -f"
else
    echo "==> done (systemd is not running here: run systemd-sysusers and systemctl daemon-reload on the target host)"
fi
