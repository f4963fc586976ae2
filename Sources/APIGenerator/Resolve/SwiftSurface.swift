import ResolvedAPI
import APISpec
import SwiftLowering

/// What calling code compiles against, per declaration: the Swift symbol
/// and its members in order, each with the spec name it comes from. For
/// `apigen diff`, which reports changes in Swift terms (a field moved in
/// the docs' table moves an initializer's argument).
public struct SwiftDeclaration: Sendable, Hashable {
    /// The spec's scope, as the diff names it: `type Item`,
    /// `operation sendMessage`, `operation sendMessage request body`.
    public var scope: String
    /// `SendMessageRequest`, `sendMessage`.
    public var symbol: String
    /// `init`, or the function's own name.
    public var callable: String
    /// Spec name and Swift name of each argument (or member), in order.
    public var members: [Member]
    /// Whether arguments must be passed in this order (initializers and functions).
    public var isOrdered: Bool

    public struct Member: Sendable, Hashable {
        public var wireName: String
        public var swiftName: String
    }

    /// `SendMessageRequest.init(to:from:)` or `sendMessage(groupID:body:)`.
    public var signature: String {
        let labels = members.map { $0.swiftName + ":" }.joined()
        return callable == "init" ? "\(symbol).init(\(labels))" : "\(callable)(\(labels))"
    }

    /// `SendMessageRequest.channelUUID` for a property, `sendMessage(groupID:)` for an argument.
    public func symbol(of wireName: String) -> String? {
        guard let member = members.first(where: { $0.wireName == wireName }) else { return nil }
        return callable == "init" || !isOrdered ? "\(symbol).\(member.swiftName)" : "\(callable)(\(member.swiftName):)"
    }
}

extension Resolver {
    /// The declarations of `spec`'s client; nil when the spec does not resolve.
    public static func swiftSurface(of spec: APISpecification) -> [SwiftDeclaration]? {
        guard let resolved = resolve(spec).resolved else { return nil }
        var declarations: [SwiftDeclaration] = []
        // Every property is one argument of the memberwise initializer, in
        // order: an inline union too (its keys sit in this object, but
        // callers pass it as one value at its field's place).
        func object(_ object: ResolvedObject, scope: String) -> SwiftDeclaration {
            SwiftDeclaration(scope: scope, symbol: object.name, callable: "init",
                             members: object.properties.map { .init(wireName: $0.wireKey, swiftName: $0.name.name) },
                             isOrdered: true)
        }
        for type in resolved.types {
            let scope = "type \(type.specName)"
            switch type.kind {
            case .object(let resolvedObject):
                declarations.append(object(resolvedObject, scope: scope))
            case .enumeration(let enumeration):
                declarations.append(SwiftDeclaration(scope: scope, symbol: type.name, callable: "",
                                                     members: enumeration.cases.map { .init(wireName: $0.rawValue, swiftName: $0.name.name) },
                                                     isOrdered: false))
            case .taggedUnion(let union):
                declarations.append(SwiftDeclaration(scope: scope, symbol: type.name, callable: "",
                                                     members: union.variants.map { .init(wireName: $0.tag ?? $0.key ?? "", swiftName: $0.caseName.name) },
                                                     isOrdered: false))
            case .untaggedUnion(let union):
                declarations.append(SwiftDeclaration(scope: scope, symbol: type.name, callable: "",
                                                     members: union.variants.map { .init(wireName: $0.specName, swiftName: $0.caseName.name) },
                                                     isOrdered: false))
            }
        }
        for operation in resolved.groups.flatMap(\.operations) {
            let scope = "operation \(operation.specName)"
            declarations.append(SwiftDeclaration(scope: scope, symbol: resolved.clientName, callable: operation.functionName.name,
                                                 members: operation.arguments.map { .init(wireName: $0.wireName, swiftName: $0.name.name) },
                                                 isOrdered: true))
            if let request = operation.inlineRequest { declarations.append(object(request, scope: scope + " request body")) }
            if let response = operation.inlineResponse { declarations.append(object(response, scope: scope + " response body")) }
            if let headers = operation.responseHeaders {
                declarations.append(SwiftDeclaration(
                    scope: scope + " response headers", symbol: headers.typeName, callable: "",
                    members: headers.headers.map { .init(wireName: $0.wireName, swiftName: $0.name.name) },
                    isOrdered: false))
            }
        }
        return declarations
    }
}

extension Resolver {
    /// How `spec`'s client spells what calling code writes (`ClientSpellings`); nil when the spec does not resolve.
    public static func spellings(of spec: APISpecification) -> ClientSpellings? {
        resolve(spec).resolved.map(ClientSpellings.init)
    }
}
