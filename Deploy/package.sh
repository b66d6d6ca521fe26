#!/usr/bin/env bash
# Builds candor's release: a binary linked with the Swift runtime inside (--static-swift-stdlib, so it runs
# where no Swift is installed), packed as a tarball and as a Debian package.
#   candor-VERSION-linux-ARCH.tar.gz   bin/candor, share/man, share/completions, Deploy/ (install.sh, unit,
#                                      sysusers, tmpfiles, default config, monitoring/), Rules/, Docs/, licences;
#                                      install with: sudo ./Deploy/install.sh --binary bin/candor
#   candor_VERSION_ARCH.deb            /usr/bin/candor, the unit, sysusers and tmpfiles entries, the default
#                                      config (a conffile), the rules, the monitoring rules and dashboard
#                                      (/usr/share/candor/monitoring), the docs, candor(1), bash/zsh/fish
#                                      completions, the licences
# Usage: Deploy/package.sh [--version V] [--output DIR] [--scratch-path DIR] [--binary FILE] [--fast]
#   --binary FILE       package FILE instead of building (swift is then not needed)
#   --scratch-path DIR  SwiftPM's build directory (default .build)
#   --fast              compress quickly (for tests), not small
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
output=$repo/.build/package
binary=
version=
scratch=$repo/.build
level=9
while (($#)); do
    case $1 in
        --version) version=${2:?}; shift 2 ;;
        --output) output=${2:?}; shift 2 ;;
        --binary) binary=${2:?}; shift 2 ;;
        --scratch-path) scratch=${2:?}; shift 2 ;;
        --fast) level=1; shift ;;
        *) echo "usage: $0 [--version V] [--output DIR] [--scratch-path DIR] [--binary FILE] [--fast]" >&2; exit 2 ;;
    esac
done
step() { echo "==> $*"; }

if [[ -z $binary ]]; then
    step "building candor (release, Swift runtime linked in): 10 to 25 minutes on 2 cores"
    build=(swift build -c release --static-swift-stdlib --scratch-path "$scratch")
    (cd "$repo" && "${build[@]}" --product candor)
    binary=$(cd "$repo" && "${build[@]}" --show-bin-path)/candor
fi
[[ -x $binary ]] || { echo "no candor binary at $binary: build it or pass --binary FILE" >&2; exit 1; }
# Debug information is most of a release binary's size (154 MB → 106 MB); the symbols stay for backtraces.
stripped=$(mktemp)
trap 'rm -f "$stripped"' EXIT
install -m 0755 "$binary" "$stripped"
if command -v strip >/dev/null; then strip --strip-debug "$stripped"; fi
binary=$stripped
version=${version:-$("$binary" --version)}
[[ $version =~ ^[0-9][A-Za-z0-9.+~-]*$ ]] || { echo "version '$version' is not a Debian version" >&2; exit 1; }
case $(uname -m) in
    x86_64) arch=amd64 ;;
    aarch64) arch=arm64 ;;
    *) arch=$(uname -m) ;;
esac

work=$(mktemp -d)
trap 'rm -rf "$work" "$stripped"' EXIT
mkdir -p "$output"

# What both packages carry, generated from the binary itself so they match its commands.
step "completions and the manual page"
shared=$work/shared
mkdir -p "$shared/completions" "$shared/man"
"$binary" --generate-completion-script bash >"$shared/completions/candor.bash"
"$binary" --generate-completion-script zsh >"$shared/completions/_candor"
"$binary" --generate-completion-script fish >"$shared/completions/candor.fish"
gzip -9n <"$repo/Deploy/candor.1" >"$shared/man/candor.1.gz"
mkdir -p "$shared/third-party"
for checkout in "$scratch"/checkouts/*/; do
    name=$(basename "$checkout")
    for file in "$checkout"LICENSE* "$checkout"NOTICE* "$checkout"COPYING*; do
        [[ -f $file ]] && install -D -m 0644 "$file" "$shared/third-party/$name/$(basename "$file")"
    done
done

step "tarball"
name=candor-$version-linux-$(uname -m)
tree=$work/$name
mkdir -p "$tree/bin" "$tree/Deploy" "$tree/share/man/man1" "$tree/share/completions"
install -m 0755 "$binary" "$tree/bin/candor"
cp "$repo"/Deploy/{install.sh,candor.service,candor.sysusers,candor.tmpfiles,candor.yaml,candor.1} "$tree/Deploy/"
cp -R "$repo/Deploy/monitoring" "$tree/Deploy/"
cp -R "$repo/Rules" "$repo/OptInRules" "$repo/Docs" "$tree/"
cp "$repo"/{README.md,LICENSE,NOTICE} "$tree/"
cp "$shared/man/candor.1.gz" "$tree/share/man/man1/"
cp "$shared"/completions/* "$tree/share/completions/"
cp -R "$shared/third-party" "$tree/third-party"
tar -C "$work" --owner=0 --group=0 --sort=name -cf - "$name" | gzip "-$level" >"$output/$name.tar.gz"

step "Debian package"
root=$work/deb
install -D -m 0755 "$binary" "$root/usr/bin/candor"
install -D -m 0644 "$repo/Deploy/candor.service" "$root/usr/lib/systemd/system/candor.service"
install -D -m 0644 "$repo/Deploy/candor.sysusers" "$root/usr/lib/sysusers.d/candor.conf"
install -D -m 0644 "$repo/Deploy/candor.tmpfiles" "$root/usr/lib/tmpfiles.d/candor.conf"
install -D -m 0640 "$repo/Deploy/candor.yaml" "$root/etc/candor/candor.yaml"
install -d -m 0755 "$root/etc/candor/rules.d"
install -d -m 0700 "$root/etc/candor/credentials"
mkdir -p "$root/usr/share/candor" "$root/usr/share/doc/candor"
cp -R "$repo/Rules" "$root/usr/share/candor/rules"
cp -R "$repo/OptInRules" "$root/usr/share/candor/opt-in-rules"
cp -R "$repo/Deploy/monitoring" "$root/usr/share/candor/monitoring"
cp "$repo/README.md" "$repo/NOTICE" "$repo"/Docs/*.md "$root/usr/share/doc/candor/"
cp "$repo/LICENSE" "$root/usr/share/doc/candor/copyright"
cp -R "$shared/third-party" "$root/usr/share/doc/candor/third-party"
install -D -m 0644 "$shared/man/candor.1.gz" "$root/usr/share/man/man1/candor.1.gz"
install -D -m 0644 "$shared/completions/candor.bash" "$root/usr/share/bash-completion/completions/candor"
install -D -m 0644 "$shared/completions/_candor" "$root/usr/share/zsh/vendor-completions/_candor"
install -D -m 0644 "$shared/completions/candor.fish" "$root/usr/share/fish/vendor_completions.d/candor.fish"
find "$root" -type d -exec chmod 0755 {} + && chmod 0700 "$root/etc/candor/credentials"
find "$root/usr/share" -type f -exec chmod 0644 {} +
mkdir -p "$root/DEBIAN"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed "s/@VERSION@/$version/; s/@ARCH@/$arch/; s/@SIZE@/$size/" "$repo/Deploy/debian/control" >"$root/DEBIAN/control"
install -m 0644 "$repo/Deploy/debian/conffiles" "$root/DEBIAN/conffiles"
install -m 0755 "$repo"/Deploy/debian/{postinst,prerm,postrm} "$root/DEBIAN/"
dpkg-deb --root-owner-group -Zgzip "-z$level" --build "$root" "$output/candor_${version}_$arch.deb" >/dev/null

step "done: $output/$name.tar.gz and $output/candor_${version}_$arch.deb"
