/// The ASCII bytes the scanner looks for.
extension UInt8 {
    static let tab: UInt8 = 0x09, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D, space: UInt8 = 0x20
    static let exclamation: UInt8 = 0x21, doubleQuote: UInt8 = 0x22, hash: UInt8 = 0x23, percent: UInt8 = 0x25
    static let ampersand: UInt8 = 0x26, singleQuote: UInt8 = 0x27, asterisk: UInt8 = 0x2A, plus: UInt8 = 0x2B
    static let comma: UInt8 = 0x2C, minus: UInt8 = 0x2D, dot: UInt8 = 0x2E, slash: UInt8 = 0x2F
    static let zero: UInt8 = 0x30, nine: UInt8 = 0x39, colon: UInt8 = 0x3A, less: UInt8 = 0x3C
    static let greater: UInt8 = 0x3E, question: UInt8 = 0x3F, at: UInt8 = 0x40
    static let openBracket: UInt8 = 0x5B, backslash: UInt8 = 0x5C, closeBracket: UInt8 = 0x5D
    static let backtick: UInt8 = 0x60, openBrace: UInt8 = 0x7B, pipe: UInt8 = 0x7C, closeBrace: UInt8 = 0x7D

    var isBreakOrEnd: Bool { self == .lf || self == .cr || self == 0 }
    var isBlankOrBreakOrEnd: Bool { self == .space || self == .tab || isBreakOrEnd }
    var isFlowIndicator: Bool {
        self == .comma || self == .openBracket || self == .closeBracket || self == .openBrace || self == .closeBrace
    }
    /// Characters that cannot start a plain scalar (YAML's c-indicator).
    var isIndicator: Bool {
        switch self {
        case .minus, .question, .colon, .comma, .openBracket, .closeBracket, .openBrace, .closeBrace, .hash,
             .ampersand, .asterisk, .exclamation, .pipe, .greater, .singleQuote, .doubleQuote, .percent, .at,
             .backtick:
            return true
        default:
            return false
        }
    }
    var isDigit: Bool { self >= .zero && self <= .nine }
    var hexValue: UInt32? {
        switch self {
        case 0x30...0x39: return UInt32(self - 0x30)
        case 0x41...0x46: return UInt32(self - 0x41 + 10)
        case 0x61...0x66: return UInt32(self - 0x61 + 10)
        default: return nil
        }
    }
}
