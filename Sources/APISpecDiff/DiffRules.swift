import APISpec

/// Every kind of change `apigen diff` detects, with a stable id, its
/// verdict for code that sends the value and for code that receives it,
/// why, and an example. `DIFF-RULES.md` is printed from this table (a test
/// keeps it in sync), and a project may override a verdict (`--rules FILE`).
public enum DiffRules {
    public struct Rule: Sendable, Hashable {
        public let id: String
        /// Verdict where callers send the value (requests).
        public let sent: Verdict
        /// Verdict where callers receive it (answers, webhooks).
        public let received: Verdict
        public let reason: String
        public let example: String
        /// The spec keys whose change this rule judges (`field.maxLength`, `operation.path`).
        public let keys: [String]

        /// The most severe impact a change of this kind can have, sent or
        /// received: the level tools show it at by default.
        public var worst: SpecChange.Impact {
            sent.worst.rank >= received.worst.rank ? sent.worst : received.worst
        }
    }

    /// What a rule gives where the value travels one way: one impact, or
    /// one that depends on the change (its worst case kept for tools).
    public struct Verdict: Sendable, Hashable {
        public let worst: SpecChange.Impact
        /// As `DIFF-RULES.md` writes it.
        public let text: String

        static func always(_ impact: SpecChange.Impact) -> Verdict { Verdict(worst: impact, text: impact.rawValue) }
        /// Breaking in some cases only; `text` says which.
        static func conditional(_ condition: String) -> Verdict { Verdict(worst: .breaking, text: condition) }
    }

    private static let breaking = Verdict.always(.breaking), nonBreaking = Verdict.always(.nonBreaking)
    /// A rename breaks only code that names the Swift property or argument.
    private static let keptSwiftName = Verdict.conditional("non-breaking when the Swift name stays, else breaking")
    private static let breakingWhenRemoved = Verdict.conditional("breaking when removed, else non-breaking")
    /// JSON and form bodies are both one `body` argument of the body's type; multipart spreads its parts.
    private static let multipartChanges = Verdict.conditional("breaking to or from `multipart`, else non-breaking")

    /// Statuses that give nil make a JSON answer's result optional, the first added or the last removed.
    private static let optionalResult = Verdict.conditional("breaking when the result turns optional or plain, else "
                                                            + "non-breaking")

    /// Every limit key, on fields and on parameters.
    private static let limitKeys = ["field", "parameter"].flatMap { kind in
        LimitTable.Limit.allCases.map { "\(kind).\($0.rawValue)" }
    }

