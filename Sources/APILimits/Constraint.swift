/// A documented limit on one value; generated validators list them, the
/// runtime checks them.
public enum Constraint: Hashable, Sendable {
    case minLength(Int)
    case maxLength(Int)
    case pattern(String)
    case minimum(Double)
    case maximum(Double)
    /// Above the bound, not at it.
    case exclusiveMinimum(Double)
    /// Below the bound, not at it.
    case exclusiveMaximum(Double)
    /// A whole number of times the step (`0.5`: 1.5 passes, 1.2 does not), judged in decimal as the number is written.
    case multipleOf(Double)
    case minItems(Int)
    case maxItems(Int)
    /// No element of a list twice: lists of text, enums, whole numbers and
    /// objects, compared as Swift compares them (which is how they are sent).
    case uniqueItems
    /// `+` then 7 to 15 digits, the first not 0: `+911999999999`.
    case phoneNumber
    /// An absolute URL with a scheme and host.
    case absoluteURL
    /// `name@example.com`: one `@`, text on both sides, a dot in the domain, no spaces.
    case emailAddress
    /// A file name ending in one of these extensions (lowercase, no dot).
    case fileExtension([String])
    /// Constraints on every element of an array or value of a map.
    case items([Constraint])
    /// Constraints on every key of a map.
    case keys([Constraint])
}
