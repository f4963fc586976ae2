import APISpec

/// Drafts are built as the spec format's ordered JSON and printed by the
/// spec writer's printer.
typealias DraftJSON = OrderedJSON
