/// How one request's TLS peer is verified and how the client proves who it is.
///
/// Verification is on unless `verifiesPeer` is set to false explicitly; the layer that sets it
/// (the target's `tls_insecure: true`) logs a warning.
public struct TLSOptions: Sendable, Hashable {
    /// A PEM file of certificate authorities to trust instead of the system's bundle.
    public var caBundlePath: String?
    /// A PEM client certificate for servers that require one (mutual TLS).
    public var clientCertificatePath: String?
    /// The PEM private key of the client certificate, when it is not in the certificate's file.
    public var clientKeyPath: String?
    /// Whether the peer's certificate and host name are checked. `false` trusts anyone on the
    /// path: only for a test endpoint with a throwaway certificate.
    public var verifiesPeer: Bool

    /// Creates options; the defaults verify against the system's certificate authorities.
    public init(
        caBundlePath: String? = nil,
        clientCertificatePath: String? = nil,
        clientKeyPath: String? = nil,
        verifiesPeer: Bool = true
    ) {
        self.caBundlePath = caBundlePath
        self.clientCertificatePath = clientCertificatePath
        self.clientKeyPath = clientKeyPath
        self.verifiesPeer = verifiesPeer
    }
}
