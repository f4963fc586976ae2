/// How a paged operation's walk is written in Swift: the functions' names,
/// where the page token goes, and how each path into the answer reads.
package struct ResolvedPagination: Sendable {
    /// One property on the way into the answer; after an optional one, the rest are optional too.
    package typealias Step = PropertyRead

    /// How the next page is found.
    package enum Style: Sendable {
        case cursor, page, nextLink, linkHeader
    }

    /// An end the spec states, besides a missing next cursor or link (the runtime's `PageEnds`).
    package enum End: String, Sendable, CaseIterable {
        case totalPages, totalItems, hasMore, emptyPage, shortPage
    }

    package enum Parameter: Sendable {
        /// An argument of the function (a query parameter).
        case argument(SwiftName)
        /// A property of the request body argument.
        case bodyField(body: SwiftName, property: SwiftName)
        /// None: the next page is at an address the answer gives.
        case link
    }

    package let style: Style
    /// The Swift type of a page token (the page parameter's, not optional).
    package let tokenType: SwiftType
    package let pagesFunction: SwiftName
    package let itemsFunction: SwiftName
    package let parameter: Parameter
    /// The page parameter is optional in Swift; when not (a client default), every call has a token.
    package let isParameterOptional: Bool
    package let ends: [End]
    /// The method and path template, for the walk's errors.
    package let method: String
    package let path: String
    package let next: [Step]
    package let totalPages: [Step]
    package let totalItems: [Step]
    package let hasMore: [Step]
    package let items: [Step]
    package let itemType: SwiftType
    /// Local names that no argument takes.
    package let tokenVariable: String
    package let answerVariable: String
    package let numberVariable: String

    package init(style: Style, tokenType: SwiftType, pagesFunction: SwiftName, itemsFunction: SwiftName, parameter: Parameter,
                 isParameterOptional: Bool, ends: [End], method: String, path: String, next: [Step], totalPages: [Step],
                 totalItems: [Step], hasMore: [Step], items: [Step], itemType: SwiftType,
                 tokenVariable: String, answerVariable: String, numberVariable: String) {
        self.style = style
        self.tokenType = tokenType
        self.pagesFunction = pagesFunction
        self.itemsFunction = itemsFunction
        self.parameter = parameter
        self.isParameterOptional = isParameterOptional
        self.ends = ends
        self.method = method
        self.path = path
        self.next = next
        self.totalPages = totalPages
        self.totalItems = totalItems
        self.hasMore = hasMore
        self.items = items
        self.itemType = itemType
        self.tokenVariable = tokenVariable
        self.answerVariable = answerVariable
        self.numberVariable = numberVariable
    }
}
