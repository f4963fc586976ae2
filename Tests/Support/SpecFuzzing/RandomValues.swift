import APILimits
import APISpec
import SeededRandomness

/// Values for defaults and samples: mostly ones the generated client
/// accepts (judged by the client's own checks, `ClientLimits` and
/// `APILimits`), the rest drawn from everything, so that lint refuses some
/// specs and the refusals are exercised too.
enum RandomValues {
    /// Texts that pass or fail each limit and format a spec can state: phone
    /// numbers, emails, URLs, file names, the random spec's patterns, lengths.
    static let texts = [
        "", "a", "abc", "xyz", "x", "y", "123", "1234", "+911999999999", "+31612345678", "911999999999", "+91",
        "+0123456789", "me@example.com", "a.b@example.org", "me@example", "a b@c.d", "@example.com", "https://example.com/a",
        "https://example.com/report.pdf", "http://x.example/photo.png", "ftp://x.example/y", "relative/path", "mailto:x",
        "report.pdf", "photo.PNG", "a.exe", "noextension", ".pdf", "853654b2-guid-4bd5-a5ba-2f5ff8ea7fe5", "ÄÖÜ straße",
        "a\nb", "\r\n", "\\", "\"", "😀", "\u{301}x", "x\u{200B}y", "\u{2028}", "tab\there", String(repeating: "long", count: 11),
    ]

    /// `3` and its other spellings: the random spec's `requiredWhen` rules compare numbers with 3.
    static let wholeNumbers = [
        "0", "1", "3", "3.0", "3e0", "7", "-3", "-5", "50", "100000", "100001", "2147483647", "2147483648", "-2147483649",
        "9007199254740993", "1e3", "5.0", "1.5", "-0", "2e9", "1e19",
    ]

    static let fractionalNumbers = [
        "0", "0.5", "1", "-2.25", "1e3", "100000", "100000.5", "1e-7", "12345678901234567890", "9007199254740993", "-0.0",
        "1e400", "1e-310", "2.2250738585072014e-308",
    ]

    // Not with fractional seconds: the runtime writes whole seconds, so such a date does not encode back to itself.
    // The last two are one instant, as `uniqueItems` on a list of objects must see.
    static let dateTimes = ["2020-01-01T00:00:00Z", "2017-12-20T08:33:51Z", "2020-01-01T00:00:00+05:30",
                            "2019-12-31T18:30:00Z"]
    static let notDateTimes = ["2020-01-01", "2020-13-01T00:00:00Z", "yesterday", "2020-01-01T00:00:00"]
    static let dates = ["2024-05-15", "2000-02-29"]
    static let notDates = ["2024-02-30", "2024-5-15", "2024-05-15T00:00:00Z"]

    /// How often a sample's value is drawn from those that fit: the rest
    /// test lint's refusals (a spec has many values, one misfit refuses it).
    static let fitting = 0.97
    /// The same for a default: a spec has few.
    static let fittingDefault = 0.93

    /// Text for a string-like scalar (or an enum's raw value) with these limits.
    static func text(_ type: TypeReference, _ constraints: Constraints, _ random: inout SeededRandom,
                     fitting: Double = fitting) -> String {
        if random.chance(fitting), let text = fittingText(type, constraints, &random) { return text }
        return random.pick(texts)
    }

    /// A text that passes the limits, if the pool has one.
    static func fittingText(_ type: TypeReference, _ constraints: Constraints, _ random: inout SeededRandom) -> String? {
        let limits = ClientLimits.constraints(for: type, constraints)
        let fits = texts.filter { text in
            var validator = Validator()
            validator.check(text, "", limits)
            return validator.violations.isEmpty
        }
        return fits.isEmpty ? nil : random.pick(fits)
    }

    /// The text of a number of this scalar type with these limits; a
    /// default's is one Swift reads as a literal of the type (no `1e3` for an `Int32`).
    static func number(_ scalar: ScalarType, _ constraints: Constraints, _ random: inout SeededRandom,
                       isDefault: Bool = false, fitting: Double = fitting) -> String {
        let pool = scalar == .double ? fractionalNumbers : wholeNumbers
        guard random.chance(isDefault ? fittingDefault : fitting) else { return random.pick(pool) }
        let limits = ClientLimits.constraints(for: .scalar(scalar), constraints)
        let fits = pool.filter { text in
            let number = Substring(text)
            let read: Double?
            switch scalar {
            case .int32: read = JSONNumberText.wholeNumber(number, as: Int32.self).map(Double.init)
            case .double: read = JSONNumberText.finiteDouble(number)
            default: read = JSONNumberText.wholeNumber(number, as: Int64.self).map(Double.init)
            }
            guard let read, !isDefault || scalar == .double || Int64(text) != nil else { return false }
            var validator = Validator()
            validator.check(read, "", limits)
            return validator.violations.isEmpty
        }
        return fits.isEmpty ? random.pick(pool) : random.pick(fits)
    }

    /// A default for a field of this type and these limits, as the spec writes it; nil for types without defaults.
    static func defaultValue(_ type: String, _ constraints: Constraints, enumValues: [String]?, integer: Bool = false,
                             _ random: inout SeededRandom) -> JSONText? {
        if let enumValues, integer { return .number(random.chance(fittingDefault) ? random.pick(enumValues) : "7") }
        if let enumValues {
            return .string(random.chance(fittingDefault) ? random.pick(enumValues) : random.pick(texts))
        }
        guard let scalar = ScalarType(rawValue: type) else { return nil }
        switch scalar {
        case .bool: return .bool(random.chance(0.5))
        case .int32, .int64, .epochSeconds, .epochMillis, .double:
            return .number(number(scalar, constraints, &random, isDefault: true))
        case .string, .guid, .phone, .url, .email:
            // Limits no text of the pool meets get a default now and then, which lint refuses.
            if let text = fittingText(.scalar(scalar), constraints, &random), random.chance(fittingDefault) {
                return .string(text)
            }
            return random.chance(1 - fittingDefault) ? .string(random.pick(texts)) : nil
        // Refused by lint (no default fits a date); now and then, to keep it so.
        case .dateTime, .date: return random.chance(0.05) ? .string(random.pick(dates)) : nil
        case .json, .file: return nil
        }
    }

    /// The limits a field's JSON states, read back as the loader reads them
    /// (only those a scalar's default is checked against).
    static func constraints(of members: [(String, JSONText)]) -> Constraints {
        var constraints = Constraints()
        for (key, value) in members {
            switch (key, value) {
            case ("minLength", .number(let text)): constraints.minLength = Int(text)
            case ("maxLength", .number(let text)): constraints.maxLength = Int(text)
            case ("minimum", .number(let text)): constraints.minimum = Double(text)
            case ("maximum", .number(let text)): constraints.maximum = Double(text)
            case ("exclusiveMinimum", .number(let text)): constraints.exclusiveMinimum = Double(text)
            case ("exclusiveMaximum", .number(let text)): constraints.exclusiveMaximum = Double(text)
            case ("multipleOf", .number(let text)): constraints.multipleOf = Double(text)
            case ("pattern", .string(let text)): constraints.pattern = text
            case ("fileExtensions", .array(let values)):
                constraints.fileExtensions = values.compactMap { value in
                    if case .string(let text) = value { return text } else { return nil }
                }
            default: break
            }
        }
        return constraints
    }
}
