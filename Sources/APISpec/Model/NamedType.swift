/// A type the spec declares by name under `types`.
public struct NamedType: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case object(ObjectType)
        case enumeration(EnumType)
        case taggedUnion(TaggedUnion)
        case untaggedUnion(UntaggedUnion)
    }

    public var name: String
    public var description: String
    public var kind: Kind
    public var note: String?
    public var location: SourceLocation

    public init(name: String, description: String, kind: Kind, note: String? = nil, location: SourceLocation = SourceLocation(line: 0, column: 0)) {
        self.name = name
        self.description = description
        self.kind = kind
        self.note = note
        self.location = location
    }

    /// The types a value of this type holds: an object's fields', a union's variants' (none for an enum).
    public var heldTypes: [TypeReference] {
        switch kind {
        case .object(let object): object.fields.map(\.type)
        case .enumeration: []
        case .taggedUnion(let union): union.variants.map(\.type)
        case .untaggedUnion(let union): union.variants.map(\.type)
        }
    }
}

public struct ObjectType: Sendable, Hashable {
    public var fields: [Field]
    public var rules: [Rule]

    public init(fields: [Field], rules: [Rule] = []) {
        self.fields = fields
        self.rules = rules
    }
}

/// An enum that stays open: values the server adds later still decode. Its
/// values are strings, or whole numbers (`isInteger`, written as JSON numbers
/// on the wire and kept here as their decimal text).
public struct EnumType: Sendable, Hashable {
    public struct Value: Sendable, Hashable {
        public var value: String
        /// The Swift name of its static member; derived from the value when
        /// absent. Two values that would share a name (`Add` and `add`) need one.
        public var name: String?
        public var description: String
        public var location: SourceLocation

        public init(value: String, name: String? = nil, description: String = "",
                    location: SourceLocation = SourceLocation(line: 0, column: 0)) {
            self.value = value
            self.name = name
            self.description = description
            self.location = location
        }
    }

    public var values: [Value]
    public var isInteger: Bool

    public init(values: [Value], isInteger: Bool = false) {
        self.values = values
        self.isInteger = isInteger
    }
}

/// A union whose variant is named by a tag key beside a content key:
/// `{"actionType": "Poll", "actionBody": {...}}`.
public struct TaggedUnion: Sendable, Hashable {
    public struct Variant: Sendable, Hashable {
        /// The tag's value that selects this variant; nil for a keyed variant.
        public var tag: String?
        /// A key whose presence selects this variant instead of a tag, and
        /// whose string value the variant carries (Kaizala's package `id`).
        public var key: String?
        /// The case name; derived from the tag when absent.
        public var name: String?
        public var type: TypeReference
        public var description: String
        public var location: SourceLocation

        public init(tag: String?, key: String? = nil, name: String? = nil, type: TypeReference, description: String = "",
                    location: SourceLocation = SourceLocation(line: 0, column: 0)) {
            self.tag = tag
            self.key = key
            self.name = name
            self.type = type
            self.description = description
            self.location = location
        }
    }

    public var tagKey: String
    /// The key holding the variant's content; nil when the content is the
    /// object itself, which carries the tag among its own fields (OpenAPI's
    /// discriminator: `{"petType": "cat", "name": "Tom"}`).
    public var contentKey: String?
    public var variants: [Variant]

    public init(tagKey: String, contentKey: String?, variants: [Variant]) {
        self.tagKey = tagKey
        self.contentKey = contentKey
        self.variants = variants
    }

    /// Every wire key the union reads or writes.
    public var wireKeys: [String] {
        [tagKey] + (contentKey.map { [$0] } ?? []) + variants.compactMap(\.key)
    }
}

/// A union told apart only by the JSON shape of its value, tried in order.
public struct UntaggedUnion: Sendable, Hashable {
    public struct Variant: Sendable, Hashable {
        public var name: String
        public var type: TypeReference
        public var description: String
        public var location: SourceLocation

        public init(name: String, type: TypeReference, description: String = "", location: SourceLocation = SourceLocation(line: 0, column: 0)) {
            self.name = name
            self.type = type
            self.description = description
            self.location = location
        }
    }

    public var variants: [Variant]

    public init(variants: [Variant]) {
        self.variants = variants
    }
}
