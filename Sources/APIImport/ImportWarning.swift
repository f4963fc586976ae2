/// A located warning about something on a page the importer could not read,
/// or about what it changed so that the draft lints. Tools and tests tell
/// warnings apart by `kind`, never by the message.
public struct ImportWarning: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A page that cannot be read.
        case unreadableFile = "UnreadableFile"
        /// No page states the API's base URL.
        case noBaseURL = "NoBaseURL"
        /// A request line documented on two pages: the second is added to the first.
        case operationDocumentedAgain = "OperationDocumentedAgain"
        /// A table row whose name an earlier row of the table has.
        case rowListedAgain = "RowListedAgain"
        /// A type column the importer does not know: the samples decide.
        case typeNotRecognised = "TypeNotRecognised"
        /// A type no page or sample describes: `json` stands in.
        case undescribedType = "UndescribedType"
        /// Request body rows or samples on a GET or HEAD page: the client sends such a request without a body.
        case requestBodyNotSent = "RequestBodyNotSent"
        /// An example that calls another path than its page documents.
        case exampleOfAnotherPath = "ExampleOfAnotherPath"
        /// A table's type that every sample contradicts: the draft follows the samples.
        case tableContradictsSamples = "TableContradictsSamples"
        /// A page heading's request line with another path than its front matter's title: the title's is used.
        case headingDisagreesWithTitle = "HeadingDisagreesWithTitle"
        /// A sample block that is not JSON even after mending.
        case sampleNotJSON = "SampleNotJSON"
        /// A sample the draft's own types refuse: left out.
        case sampleLeftOut = "SampleLeftOut"
        /// A default or limit the draft's lint refuses (the docs contradict themselves): left out.
        case factLeftOut = "FactLeftOut"
        /// A change of the docs a re-import (`--into`) cannot take into the spec by itself: the person decides.
        case mergeConflict = "MergeConflict"
    }

    public var kind: Kind
    public var message: String
    public var place: DocsPlace

    public init(_ kind: Kind, _ message: String, place: DocsPlace) {
        self.kind = kind
        self.message = message
        self.place = place
    }

    /// In the compiler's format, the kind after the message as lint prints codes.
    public var description: String { "\(place): warning: \(message) [#\(kind.rawValue)]" }
}
