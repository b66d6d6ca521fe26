import CandorTestSupport
import Foundation
import Testing

/// `Deploy/package.sh` as a release is made (here from the candor the tests built, without Swift on the PATH),
/// and the manual page the packages carry.
@Suite("Deploy: release package")
struct PackageTests {
    let deploy = DeployTests()

    /// Runs `tool ARGUMENTS` with a PATH without Swift and requires it to succeed; its output.
    @discardableResult
    func succeed(_ tool: String, _ arguments: [String], in directory: String) throws -> String {
        let (status, output) = try deploy.run(
            tool,
            arguments,
            in: directory,
            environment: ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin"]
        )
        try #require(status == 0, "\(tool) \(arguments.joined(separator: " ")) failed:\n\(output.suffix(2_000))")
        return output
    }

    /// This machine's name for its architecture, as `uname -m` prints it and the tarball's name carries it.
    var machine: String {
        var names = utsname()
        uname(&names)
        return withUnsafeBytes(of: names.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }

    /// Builds both packages of version 9.9.9 into `directory`/out; the paths of the tarball and the .deb.
    func package(into directory: TemporaryDirectory) throws -> (tarball: String, deb: String) {
        let output = directory.file("out")
        try succeed(
            "/bin/bash",
            [
                DeployTests.deploy + "/package.sh", "--binary", try DaemonProcess.executable, "--version", "9.9.9",
                "--output", output, "--fast",
            ],
            in: directory.path
        )
        let arch = try succeed("/usr/bin/dpkg", ["--print-architecture"], in: directory.path)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return (output + "/candor-9.9.9-linux-\(machine).tar.gz", output + "/candor_9.9.9_\(arch).deb")
    }

    @Test("package.sh builds a .deb and a tarball, each with everything an install needs")
    func packages() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (tarball, deb) = try package(into: directory)
        try checkDebianPackage(deb, in: directory)
        try checkTarball(tarball, in: directory)
    }

    /// The .deb carries the binary, unit, user, directories, config, rules, docs, manual and completions; its
    /// maintainer script creates the user and directories; its default config passes `candor check`.
    func checkDebianPackage(_ deb: String, in directory: TemporaryDirectory) throws {
        let info = try succeed("/usr/bin/dpkg-deb", ["--info", deb], in: directory.path)
        for field in [
            "Package: candor", "Version: 9.9.9", "Depends: libc6, libstdc++6, libgcc-s1, libcurl4, libsqlite3-0",
            "conffiles",
        ] {
            #expect(info.contains(field), "dpkg-deb --info shows \(field)")
        }
        let contents = try succeed("/usr/bin/dpkg-deb", ["--contents", deb], in: directory.path)
        for entry in [
            "-rwxr-xr-x root/root", "./usr/bin/candor", "./usr/lib/systemd/system/candor.service",
            "./usr/lib/sysusers.d/candor.conf", "./usr/lib/tmpfiles.d/candor.conf",
            "./usr/share/candor/rules/canaries/",
            "./usr/share/candor/monitoring/candor-rules.yml",
            "./usr/share/doc/candor/README.md", "./usr/share/doc/candor/copyright", "./usr/share/doc/candor/NOTICE",
            "./usr/share/man/man1/candor.1.gz", "./usr/share/bash-completion/completions/candor",
            "./usr/share/zsh/vendor-completions/_candor", "./usr/share/fish/vendor_completions.d/candor.fish",
        ] {
            #expect(contents.contains(entry), "the package holds \(entry)")
        }
        // The config may hold webhook URLs whose path is a secret; the credentials are root's alone.
        #expect(contents.contains("-rw-r----- root/root") && contents.contains("./etc/candor/candor.yaml"))
        #expect(contents.contains("drwx------ root/root         0"), "credentials directory 0700")

        // Installed into a root of its own, as dpkg --root runs maintainer scripts (DPKG_ROOT).
        let root = directory.file("root")
        try succeed("/usr/bin/dpkg-deb", ["-x", deb, root], in: directory.path)
        try succeed("/usr/bin/dpkg-deb", ["-e", deb, directory.file("control")], in: directory.path)
        let (status, output) = try deploy.run(
            "/bin/sh",
            [directory.file("control/postinst"), "configure"],
            in: directory.path,
            environment: ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "DPKG_ROOT": root]
        )
        #expect(status == 0, "\(output)")
        #expect(output.contains("systemctl enable --now candor"), "the first install says how to start it")
        let passwd = try String(contentsOfFile: root + "/etc/passwd", encoding: .utf8)
        #expect(passwd.contains("candor:x:"))
        let attributes = try FileManager.default.attributesOfItem(atPath: root + "/var/lib/candor")
        #expect((attributes[.posixPermissions] as? Int) == 0o750)
        let unit = try String(contentsOfFile: root + "/usr/lib/systemd/system/candor.service", encoding: .utf8)
        #expect(unit.contains("ExecStart=/usr/bin/candor run --config /etc/candor/candor.yaml"))

