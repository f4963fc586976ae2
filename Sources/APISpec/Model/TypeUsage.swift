/// For each named type, whether callers send it, receive it, or both,
/// following references from parameters and bodies through fields and
/// union variants. Types no operation reaches count as both: safest.
/// `apigen diff` judges a limit by it; the OpenAPI import, whether a type
/// may change for what answers show.
public struct TypeUsage {
    /// Which way values of a type travel: a limit tightened on something the
    /// caller sends breaks them; the same on something they receive does not.
    public enum Direction: Sendable, Hashable {
        case request, response, both

        public func merged(with other: Direction?) -> Direction {
            guard let other, other != self else { return self }
            return .both
        }

        public var sends: Bool { self != .response }
        public var receives: Bool { self != .request }
    }

    private var directions: [String: Direction] = [:]
    private let types: [String: NamedType]

    public init(_ spec: APISpecification) {
        types = Dictionary(spec.types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for operation in spec.operations {
            for parameter in operation.parameters { mark(parameter.field.type, .request, in: spec) }
            if let body = operation.requestBody { mark(body, .request, in: spec) }
            if let body = operation.responseBody { mark(body, .response, in: spec) }
            for header in operation.responseHeaders { mark(header.type, .response, in: spec) }
        }
        if let webhooks = spec.webhooks { mark(webhooks.payload, .response, in: spec) }
    }

    public func direction(of typeName: String) -> Direction {
        directions[typeName] ?? .both
    }

    private mutating func mark(_ body: Body, _ direction: Direction, in spec: APISpecification) {
        switch body.shape {
        case .type(let reference): mark(reference, direction, in: spec)
        case .fields(let object): object.fields.forEach { mark($0.type, direction, in: spec) }
        }
    }

    private mutating func mark(_ reference: TypeReference, _ direction: Direction, in spec: APISpecification) {
        guard case .named(let name) = reference.leaf, let type = types[name] else { return }
        let merged = direction.merged(with: directions[name])
        guard merged != directions[name] else { return }
        directions[name] = merged
        for child in TypeUsage.references(of: type) { mark(child, merged, in: spec) }
    }

    public static func references(of type: NamedType) -> [TypeReference] {
        type.heldTypes
    }
}
