import APILimits
import Foundation

/// Reading one string, number or boolean token, with Foundation's errors.
extension JSONTapeDecoder {
    /// The path for an error about the value at `key` (nil: the value being decoded).
    func path(_ key: (any CodingKey)?) -> [any CodingKey] {
        key.map { codingPath + [$0] } ?? codingPath
    }

    func mismatch(_ type: Any.Type, at index: Int, key: (any CodingKey)?) -> DecodingError {
        let found: String
        switch kind(at: index) {
        case .null: found = "null"
        case .true, .false: found = "bool"
        case .number: found = "number"
        case .string: found = "a string"
        case .array: found = "an array"
        case .object: found = "a dictionary"
        }
        return .typeMismatch(type, DecodingError.Context(codingPath: path(key), debugDescription: "Expected to decode \(type) but found \(found) instead."))
    }

    /// Throws unless the token is of `kind`; null is a missing value.
    private func expect(_ kind: JSONTape.Kind, _ type: Any.Type, at index: Int, key: (any CodingKey)?) throws {
        let actual = self.kind(at: index)
        if actual == kind { return }
        if actual == .null {
            throw DecodingError.valueNotFound(type, DecodingError.Context(codingPath: path(key), debugDescription: "Cannot get value of type \(type) -- found null value instead"))
        }
        throw mismatch(type, at: index, key: key)
    }

    private func doesNotFit(_ type: Any.Type, at index: Int, key: (any CodingKey)?) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: path(key), debugDescription: "Parsed JSON number <\(tape.numberText(at: index))> does not fit in \(type)."))
    }

    func readString(at index: Int, key: (any CodingKey)?) throws -> String {
        try expect(.string, String.self, at: index, key: key)
        return tape.string(at: index)
    }

    func readBool(at index: Int, key: (any CodingKey)?) throws -> Bool {
        switch kind(at: index) {
        case .true: return true
        case .false: return false
        default: throw mismatch(Bool.self, at: index, key: key)
        }
    }

    func readInteger<Value: FixedWidthInteger>(_ type: Value.Type, at index: Int, key: (any CodingKey)?) throws -> Value {
        try expect(.number, Value.self, at: index, key: key)
        let token = tape.tokens[index]
        // Plain digits one by one; a fraction, an exponent or more digits
        // than fit by the number's exact decimal value, accepted when that
        // is whole and fits (`1000000000000000000000e-3`).
        let end = token.start + token.length
        var position = token.start
        let negative = tape.bytes[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        var value: Value = 0
        while position < end {
            let byte = tape.bytes[position]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else {
                return try readExactly(Value.self, at: index, key: key)
            }
            let digit = Value(byte - UInt8(ascii: "0"))
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowB) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !overflowA, !overflowB else { return try readExactly(Value.self, at: index, key: key) }
            value = next
            position += 1
        }
        return value
    }

    private func readExactly<Value: FixedWidthInteger>(_ type: Value.Type, at index: Int, key: (any CodingKey)?) throws -> Value {
        let token = tape.tokens[index]
        let whole = tape.bytes.withUnsafeBufferPointer { all in
            let text = UnsafeBufferPointer(rebasing: all[token.start..<(token.start + token.length)])
            return JSONNumberText.wholeNumber(utf8: text, as: Value.self)
        }
        guard let whole else { throw doesNotFit(Value.self, at: index, key: key) }
        return whole
    }

    /// A number as Foundation reads it: refused when it is out of range,
    /// or reads as zero without being zero (`1e-400`).
    func readFloatingPoint<Value: BinaryFloatingPoint>(_ type: Value.Type, at index: Int, key: (any CodingKey)?) throws -> Value {
        try expect(.number, Value.self, at: index, key: key)
        let text = tape.numberText(at: index)
        let value: Value?
        if Value.self == Float.self {
            value = JSONNumberText.finiteFloat(text).map { $0 as! Value }
        } else {
            value = JSONNumberText.finiteDouble(text).map(Value.init)
        }
        guard let value else { throw doesNotFit(Value.self, at: index, key: key) }
        return value
    }

    /// The types Foundation's decoder reads specially, as `JSONCoding.decoder` reads them.
    func readFoundationValue<Value>(_ type: Value.Type, at index: Int) throws -> Value {
        func corrupted(_ message: String) -> DecodingError {
            .dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: message))
        }
        if Value.self == Decimal.self {
            try expect(.number, Decimal.self, at: index, key: nil)
            guard let decimal = Decimal(string: String(tape.numberText(at: index)), locale: Locale(identifier: "en_US_POSIX")) else {
                throw doesNotFit(Decimal.self, at: index, key: nil)
            }
            return decimal as! Value
        }
        let text = try readString(at: index, key: nil)
        if Value.self == Date.self {
            guard let date = JSONCoding.parseDate(text) else { throw corrupted("expected an ISO 8601 date-time, found \"\(text)\"") }
            return date as! Value
        }
        if Value.self == URL.self {
            guard let url = URL(string: text) else { throw corrupted("Invalid URL string.") }
            return url as! Value
        }
        guard let data = Data(base64Encoded: text) else { throw corrupted("Encountered Data is not valid Base64.") }
        return data as! Value
    }
}
