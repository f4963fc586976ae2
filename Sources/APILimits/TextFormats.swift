import Foundation

/// The shapes of text the limits check (phone numbers, email addresses,
/// absolute URLs, file names): one definition, which the generated
/// client's validators and the spec checker both ask.
public enum TextFormats {
    /// `+` then 7 to 15 ASCII digits, the first not 0: `+911999999999`.
    public static func isPhoneNumber(_ text: String) -> Bool {
        let digits = text.utf8.dropFirst()
        return text.utf8.first == UInt8(ascii: "+") && (7...15).contains(digits.count)
            && digits.first != UInt8(ascii: "0") && digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// One `@`, text on both sides, a dot inside the domain, no white space.
    public static func isEmailAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
              !parts[1].hasSuffix(".") else { return false }
        return !text.contains(where: \.isWhitespace)
    }

    /// A URL with a scheme and a host.
    public static func isAbsoluteURL(_ text: String) -> Bool {
        guard let components = URLComponents(string: text) else { return false }
        return components.scheme != nil && !(components.host ?? "").isEmpty
    }

    /// What follows the last dot, lowercased; empty without a dot.
    public static func fileExtension(of name: String) -> String {
        guard let dot = name.lastIndex(of: ".") else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
