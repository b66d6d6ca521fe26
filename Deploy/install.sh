#!/usr/bin/env bash
# Builds a release binary and installs candor as a systemd service:
#   /usr/local/bin/candor                  the binary
#   /etc/systemd/system/candor.service     the unit (Type=notify, hardened)
#   /usr/lib/sysusers.d/candor.conf        the candor user
#   /usr/lib/tmpfiles.d/candor.conf        its directories
#   /usr/local/share/doc/candor/           README (the unit's Documentation=), Docs, LICENSE, NOTICE
#   /usr/local/share/man/man1/candor.1     the manual page, and bash/zsh/fish completions
#   /usr/share/candor/rules/               the default rule packs (replaced on upgrade)
#   /etc/candor/candor.yaml                the config (kept if it exists)
#   /etc/candor/rules.d/                   your own rule packs
#   /etc/candor/credentials/               API keys and secrets, one file each (0700 root; see candor.service)
# Usage: sudo Deploy/install.sh [--prefix /] [--no-build | --binary FILE]
#   --no-build     install the release binary already built in .build/release (swift is not needed)
#   --binary FILE  install FILE, a prebuilt candor binary (swift is not needed)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
prefix=/
build=1
binary=
while (($#)); do
    case $1 in
        --prefix) prefix=${2:?}; shift 2 ;;
        --no-build) build=0; shift ;;
        --binary) binary=${2:?}; build=0; shift 2 ;;
        *) echo "usage: $0 [--prefix DIR] [--no-build | --binary FILE]" >&2; exit 2 ;;
    esac
done
root=${prefix%/}

if ((build)); then
    echo "==> building candor (release)"
    (cd "$repo" && swift build -c release --product candor)
    binary=$(cd "$repo" && swift build -c release --show-bin-path)/candor
fi
binary=${binary:-$repo/.build/release/candor}
[[ -x $binary ]] || { echo "no candor binary at $binary; build it (swift build -c release) or pass --binary FILE" >&2; exit 1; }

echo "==> installing into ${root:-/}"
install -D -m 0755 "$binary" "$root/usr/local/bin/candor"
# The unit names the packaged paths (/usr/bin, /usr/share/doc); this install puts them under /usr/local.
mkdir -p "$root/etc/systemd/system"
sed 's#/usr/bin/candor #/usr/local/bin/candor #; s#file:///usr/share/doc/candor#file:///usr/local/share/doc/candor#' \
    "$repo/Deploy/candor.service" \
    >"$root/etc/systemd/system/candor.service"
chmod 0644 "$root/etc/systemd/system/candor.service"
install -D -m 0644 "$repo/Deploy/candor.sysusers" "$root/usr/lib/sysusers.d/candor.conf"
install -D -m 0644 "$repo/Deploy/candor.tmpfiles" "$root/usr/lib/tmpfiles.d/candor.conf"
install -D -m 0644 "$repo/Deploy/candor.1" "$root/usr/local/share/man/man1/candor.1"
mkdir -p "$root/usr/local/share/doc/candor"
cp "$repo/README.md" "$repo/LICENSE" "$repo/NOTICE" "$repo"/Docs/*.md "$root/usr/local/share/doc/candor/"
install -d "$root/usr/local/share/bash-completion/completions" "$root/usr/local/share/zsh/site-functions" \
    "$root/usr/local/share/fish/vendor_completions.d"
"$binary" --generate-completion-script bash >"$root/usr/local/share/bash-completion/completions/candor"
"$binary" --generate-completion-script zsh >"$root/usr/local/share/zsh/site-functions/_candor"
"$binary" --generate-completion-script fish >"$root/usr/local/share/fish/vendor_completions.d/candor.fish"
rm -rf "$root/usr/share/candor/rules" "$root/usr/share/candor/opt-in-rules"
mkdir -p "$root/usr/share/candor" "$root/etc/candor/rules.d"
install -d -m 0700 "$root/etc/candor/credentials"
cp -R "$repo/Rules" "$root/usr/share/candor/rules"
cp -R "$repo/OptInRules" "$root/usr/share/candor/opt-in-rules"   # retired probes; the default config does not load them
if [[ ! -f $root/etc/candor/candor.yaml ]]; then
    install -m 0640 "$repo/Deploy/candor.yaml" "$root/etc/candor/candor.yaml"
    echo "    wrote $root/etc/candor/candor.yaml: edit the targets, then start the service"
else
    echo "    kept $root/etc/candor/candor.yaml"
fi

# The service runs as the candor user: its config must be readable by the candor group (not by everyone:
# it may name webhook URLs whose path is a secret).
if [[ -z $root ]] && command -v systemd-sysusers >/dev/null; then
    systemd-sysusers /usr/lib/sysusers.d/candor.conf
    systemd-tmpfiles --create /usr/lib/tmpfiles.d/candor.conf
fi
if getent group candor >/dev/null; then
    chgrp candor "$root/etc/candor/candor.yaml"
    chmod 0640 "$root/etc/candor/candor.yaml"
else
    echo "    no candor group here: on the target host, after systemd-sysusers, run"
    echo "    chgrp candor /etc/candor/candor.yaml && chmod 0640 /etc/candor/candor.yaml"
fi

if [[ -z $root && -d /run/systemd/system ]]; then
    systemctl daemon-reload
    echo "==> done: systemctl enable --now candor; journalctl -u candor -f"
else
    echo "==> done (systemd is not running here: run systemd-sysusers and systemctl daemon-reload on the target host)"
fi