    public static let catalogue: [Rule] = [
        Rule(id: "api.renamed", sent: breaking, received: breaking, reason: "the module and client type are named after the API",
             example: "`\"name\": \"Shop\"` → `\"name\": \"Store\"`", keys: ["document.name"]),
        Rule(id: "api.baseURL.changed", sent: nonBreaking, received: nonBreaking, reason: "clients made with the default server call the new address",
             example: "`baseURL` moves to `/v2`", keys: ["document.baseURL"]),
        Rule(id: "auth.scheme.changed", sent: breaking, received: breaking, reason: "the client's initializers and credentials change",
             example: "`bearer` → `tokenHeader`", keys: ["auth.scheme"]),
        Rule(id: "auth.details.changed", sent: nonBreaking, received: nonBreaking, reason: "the client follows; its initializers stay",
             example: "another token header", keys: ["auth.header", "auth.tokenOperation", "auth.tokenField", "auth.expiryField", "auth.endpointField",
                                                     "auth.refreshTokenField"]),
        Rule(id: "auth.required", sent: breaking, received: breaking, reason: "a client made without credentials can no longer call the operation",
             example: "`\"authenticated\": false` removed", keys: ["operation.authenticated"]),
        Rule(id: "auth.dropped", sent: nonBreaking, received: nonBreaking, reason: "clients with credentials still work",
             example: "`\"authenticated\": false` added", keys: ["operation.authenticated"]),
        Rule(id: "operation.added", sent: nonBreaking, received: nonBreaking, reason: "a new function; existing code is unaffected",
             example: "a new operation", keys: ["operation.name"]),
        Rule(id: "operation.removed", sent: breaking, received: breaking, reason: "code that calls it no longer compiles",
             example: "an operation removed", keys: ["operation.name"]),
        Rule(id: "operation.renamed", sent: breaking, received: breaking, reason: "code that calls the old name no longer compiles",
             example: "`getOrder` → `readOrder` on the same endpoint", keys: ["operation.name"]),
        Rule(id: "operation.endpoint.changed", sent: nonBreaking, received: nonBreaking,
             reason: "the regenerated client calls the new endpoint; calling code is unchanged", example: "`/orders` → `/v2/orders`",
             keys: ["operation.method", "operation.path"]),
        Rule(id: "operation.group.changed", sent: nonBreaking, received: nonBreaking, reason: "the function moves to another file of the same client",
             example: "group `orders` → `sales`", keys: ["operation.group"]),
        Rule(id: "operation.statuses.changed", sent: nonBreaking, received: nonBreaking,
             reason: "a status without a body type only documents an answer; calls are unchanged", example: "`200` → `201`",
             keys: ["operation.successStatus", "operation.statuses", "status.code"]),
        Rule(id: "operation.emptyAnswer.changed", sent: optionalResult, received: optionalResult,
             reason: "where it turns optional or plain, code that reads the function's result must follow; else only "
                 + "the answers that give nil change",
             example: "`204` marked `empty` beside a `200` with a body", keys: ["status.empty"]),
        Rule(id: "responseHeader.added", sent: nonBreaking, received: nonBreaking,
             reason: "a new member of the operation's `ResponseHeaders` struct (or a new struct); code that reads the "
                 + "others is unaffected",
             example: "`Location` added to `createOrder`'s answer",
             keys: ["operation.responseHeaders", "responseHeader.name"]),
        Rule(id: "responseHeader.removed", sent: breaking, received: breaking,
             reason: "code that reads the header's member (or uses the struct) no longer compiles",
             example: "`X-RateLimit-Reset` removed", keys: ["operation.responseHeaders", "responseHeader.name"]),
        Rule(id: "responseHeader.changed", sent: breaking, received: breaking,
             reason: "the member's type or name changes, or it turns optional or required; code that reads it must "
                 + "follow",
             example: "`X-Total` `int32` → `int64`",
             keys: ["responseHeader.type", "responseHeader.optional", "responseHeader.swiftName"]),
        Rule(id: "operation.errorBody.changed", sent: breaking, received: breaking,
             reason: "those errors arrive as `.answered` with another body, or as `.status`; code that catches them must follow",
             example: "404's body: none → `Problem`", keys: ["status.type"]),
        Rule(id: "operation.pagination.changed", sent: breakingWhenRemoved, received: breakingWhenRemoved,
             reason: "the functions that walk every page and item appear, follow, or are gone", example: "`pagination` added to `listOrders`",
             keys: ["operation.pagination", "pagination.style", "pagination.parameter", "pagination.nextCursor", "pagination.totalPages",
                    "pagination.totalItems", "pagination.hasMore", "pagination.nextLink", "pagination.end", "pagination.items"]),
        Rule(id: "parameter.location.changed", sent: nonBreaking, received: nonBreaking, reason: "the client follows; the argument stays",
             example: "`count` moves from query to header", keys: ["parameter.in"]),
        Rule(id: "parameter.style.changed", sent: nonBreaking, received: nonBreaking, reason: "only the query's wire format changes; the client follows",
             example: "`tags` sent `repeated` → `comma`", keys: ["parameter.style"]),
        Rule(id: "body.added", sent: breaking, received: nonBreaking,
             reason: "a request body is a new required argument; a response body is a return value callers may ignore",
             example: "a request body added", keys: ["operation.requestBody", "operation.responseBody"]),
        Rule(id: "body.removed", sent: breaking, received: breaking, reason: "the `body` argument or the return value is gone",
             example: "a response body removed", keys: ["operation.requestBody", "operation.responseBody"]),
        Rule(id: "body.contentType.changed", sent: multipartChanges, received: multipartChanges,
             reason: "a multipart body is one argument per part, a JSON or form body one `body` argument of the same type",
             example: "`json` → `multipart`", keys: ["body.contentType"]),
        Rule(id: "body.formLists.changed", sent: nonBreaking, received: nonBreaking,
             reason: "only the form's wire format changes; the client follows", example: "`indexed` → `repeated`",
             keys: ["body.formLists"]),
        Rule(id: "body.type.changed", sent: breaking, received: breaking, reason: "the Swift type of the body changes",
             example: "`Receipt` → `[Receipt]`", keys: ["body.type", "body.fields"]),
        Rule(id: "field.added", sent: .conditional("breaking when required, else non-breaking"), received: nonBreaking,
             reason: "callers must pass a new required value; answers may carry more", example: "optional `coupon` added",
             keys: ["field.name", "parameter.name"]),
        Rule(id: "field.removed", sent: breaking, received: breaking, reason: "code that sets or reads it no longer compiles",
             example: "`note` removed", keys: ["field.name", "parameter.name"]),
        Rule(id: "field.renamed", sent: keptSwiftName, received: keptSwiftName,
             reason: "one removed and one added in its place with the same type and limits, or keeping its `swiftName`, "
                 + "is one field renamed: calling code sees only its Swift name, and the regenerated client follows the wire key",
             example: "`note` → `comment` (Swift `note` → `comment`: breaking); `swiftName` `note` kept: non-breaking",
             keys: ["field.name", "parameter.name", "field.swiftName", "parameter.swiftName"]),
        Rule(id: "field.type.changed", sent: breaking, received: breaking, reason: "its Swift type changes",
             example: "`int32` → `int64`", keys: ["field.type", "parameter.type"]),
        Rule(id: "field.optional", sent: nonBreaking, received: breaking,
             reason: "code that passes a value still compiles; code that reads it must now unwrap it", example: "`total` becomes optional",
             keys: ["field.optional", "parameter.optional"]),
        Rule(id: "field.required", sent: breaking, received: breaking,
             reason: "code that leaves it out, or unwraps it, no longer compiles", example: "`email` becomes required",
             keys: ["field.optional", "parameter.optional"]),
        Rule(id: "field.default.changed", sent: breaking, received: nonBreaking,
             reason: "code that leaves it out now sends another value; defaults only shape what callers send", example: "default `30` → `20`",
             keys: ["field.default", "parameter.default"]),
        Rule(id: "field.nullable.changed", sent: breaking, received: breaking,
             reason: "the Swift type changes: to `Nullable<T>`, or `T?` for a field never left out, or back",
             example: "`\"nullable\": true` added", keys: ["field.nullable", "parameter.nullable"]),
        Rule(id: "field.inline.changed", sent: breaking, received: breaking,
             reason: "the union's keys move between the enclosing object and a member of their own: what is sent is no longer "
                 + "what the server reads, and answers no longer decode",
             example: "`\"inline\": true` added to `action`", keys: ["field.inline", "parameter.inline"]),
        Rule(id: "field.oneOrMany.changed", sent: nonBreaking, received: breakingWhenRemoved,
             reason: "requests send a list either way; without it, an answer with a single item no longer decodes",
             example: "`\"oneOrMany\": true` added to `[Contact]`", keys: ["field.oneOrMany", "parameter.oneOrMany"]),
        Rule(id: "field.clientDefault.changed", sent: breaking, received: breaking,
             reason: "who fills in the default decides whether the Swift value is optional", example: "`\"clientDefault\": true` added",
             keys: ["field.clientDefault", "parameter.clientDefault"]),
        Rule(id: "field.swiftName.changed", sent: breaking, received: breaking, reason: "the Swift property is renamed",
             example: "`swiftName` added", keys: ["field.swiftName", "parameter.swiftName"]),
        Rule(id: "constraint.tightened", sent: breaking, received: nonBreaking,
             reason: "values valid before are now rejected before sending; limits are not checked on what the client receives",
             example: "`maxLength` `100` → `50`, or a pattern that rejects a value it spelled out before",
             keys: limitKeys),
        Rule(id: "constraint.loosened", sent: nonBreaking, received: nonBreaking, reason: "every value valid before stays valid",
             example: "`maxLength` `100` → `200`; `^contact$` → `^(contact|conversation)$`",
             keys: limitKeys),
        Rule(id: "constraint.changed", sent: .always(.possiblyBreaking), received: nonBreaking,
             reason: "the new pattern may reject values accepted before; two patterns cannot be compared in general",
             example: "`^[a-z]+$` → `^[a-z0-9]+$`", keys: ["field.pattern"]),
        Rule(id: "rule.added", sent: .conditional("breaking unless the old fields imply it"), received: nonBreaking,
             reason: "values valid before may now be rejected before sending", example: "one of `to`, `bsuid` required (`to` was required: non-breaking)",
             keys: ["object.rules", "body.rules", "rule.anyOf", "rule.field", "rule.requires", "rule.requiredWhen", "rule.in"]),
        Rule(id: "rule.removed", sent: nonBreaking, received: nonBreaking, reason: "every value valid before stays valid",
             example: "a `requires` rule removed", keys: ["object.rules", "body.rules"]),
        Rule(id: "type.added", sent: nonBreaking, received: nonBreaking, reason: "a new Swift type; existing code is unaffected",
             example: "a new type", keys: ["type.name"]),
        Rule(id: "type.removed", sent: breaking, received: breaking, reason: "code that names the Swift type no longer compiles",
             example: "a type removed", keys: ["type.name"]),
        Rule(id: "type.kind.changed", sent: breaking, received: breaking, reason: "the Swift declaration changes shape",
             example: "`object` → `enum`", keys: ["type.kind"]),
        Rule(id: "enum.value.added", sent: nonBreaking, received: nonBreaking, reason: "enums are open: older clients decode it as an unknown value",
             example: "value `medium` added", keys: ["enum.values", "enumValue.value"]),
        Rule(id: "enum.value.removed", sent: breaking, received: breaking, reason: "its static member is gone",
             example: "value `large` removed", keys: ["enum.values", "enumValue.value"]),
        Rule(id: "union.variant.added", sent: nonBreaking, received: breaking,
             reason: "callers only build values; exhaustive `switch` statements over a received union need the new case",
             example: "variant `refund` added", keys: ["union.variants", "variant.tag", "variant.key", "variant.name"]),
        Rule(id: "union.variant.removed", sent: breaking, received: breaking, reason: "its enum case is gone",
             example: "variant `event` removed", keys: ["union.variants", "variant.tag", "variant.key", "variant.name"]),
        Rule(id: "union.variant.type.changed", sent: breaking, received: breaking, reason: "the case's associated value changes type",
             example: "`Event` → `[Event]`", keys: ["variant.type"]),
        Rule(id: "union.keys.changed", sent: nonBreaking, received: nonBreaking, reason: "only the wire format changes; the client follows",
             example: "tag `kind` → `type`", keys: ["union.tag", "union.content"]),
        Rule(id: "union.order.changed", sent: nonBreaking, received: breaking, reason: "a value received may now decode as another variant",
             example: "variants of an untagged union swapped", keys: ["union.variants"]),
        Rule(id: "webhooks.added", sent: nonBreaking, received: nonBreaking, reason: "a new receiver type; existing code is unaffected",
             example: "`webhooks` added", keys: ["document.webhooks"]),
        Rule(id: "webhooks.removed", sent: breaking, received: breaking, reason: "code that uses the receiver type no longer compiles",
             example: "`webhooks` removed", keys: ["document.webhooks"]),
        Rule(id: "webhooks.payload.changed", sent: breaking, received: breaking, reason: "decoded events have another Swift type",
             example: "payload `Event` → `Envelope`", keys: ["webhooks.payload"]),
        Rule(id: "webhooks.tokenHeader.changed", sent: breakingWhenRemoved, received: breakingWhenRemoved,
             reason: "the receiver follows, unless its helper for the header is gone", example: "`x-token` → `x-secret`", keys: ["webhooks.tokenHeader"]),
        Rule(id: "webhooks.validationParameter.changed", sent: breakingWhenRemoved,
             received: breakingWhenRemoved, reason: "the receiver follows, unless its handshake helper is gone",
             example: "`validationToken` added", keys: ["webhooks.validationParameter"]),
        Rule(id: "swift.arguments.reordered", sent: breaking, received: breaking,
             reason: "Swift arguments go in declaration order: calls written in the old order no longer compile",
             example: "`to` moved after `channel_uuid`: `init(to:from:)` → `init(from:to:)`", keys: ["fields order", "parameters order"]),
        Rule(id: "swift.name.changed", sent: breaking, received: breaking, reason: "code that names the old Swift name no longer compiles",
             example: "a value whose Swift name changes without a `swiftName`", keys: ["enumValue.name"]),
    ]

