/// The Unicode encoding of a JSON document, found as Foundation's decoder
/// finds it, so that a body Foundation reads is read here too.
///
/// A byte order mark decides first: EF BB BF is UTF-8, FE FF UTF-16BE,
/// FF FE UTF-16LE (looked for before UTF-32LE's FF FE 00 00, so Foundation
/// reads such a body as UTF-16 and refuses it; so does this), and
/// 00 00 FE FF UTF-32BE. Without one, the zero bytes among the first four
/// tell (JSON text starts with ASCII): 00 00 00 xx is UTF-32BE, xx 00 00 00
/// UTF-32LE, 00 xx 00 xx UTF-16BE, xx 00 xx 00 UTF-16LE, and a body of two
/// bytes is UTF-16 when one of them is zero. Bytes left over after the
/// last whole code unit are ignored, as Foundation ignores them.
enum JSONTextEncoding {
    private enum Form { case utf8, utf16(bigEndian: Bool), utf32(bigEndian: Bool) }

    /// The document as UTF-8, and where its text starts (past a UTF-8 byte
    /// order mark). Text that is not valid in its encoding is refused.
    static func utf8(_ bytes: [UInt8]) throws(JSONTape.SyntaxError) -> (bytes: [UInt8], start: Int) {
        // The usual case, decided by its first two bytes.
        if bytes.count < 2 || bytes[0] != 0 && bytes[1] != 0 && bytes[0] < 0xFE {
            let marked = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
            return (bytes, marked ? 3 : 0)
        }
        let (form, markLength) = detect(bytes)
        let body = bytes[markLength...]
        var output: [UInt8] = []
        output.reserveCapacity(body.count)
        let failed: Bool
        switch form {
        case .utf8:
            return (bytes, markLength)
        case .utf16(let bigEndian):
            let units = codeUnits(body, width: 2, bigEndian: bigEndian).map { UInt16(truncatingIfNeeded: $0) }
            failed = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) { output.append($0) }
        case .utf32(let bigEndian):
            let units = codeUnits(body, width: 4, bigEndian: bigEndian)
            failed = transcode(units.makeIterator(), from: UTF32.self, to: UTF8.self, stoppingOnError: true) { output.append($0) }
        }
        if failed { throw invalid(form) }
        return (output, 0)
    }

    /// The whole code units of `width` bytes each that `bytes` hold.
    private static func codeUnits(_ bytes: ArraySlice<UInt8>, width: Int, bigEndian: Bool) -> [UInt32] {
        var units: [UInt32] = []
        units.reserveCapacity(bytes.count / width)
        var index = bytes.startIndex
        while index + width <= bytes.endIndex {
            var unit: UInt32 = 0
            for offset in 0..<width {
                let byte = UInt32(bytes[index + offset])
                unit |= byte << UInt32(8 * (bigEndian ? width - 1 - offset : offset))
            }
            units.append(unit)
            index += width
        }
        return units
    }

    private static func detect(_ bytes: [UInt8]) -> (Form, markLength: Int) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16(bigEndian: true), 2) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16(bigEndian: false), 2) }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return (.utf32(bigEndian: true), 4) }
        if bytes.count >= 4 {
            switch (bytes[0] == 0, bytes[1] == 0, bytes[2] == 0, bytes[3] == 0) {
            case (true, true, true, _): return (.utf32(bigEndian: true), 0)
            case (_, true, true, true): return (.utf32(bigEndian: false), 0)
            case (true, _, true, _): return (.utf16(bigEndian: true), 0)
            case (_, true, _, true): return (.utf16(bigEndian: false), 0)
            default: return (.utf8, 0)
            }
        }
        if bytes.count == 2, bytes[0] == 0 { return (.utf16(bigEndian: true), 0) }
        if bytes.count == 2, bytes[1] == 0 { return (.utf16(bigEndian: false), 0) }
        return (.utf8, 0)
    }

    private static func invalid(_ form: Form) -> JSONTape.SyntaxError {
        let name: String
        switch form {
        case .utf8: name = "UTF-8"
        case .utf16(let bigEndian): name = bigEndian ? "UTF-16BE" : "UTF-16LE"
        case .utf32(let bigEndian): name = bigEndian ? "UTF-32BE" : "UTF-32LE"
        }
        return JSONTape.SyntaxError(offset: 0, reason: "text that is not valid \(name)")
    }
}
