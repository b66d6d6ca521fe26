/// What this build of Candor is, for `candor --version` and the `candor_build_info` metric.
public enum CandorBuild {
    /// The release version.
    public static let version = "0.1.0"

    /// `candor_build_info`: always 1, its labels name the build.
    static var family: ScrapedFamily {
        var info = ScrapedFamily("candor_build_info", help: "Always 1; the labels name the running build.")
        info.add(1, [("version", version)])
        return info
    }
}