    /// Keys whose change no caller can see: documentation, samples, the
    /// editor's schema link, the warnings a spec acknowledges (they change
    /// what lint prints, not the client). Listed so that every key of the
    /// format is accounted for.
    public static let documentationKeys: [String] = [
        "document.$schema", "document.title", "document.description", "document.notes", "auth.description", "type.description", "type.note",
        "field.description", "field.note", "field.secret", "parameter.description", "parameter.note", "parameter.secret",
        "operation.summary", "operation.description", "operation.note", "operation.samples", "operation.routeVariant",
        "body.description", "responseHeader.description", "responseHeader.note",
        "status.description", "rule.description", "enumValue.description", "variant.description", "sample.title",
        "sample.status", "sample.request", "sample.response", "webhooks.samples", "webhookSample.title",
        "webhookSample.payload", "document.types", "document.operations", "document.auth", "object.fields",
        "operation.parameters", "document.acknowledged", "acknowledgement.code",
        "acknowledgement.at", "acknowledgement.reason",
    ]

    public static func rule(_ id: String) -> Rule? { catalogue.first { $0.id == id } }

    /// The catalogue as a markdown document (`DIFF-RULES.md`).
    public static func markdown() -> String {
        var lines = [
            "# Rules of `apigen diff`",
            "",
            "Generated from `Sources/APISpecDiff/DiffRules.swift`; a test keeps this file in sync. *Sent*: the value travels in a request "
                + "(callers build it); *received*: in an answer or a webhook (callers read it). A project may override a verdict with "
                + "`apigen diff … --rules FILE`, a JSON object `{\"overrides\": {\"constraint.changed\": \"breaking\"}}`.",
            "",
            "| Id | Sent | Received | Why | Example |",
            "| --- | --- | --- | --- | --- |",
        ]
        for rule in catalogue {
            lines.append("| `\(rule.id)` | \(rule.sent.text) | \(rule.received.text) | \(rule.reason) | \(rule.example) |")
        }
        lines += ["", "Changes to these keys are not reported (no caller sees them): " + documentationKeys.map { "`\($0)`" }.joined(separator: ", ") + "."]
        return lines.joined(separator: "\n") + "\n"
    }
}
