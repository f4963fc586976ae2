/// Which JSON number texts a Swift number type takes, decided once for the
/// runtime's decoder and for the spec checker reading samples: a sample
/// lint accepts as an `int32` is one the generated client decodes.
public enum JSONNumberText {
    /// `text` as a whole number of `Value`: digits exactly, and a fraction
    /// or an exponent (`1e3`, `5.0`) when it is exactly a whole number that
    /// fits, as Foundation's decoder reads them.
    public static func wholeNumber<Value: FixedWidthInteger>(_ text: Substring, as type: Value.Type) -> Value? {
        if let exact = Value(text, radix: 10), !text.hasPrefix("+") { return exact }
        // `636674054802000001.0` is that whole number exactly, not its
        // nearest Double.
        if let dot = text.firstIndex(of: "."), !text.hasPrefix("+"),
           text[text.index(after: dot)...].allSatisfy({ $0 == "0" }), text.index(after: dot) < text.endIndex {
            return Value(text[..<dot], radix: 10)
        }
        guard let number = Double(text), number.isFinite, number.rounded() == number else { return nil }
        return Value(exactly: number)
    }

    /// `text` as a finite `Double` (`1e400` is not one).
    public static func finiteDouble(_ text: Substring) -> Double? {
        guard let number = Double(text), number.isFinite else { return nil }
        return number
    }
}
