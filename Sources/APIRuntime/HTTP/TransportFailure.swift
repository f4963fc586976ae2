import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Says in words what went wrong below HTTP (`could not connect to
/// 127.0.0.1:8080`), instead of an NSError dump; never a secret.
public enum TransportFailure {
    public static func describe(_ error: any Error, url: URL? = nil) -> String {
        let place = url.map(hostAndPort) ?? "the server"
        if let error = error as? URLError {
            switch error.code {
            case .cannotConnectToHost: return "could not connect to \(place)"
            case .cannotFindHost, .dnsLookupFailed: return "could not find the host \(url?.host ?? "of the server")"
            case .timedOut: return "no answer from \(place) in time"
            case .networkConnectionLost: return "the connection to \(place) was lost"
            case .notConnectedToInternet: return "not connected to a network"
            case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid,
                 .serverCertificateHasUnknownRoot, .clientCertificateRejected, .clientCertificateRequired:
                return "a secure connection to \(place) could not be made"
            case .badServerResponse: return "\(place) did not answer with HTTP"
            case .cancelled: return "the request was cancelled"
            case .badURL, .unsupportedURL: return "the URL \(url.map { Redaction.maskQuery(of: $0) } ?? "") cannot be used"
            case .dataLengthExceedsMaximum, .resourceUnavailable, .zeroByteResource:
                return "the answer from \(place) could not be read"
            default: return "the request to \(place) failed (URL error \(error.code.rawValue))"
            }
        }
        if let error = error as? APIError { return error.description }
        if let error = error as? DecodingError { return "unexpected answer: \(error)" }
        return Redaction.maskSecrets(in: String(describing: error))
    }

    private static func hostAndPort(_ url: URL) -> String {
        guard let host = url.host else { return "the server" }
        return url.port.map { "\(host):\($0)" } ?? host
    }
}
