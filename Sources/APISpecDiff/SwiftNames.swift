import APIGenerator

/// The Swift name calling code uses for each member, before and after the
/// change, by the declaration it belongs to: a wire key renamed while its
/// Swift name stays breaks no caller.
struct SwiftNames {
    private let old: [String: SwiftDeclaration]
    private let new: [String: SwiftDeclaration]

    init(old: [SwiftDeclaration], new: [SwiftDeclaration]) {
        self.old = Dictionary(old.map { ($0.scope, $0) }, uniquingKeysWith: { first, _ in first })
        self.new = Dictionary(new.map { ($0.scope, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The Swift name of the member `wireName` of the declaration (`type Item`,
    /// `operation placeOrder request body`) in the old spec's client, or the new one's.
    func name(of wireName: String, in declarationScope: String, before: Bool) -> String? {
        (before ? old : new)[declarationScope]?.members.first { $0.wireName == wireName }?.swiftName
    }
}