        // The default config passes `candor check` as installed (its packaged paths mapped into the root).
        let config = try String(contentsOfFile: root + "/etc/candor/candor.yaml", encoding: .utf8)
            .replacingOccurrences(of: "/usr/share/candor/rules", with: root + "/usr/share/candor/rules")
            .replacingOccurrences(of: "/etc/candor/rules.d", with: root + "/etc/candor/rules.d")
        let mapped = directory.file("candor.yaml")
        try config.write(toFile: mapped, atomically: true, encoding: .utf8)
        let check = try succeed(root + "/usr/bin/candor", ["check", "--config", mapped], in: directory.path)
        // Warnings (near-duplicate prompts, schedules) may precede the verdict; errors would fail the command.
        #expect(check.split(separator: "\n").contains { $0.hasPrefix("ok: ") }, "\(check)")
    }

    /// The tarball holds a binary that runs with an empty environment, and what install.sh needs to install it.
    func checkTarball(_ tarball: String, in directory: TemporaryDirectory) throws {
        try succeed("/usr/bin/tar", ["-xzf", tarball, "-C", directory.path], in: directory.path)
        let tree = directory.file("candor-9.9.9-linux-\(machine)")
        let (status, version) = try deploy.run(tree + "/bin/candor", ["--version"], in: "/", environment: [:])
        #expect(status == 0 && !version.isEmpty, "env -i candor --version: \(version)")
        for file in [
            "Deploy/install.sh", "Deploy/candor.service", "Deploy/candor.tmpfiles", "Deploy/candor.1",
            "Deploy/monitoring/candor-rules.yml", "Deploy/monitoring/candor-dashboard.json",
            "Rules/belief-pressure", "Docs/rules.md", "LICENSE", "NOTICE", "share/man/man1/candor.1.gz",
            "share/completions/candor.bash",
        ] {
            #expect(FileManager.default.fileExists(atPath: tree + "/" + file), "the tarball holds \(file)")
        }
        let install = try succeed(
            "/bin/bash",
            [tree + "/Deploy/install.sh", "--prefix", directory.file("root"), "--binary", tree + "/bin/candor"],
            in: directory.path
        )
        #expect(install.contains("==> done"))
        #expect(FileManager.default.fileExists(atPath: directory.file("root") + "/usr/local/share/man/man1/candor.1"))
        #expect(
            FileManager.default.fileExists(atPath: directory.file("root") + "/usr/local/share/doc/candor/README.md")
        )
    }

    @Test("the manual page names every command and option the binary has (regenerate with Deploy/manual.sh)")
    func manualPage() throws {
        let page = try String(contentsOfFile: DeployTests.deploy + "/candor.1", encoding: .utf8)
        let help = try succeed(try DaemonProcess.executable, ["--experimental-dump-help"], in: "/")
        let dump = try JSONDecoder().decode(HelpDump.self, from: Data(help.utf8))
        // mdoc lists options as `.It Fl c , -config Ar config` and commands as `.It Em "expire, delete"`.
        let items = page.split(separator: "\n").filter { $0.hasPrefix(".It ") }.map {
            Set($0.split(whereSeparator: { " ,\"".contains($0) }).map(String.init))
        }
        let listed = items.reduce(into: Set<String>()) { $0.formUnion($1) }
        var missing: [String] = []
        func visit(_ command: HelpDump.Command, path: String) {
            for argument in command.arguments ?? [] where argument.shouldDisplay {
                for name in argument.names ?? [] where name.kind == "long" && !listed.contains("-\(name.name)") {
                    missing.append("\(path) --\(name.name)")
                }
            }
            for sub in command.subcommands ?? [] where sub.commandName != "help" {
                if !listed.contains(sub.commandName) { missing.append("\(path) \(sub.commandName)") }
                visit(sub, path: path + " " + sub.commandName)
            }
        }
        visit(dump.command, path: "candor")
        #expect(missing.isEmpty, "Deploy/candor.1 lacks \(missing): run Deploy/manual.sh")
    }
}

/// The part of swift-argument-parser's `--experimental-dump-help` JSON that names commands and options.
private struct HelpDump: Decodable {
    struct Name: Decodable {
        var kind: String
        var name: String
    }
    struct Argument: Decodable {
        var names: [Name]?
        var shouldDisplay: Bool
    }
    struct Command: Decodable {
        var commandName: String
        var arguments: [Argument]?
        var subcommands: [Command]?
    }
    var command: Command
}
