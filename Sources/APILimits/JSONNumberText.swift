/// Which JSON number texts a Swift number type takes, decided once for the
/// runtime's decoder and for the spec checker reading samples: a sample
/// lint accepts as an `int32` is one the generated client decodes.
public enum JSONNumberText {
    /// `text` as a whole number of `Value`: a number whose exact decimal
    /// value is whole and fits, however it is spelled (`1e3`, `5.0`,
    /// `636674054802000001.0`, `300000000000000000000e-20`). Nothing passes
    /// through a Double, so no digit is rounded away; a number that is not
    /// whole (`1.5`, `1e-400`, `1.0000000000000001`) is nil.
    public static func wholeNumber<Value: FixedWidthInteger>(_ text: Substring, as type: Value.Type) -> Value? {
        var text = text
        return text.withUTF8 { wholeNumber(utf8: $0, as: Value.self) }
    }

    /// `wholeNumber` over the UTF-8 bytes of a number's text.
    public static func wholeNumber<Value: FixedWidthInteger>(utf8 text: UnsafeBufferPointer<UInt8>,
                                                             as type: Value.Type) -> Value? {
        guard let parts = NumberParts(text) else { return nil }
        guard let first = parts.firstSignificant else { return 0 }
        let last = parts.lastSignificant
        // The value is digits first...last times 10^scale.
        let scale = parts.exponent + parts.integerCount - (last + 1)
        guard scale >= 0, last - first + 1 + scale <= 40 else { return nil }
        var value: Value = 0
        for position in first...(last + scale) {
            let digit = position <= last ? Value(parts.digit(position)) : 0
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowB) = parts.negative
                ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !overflowA, !overflowB else { return nil }
            value = next
        }
        return value
    }

    /// `text` as a finite `Double`, refused as Foundation's decoder refuses
    /// it: too large (`1e400`), or so small that it would read as zero
    /// (`1e-400`) though its digits are not all zeros.
    public static func finiteDouble(_ text: Substring) -> Double? {
        guard let number = Double(text), number.isFinite else { return nil }
        return number != 0 || isZero(text) ? number : nil
    }

    /// `text` as a finite `Float`, rounded from the text (not from a Double)
    /// and refused like `finiteDouble`.
    public static func finiteFloat(_ text: Substring) -> Float? {
        guard let number = Float(text), number.isFinite else { return nil }
        return number != 0 || isZero(text) ? number : nil
    }

    /// Whether `text` is a JSON number, spelled as JSON spells one (`-0.5`, `3e8`; not `+1`, `0x1A`, `1.` or `.5`).
    public static func isNumber(_ text: Substring) -> Bool {
        var text = text
        return text.withUTF8 { NumberParts($0) != nil }
    }

    /// Whether every digit before the exponent is a zero.
    private static func isZero(_ text: Substring) -> Bool {
        var text = text
        return text.withUTF8 { NumberParts($0)?.firstSignificant == nil }
    }
}

/// The pieces of a JSON number's text (`-? int (. frac)? (e exp)?`), for
/// reading it digit by digit.
private struct NumberParts {
    let text: UnsafeBufferPointer<UInt8>
    var negative = false
    var integerStart = 0, integerCount = 0
    var fractionStart = 0, fractionCount = 0
    /// Clamped far beyond any that matters, so that no sum overflows.
    var exponent = 0

    init?(_ text: UnsafeBufferPointer<UInt8>) {
        self.text = text
        var position = 0
        func digits() -> Int {
            let start = position
            while position < text.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(text[position]) { position += 1 }
            return position - start
        }
        if position < text.count, text[position] == UInt8(ascii: "-") {
            negative = true
            position += 1
        }
        integerStart = position
        integerCount = digits()
        guard integerCount > 0, integerCount == 1 || text[integerStart] != UInt8(ascii: "0") else { return nil }
        if position < text.count, text[position] == UInt8(ascii: ".") {
            position += 1
            fractionStart = position
            fractionCount = digits()
            guard fractionCount > 0 else { return nil }
        }
        if position < text.count, text[position] == UInt8(ascii: "e") || text[position] == UInt8(ascii: "E") {
            position += 1
            var exponentNegative = false
            if position < text.count, text[position] == UInt8(ascii: "+") || text[position] == UInt8(ascii: "-") {
                exponentNegative = text[position] == UInt8(ascii: "-")
                position += 1
            }
            let start = position
            guard digits() > 0 else { return nil }
            var magnitude = 0
            for byte in text[start..<position] { magnitude = min(magnitude * 10 + Int(byte - UInt8(ascii: "0")), 1 << 40) }
            exponent = exponentNegative ? -magnitude : magnitude
        }
        guard position == text.count else { return nil }
    }

    /// The digit at `position` of the integer digits followed by the fraction's.
    func digit(_ position: Int) -> UInt8 {
        let byte = position < integerCount ? text[integerStart + position] : text[fractionStart + position - integerCount]
        return byte - UInt8(ascii: "0")
    }

    /// Position of the first digit that is not zero; nil when the number is zero.
    var firstSignificant: Int? {
        (0..<(integerCount + fractionCount)).first { digit($0) != 0 }
    }

    /// Position of the last digit that is not zero (the number is not zero).
    var lastSignificant: Int {
        (0..<(integerCount + fractionCount)).last { digit($0) != 0 }!
    }
}
