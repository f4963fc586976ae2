import Foundation

/// Whether a number is a whole multiple of a step, as `multipleOf` means it.
/// Binary doubles cannot hold 0.1, so `0.3 / 0.1` is 2.9999999999999996:
/// a decimal step is judged in decimal, on each number's shortest text (the
/// text the client sends), where 0.3 is three steps of 0.1.
public enum NumberSteps {
    /// Swift writes numbers with a dot whatever the user's locale; made once, as validation runs on every call.
    private static let posix = Locale(identifier: "en_US_POSIX")

    public static func isMultiple(_ value: Double, of step: Double) -> Bool {
        guard step > 0, value.isFinite, step.isFinite else { return false }
        // Whole numbers below 2^53 are exact in binary: the remainder is exact too.
        if value == value.rounded(), step == step.rounded(), abs(value) < 9.0e15 {
            return value.truncatingRemainder(dividingBy: step) == 0
        }
        guard let decimalValue = Decimal(string: "\(value)", locale: posix),
              let decimalStep = Decimal(string: "\(step)", locale: posix) else { return false }
        var quotient = decimalValue / decimalStep
        var whole = Decimal()
        NSDecimalRound(&whole, &quotient, 0, .plain)
        return whole == quotient
    }
}
