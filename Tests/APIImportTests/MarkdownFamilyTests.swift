@testable import APIImport
import APISpec
import Foundation
import XCTest

/// The general reader and the families it serves, on small pages written
/// here: request lines from headings of any level, code spans and `http`
/// blocks; tables by their columns, with escaped pipes and link type cells;
/// `http` exchanges as samples; repeated placeholders; maps for data keys.
final class MarkdownFamilyTests: XCTestCase {
    private func draft(_ pages: [(file: String, text: String)]) throws -> (APISpecification, DocsImporter.Result) {
        let result = DocsImporter.importPages(pages)
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.description), [])
        return (try ImportFixture.load(result.text), result)
    }

    func testMkDocsHeadingsOfAnyLevelAreOperations() throws {
        let page = """
        # Subscribers

        !!! note
            Every call needs a token.

        #### GET /api/subscribers

        Lists subscribers.

        | Parameter | Required | Type | Description |
        |---|---|---|---|
        | per_page | no | integer | How many per page. |

        #### DELETE /api/subscribers/{subscriber_id}

        Deletes one.
        """
        let (spec, result) = try draft([("subscribers.md", page)])
        XCTAssertEqual(result.families, ["MkDocs": 1])
        XCTAssertEqual(spec.operations.map { "\($0.method.rawValue) \($0.path)" }, ["GET /api/subscribers", "DELETE /api/subscribers/{subscriber_id}"])
        XCTAssertEqual(spec.operations[0].parameters.map(\.field.name), ["per_page"])
        XCTAssertEqual(spec.operations[0].parameters.first?.field.isOptional, true)
    }

    /// A request line in a heading makes the page plain Markdown, though it has a "Request body" section as Microsoft
    /// Docs pages do; a GET sends no body, so its body rows are a located warning, not a body lint refuses.
    /// Request lines in code spans under each call's heading, with a "Response" section: API reference, not a
    /// page of what the API posts (which a page with a body section and no request line is). Type cells that
    /// say whether the field is required, and lists of plural words, are read.
    func testRequestLinesInCodeSpansAndQualifiedTypeCells() throws {
        let page = """
        # Widgets

        Base URL: `https://api.widgets.example/v2`

        ## Create a widget

        `POST /widgets`

        ### Body parameters

        | Field | Type | Description |
        |---|---|---|
        | name | string (required) | The widget's name. |
        | color | string, optional | One of `red`, `green`, `blue`. |
        | size | integer | Size in millimetres. |
        | tags | array of strings | Optional. Labels. |

        ### Response

        ```json
        {"id": "w_123", "name": "Bolt", "color": "red", "size": 12, "tags": ["metal"]}
        ```

        ## Get a widget

        `GET /widgets/{id}`

        ### Response

        ```json
        {"id": "w_123", "name": "Bolt", "color": "red", "size": 12, "tags": []}
        ```
        """
        let (spec, result) = try draft([("widgets.md", page)])
        XCTAssertEqual(result.families, ["Markdown": 1])
        XCTAssertEqual(spec.operations.map { "\($0.method.rawValue) \($0.path)" }, ["POST /widgets", "GET /widgets/{id}"])
        XCTAssertNil(spec.webhooks)
        guard case .fields(let body)? = spec.operations.first?.requestBody?.shape else { return XCTFail("no request body") }
        XCTAssertEqual(body.fields.map { "\($0.name): \($0.type)\($0.isOptional ? "?" : "")" },
                       ["name: string", "color: Color?", "size: int32", "tags: [string]?"])
        XCTAssertFalse(result.warnings.contains { $0.kind == .typeNotRecognised }, "\(result.warnings)")
    }

    /// A request line that names its host in a plain code block is any API's reference Markdown (Microsoft Docs
    /// write a placeholder host, `GET https://{api_root}/token`): its parameter tables are read, and where no page
    /// states the base URL, the host the request lines name is it.
    func testRequestLinesWithTheirHostInCodeBlocks() throws {
        let page = """
        # Orders API

        ## List orders

        ```
        GET https://api.shop.example/v1/orders
        ```

        #### Query Parameters

        | Name | Type | Description |
        | --- | --- | --- |
        | `limit` | `integer` | Max results. Maximum 100. |

        #### Response

        ```json
        {"data": [{"id": "ord_1", "total": 12.5}], "has_more": false}
        ```

        ## Cancel an order

        ```
        DELETE https://api.shop.example/v1/orders/{order_id}
        ```

        #### Path Parameters

        | Name | Type | Description |
        | --- | --- | --- |
        | `order_id` | `string` | The order. |
        """
        let (spec, result) = try draft([("orders.md", page)])
        XCTAssertEqual(result.families, ["Markdown": 1])
        XCTAssertEqual(spec.baseURL, "https://api.shop.example")
        XCTAssertFalse(result.warnings.contains { $0.kind == .noBaseURL })
        XCTAssertEqual(spec.operations.map { "\($0.method.rawValue) \($0.path)" },
                       ["GET /v1/orders", "DELETE /v1/orders/{order_id}"])
        XCTAssertEqual(spec.operations.map { $0.parameters.map { "\($0.location.rawValue) \($0.field.name)" } },
                       [["query limit"], ["path order_id"]])
        XCTAssertEqual(spec.operations[0].parameters.first?.field.constraints.maximum, 100)
    }

    /// Fields written as list items under a section (name, type in parentheses or a code span, description) are
    /// rows like a table's; a list item that names no type is prose.
    func testFieldsWrittenAsListItems() throws {
        let page = """
        ## Create a customer

        `POST /v1/customers`

        ### Parameters

        - `email` (string, required): The customer's email address.
        - **name** (string, optional) - Full name,
          as it is printed.
        - `balance` `integer` — Starting balance in cents.
        - Use this call sparingly (rate limits apply).

        ### Returns

        - `id` (string): The new customer's identifier.
        """
        let (spec, _) = try draft([("customers.md", page)])
        let operation = try XCTUnwrap(spec.operations.first)
        guard case .fields(let request)? = operation.requestBody?.shape,
              case .fields(let response)? = operation.responseBody?.shape else { return XCTFail("no bodies") }
        XCTAssertEqual(request.fields.map { "\($0.name): \($0.type)\($0.isOptional ? "?" : "")" },
                       ["email: email", "name: string?", "balance: int32"])
        XCTAssertEqual(request.fields[1].description, "Full name, as it is printed.")
        XCTAssertEqual(response.fields.map(\.name), ["id"])
    }

    /// "requester object" under a request body describes that field's object; "Response 201" names the success
    /// status, and "Response 422" an error whose sample is no sample of the call's body; "All requests go to …"
    /// states the base URL.
    func testNestedObjectsAndAnswersByStatus() throws {
        let page = """
        # Tickets

        All requests go to `https://api.helpdesk.example/v3`.

        ## Create a ticket

        ```http
        POST /tickets
        ```

        ### Request body

        | Field | Type | Required | Description |
        |---|---|---|---|
        | subject | string | yes | Short summary. |
        | requester | object | yes | Who asked. |

        #### requester object

        | Field | Type | Required | Description |
        |---|---|---|---|
        | email | string | yes | Their email. |

        ### Response 201

        ```json
        {"id": 42, "subject": "Printer on fire"}
        ```

        ### Response 422

        ```json
        {"error": "subject is required"}
        ```
        """
        let (spec, _) = try draft([("tickets.md", page)])
        XCTAssertEqual(spec.baseURL, "https://api.helpdesk.example/v3")
        let operation = try XCTUnwrap(spec.operations.first)
        XCTAssertEqual(operation.successStatus, 201)
        guard case .fields(let request)? = operation.requestBody?.shape,
              case .fields(let response)? = operation.responseBody?.shape else { return XCTFail("no bodies") }
        XCTAssertEqual(request.fields.map(\.name), ["subject", "requester"])
        let requester = try XCTUnwrap(spec.type(named: request.fields[1].type.description))
        XCTAssertEqual(requester.heldTypes.count, 1, "the requester's object has the table's one field")
        XCTAssertEqual(response.fields.map(\.name), ["id", "subject"], "the error's sample is not the answer's")
        XCTAssertEqual(operation.samples.count, 1)
    }

    /// A page generated from an OpenAPI document (Widdershins' Slate layout): HTML headings, the example before
    /// the request line (which opens the operation and, with the example's URL, gives the base URL), quoted
    /// captions, a body parameter typed by a schema the page describes, `integer(int64)` types.
    func testPagesGeneratedFromOpenAPIDocuments() throws {
        let page = """
        ---
        title: Petstore v1
        language_tabs:
          - shell: Shell
        ---

        # Pets

        ## createPet

        > Code samples

        ```shell
        curl -X POST https://petstore.example.com/v1/pets \\
          -H 'Content-Type: application/json'
        ```

        `POST /pets`

        > Body parameter

        ```json
        {"name": "Rex"}
        ```

        <h3 id="createpet-parameters">Parameters</h3>

        |Name|In|Type|Required|Description|
        |---|---|---|---|---|
        |body|body|[Pet](#schemapet)|true|none|

        > 201 Response

        ```json
        {"id": 1, "name": "Rex"}
        ```

        # Schemas

        <h2 id="tocS_Pet">Pet</h2>

        ### Properties

        |Name|Type|Required|Restrictions|Description|
        |---|---|---|---|---|
        |id|integer(int64)|false|read-only|none|
        |name|string|true|none|none|
        """
        let (spec, result) = try draft([("pets.md", page)])
        XCTAssertEqual(result.families, ["Slate": 1])
        XCTAssertEqual(spec.baseURL, "https://petstore.example.com/v1")
        XCTAssertEqual(spec.operations.map { "\($0.method.rawValue) \($0.path) \($0.successStatus)" }, ["POST /pets 201"])
        guard case .fields(let request)? = spec.operations[0].requestBody?.shape else { return XCTFail("no request body") }
        XCTAssertEqual(request.fields.map { "\($0.name): \($0.type)" }, ["id: int64", "name: string"])
        XCTAssertEqual(spec.operations[0].samples.map { $0.request != nil }, [true, false])
        XCTAssertFalse(result.warnings.contains { $0.kind == .typeNotRecognised }, "\(result.warnings)")
    }

    /// What the readers of generated pages and of list items must not take for structure: a quoted note is no
    /// caption, a bulleted sentence with a parenthesis is no field, a `> 422 Response` sample is no answer of the
    /// call; an example before its Slate request line still gives its bearer token and body. Odd headings and
    /// type cells read without a crash.
    func testNotesProseAndOddMarkupAreNotStructure() throws {
        let page = """
        ---
        language_tabs:
          - shell: Shell
        ---

        # Orders

        ## createOrder

        ```shell
        curl -X POST https://api.shop.example/v1/orders -H "Authorization: Bearer t" -d '{"item": "bolt"}'
        ```

        `POST /orders`

        <h2 a</h2>

        ### Request body

        > Note: needs the orders permission.

        | Name | Type | Description |
        |---|---|---|
        | item | string | What to order. |
        | code | ßßßß(x) | A code. |

        - Amounts (EUR) are in cents.

        > 422 Response

        ```json
        {"error": "no such item"}
        ```
        """
        let (spec, _) = try draft([("orders.md", page)])
        XCTAssertEqual(spec.auth.kind, .bearer)
        let operation = try XCTUnwrap(spec.operations.first)
        guard case .fields(let request)? = operation.requestBody?.shape else { return XCTFail("no request body") }
        XCTAssertEqual(request.fields.map(\.name), ["item", "code"])
        XCTAssertNil(operation.responseBody, "the 422 sample is no answer of the call")
        XCTAssertEqual(operation.samples.map { $0.request != nil }, [true])
    }

    /// A Default column's value is the field's default, as "Default: …" in its description is; method and path in
    /// two code spans are one request line.
    func testADefaultColumnAndARequestLineInTwoSpans() throws {
        let page = """
        ## Create user

        `POST` `{{baseUrl}}/users`

        ### Parameters

        | Parameter | Required | Type | Default | Description |
        |---|---|---|---|---|
        | name | Yes | string | | Display name |
        | role | No | string | `member` | One of `member`, `admin` |
        | active | No | boolean | true | Whether the user can sign in |
        """
        let (spec, _) = try draft([("users.md", page)])
        let operation = try XCTUnwrap(spec.operations.first)
        XCTAssertEqual("\(operation.method.rawValue) \(operation.path)", "POST /users")
        guard case .fields(let body)? = operation.requestBody?.shape else { return XCTFail("no request body") }
        XCTAssertEqual(body.fields.map { $0.defaultValue?.description ?? "-" }, ["-", "\"member\"", "true"])
        XCTAssertEqual(body.fields[1].type.description, "Role", "the description's code spans still name the values")
    }

    /// A bare "Parameters" heading places its rows as a table under the request line does; a kind column ("In")
    /// that says "body" puts a row in the body under any parameters heading.
    func testAParameterTablesBodyRowsAreTheBodysFields() throws {
        let page = """
        ## PUT /api/notes/{id}

        ### Parameters

        | Name | In | Type | Required | Description |
        |---|---|---|---|---|
        | id | path | string | yes | Which note. |
        | dryRun | query | boolean | no | Check only. |
        | text | body | string | yes | The note's new words. |

        ## POST /api/notes

        ### Request parameters

        | Name | In | Type | Required | Description |
        |---|---|---|---|---|
        | verbose | query | boolean | no | Say more. |
        | text | body | string | yes | The note's words. |
        """
        let (spec, _) = try draft([("notes.md", page)])
        XCTAssertEqual(spec.operations.count, 2)
        for (operation, parameters) in zip(spec.operations, [["path id", "query dryRun"], ["query verbose"]]) {
            XCTAssertEqual(operation.parameters.map { "\($0.location.rawValue) \($0.field.name)" }, parameters)
            guard case .fields(let body)? = operation.requestBody?.shape else { return XCTFail("a body row makes a body") }
            XCTAssertEqual(body.fields.map(\.name), ["text"])
        }
    }

    func testAGetPagesBodyRowsAreAWarningNotABody() throws {
        let page = """
        # Search

        ## GET /api/search

        Searches the items.

        ### Request body

        | Name | Type | Description |
        |---|---|---|
        | term | string | What to look for. |

        ### Response

        | Name | Type | Description |
        |---|---|---|
        | count | integer | How many. |
        """
        let (spec, result) = try draft([("search.md", page)])
        XCTAssertEqual(result.families, ["Markdown": 1])
        XCTAssertEqual(spec.operations.map { "\($0.method.rawValue) \($0.path)" }, ["GET /api/search"])
        XCTAssertNil(spec.operations.first?.requestBody)
        XCTAssertNotNil(spec.operations.first?.responseBody)
        let warning = try XCTUnwrap(result.warnings.first { $0.kind == .requestBodyNotSent })
        XCTAssertEqual("\(warning.place.file):\(warning.place.line)", "search.md:3")
    }

    func testPagesOfNoKnownFamilyStillGiveOperationsAndTables() throws {
        let page = """
        ---
        title: Contacts
        ---
        ## Create a contact

        ```shell
        curl -X POST https://api.example.com/v2/contacts -d '{"name": "Ada", "tags": ["vip"]}'
        ```

        Champ|Type|Obligatoire|Description
        ---|---|---|---
        name|String|oui|Le nom
        tags|Array of String|non|Étiquettes, `a\\|b`

        ```http
        HTTP/1.1 201 Created
        Content-Type: application/json

        {"id": "c1", "name": "Ada", "custom_fields": {"Billing Address": "1 Main St", "Stripe link": "https://x.example"}}
        ```
        """
        let (spec, result) = try draft([("contacts.md", page)])
        XCTAssertEqual(result.families, ["Markdown": 1])
        let operation = try XCTUnwrap(spec.operations.first)
        XCTAssertEqual("\(operation.method.rawValue) \(operation.path)", "POST /v2/contacts")
        XCTAssertEqual(spec.baseURL, "https://api.example.com")
        guard case .fields(let request)? = operation.requestBody?.shape else { return XCTFail("no request fields") }
        XCTAssertEqual(request.fields.map(\.name), ["name", "tags"])
        XCTAssertEqual(request.fields.map(\.isOptional), [false, true])
        // The answer's sample, tied to the operation: its keys with spaces are data, so `custom_fields` is a map.
        XCTAssertTrue(result.text.contains("\"{string}\""), result.text)
        XCTAssertEqual(ImportFigures(result).samplesKept, 2)
        XCTAssertEqual(ImportFigures(result).samplesWarned, 0)
    }

    func testRepeatedPlaceholdersAreNamedFromTheirSegments() {
        XCTAssertEqual(PathTemplate.distinct("/groups/{id}/members/{id}/$ref").path, "/groups/{groupId}/members/{memberId}/$ref")
        XCTAssertEqual(PathTemplate.distinct("/groups/{id}/members/{id}").repeated, ["id"])
        XCTAssertEqual(PathTemplate.distinct("/users/{id}/events").repeated, [])
        XCTAssertEqual(RequestLine.parse("GET /users/{id | userPrincipalName}/calendars/{id}")?.path, "/users/{id}/calendars/{id}")
        XCTAssertEqual(RequestLine.parse("GET /users/{id")?.path, "/users/{id}")
        XCTAssertEqual(PathTemplate.upperCasePlaceholders("/contacts/CONTACT_ID/notes/ID"), "/contacts/{contactId}/notes/{id}")
        for path in ["/a/{id}/b/{id}", "/a/{x y}", "/a/{", "a/b"] { XCTAssertTrue(ImportFigures.isMalformed(path), path) }
        XCTAssertFalse(ImportFigures.isMalformed("/groups/{groupId}/members/{memberId}/$ref"))
    }

    func testTypeCellsWrittenAsLinksAndMarkup() {
        func read(_ markup: String) -> InferredType? { TypeColumn.read(InlineText(markup: markup[...], column: 1)) }
        XCTAssertEqual(read("[Contact[]](/api/reference/object_types/contact)"), .list(.named("Contact")))
        XCTAssertEqual(read("[event](event.md) collection"), .list(.named("event")))
        XCTAssertEqual(read("String collection"), .list(.scalar(.string)))
        XCTAssertEqual(read("string/null"), .scalar(.string))
    }

    func testEscapedPipesAndBareTables() {
        let page = MarkdownPage(file: "t.md", text: "Name|Type|Description\n----|----|---\ntags|String{} \\| Object|Tags\n")
        guard case .table(let table)? = page.blocks.first else { return XCTFail("\(page.blocks)") }
        XCTAssertEqual(table.header.map(\.text.plain), ["Name", "Type", "Description"])
        XCTAssertEqual(table.rows.first?.map(\.text.plain), ["tags", "String{} | Object", "Tags"])
    }

    func testAReImportWithoutTheResourcePageRemovesNothing() throws {
        let pages = Self.graphPages
        let first = DocsImporter.importPages(pages)
        let base = try XCTUnwrap(SpecMerger.baseRecord(of: first.text))
        let partial = DocsImporter.importPages([pages[0]])
        XCTAssertEqual(partial.warnings.filter { $0.kind == .undescribedType }.count, 4, "\(partial.warnings)")
        let merged = try XCTUnwrap(SpecMerger.merge(spec: first.text, specPath: "spec.json", base: base, incoming: partial.text,
                                                    coverage: partial.coverage))
        XCTAssertEqual(merged.applied.filter { $0.hasPrefix("removed") }, [])
        XCTAssertEqual(merged.errors.map(\.description), [])
    }

    func testGraphPagesTieSamplesToTheirOperation() throws {
        let (spec, result) = try draft(Self.graphPages)
        XCTAssertEqual(result.families, ["Microsoft Graph": 2])
        XCTAssertEqual(spec.baseURL, "https://graph.example.com/v1.0")
        XCTAssertEqual(spec.operations.map(\.path), ["/me/widgets", "/groups/{id}/widgets"])
        let create = spec.operations[0]
        XCTAssertEqual(create.samples.count, 2)
        XCTAssertEqual(create.successStatus, 201)
        guard case .fields(let request)? = create.requestBody?.shape else { return XCTFail("no request body") }
        XCTAssertEqual(request.fields.map(\.name), ["size"], "the page marks id read-only: the server sets it")
        XCTAssertTrue(request.fields.allSatisfy(\.isOptional))
        XCTAssertTrue(create.note?.contains("read-only, which the server sets (id)") == true, create.note ?? "no note")
    }

    static var graphPages: [(file: String, text: String)] {
        let resource = """
        ---
        title: "widget resource type"
        doc_type: resourcePageType
        ---
        # widget resource type

        ## Properties
        | Property | Type | Description |
        |:--|:--|:--|
        |id|String|Read-only.|
        |size|Int32|How big.|
        """
        let api = """
        ---
        title: "Create widget"
        doc_type: apiPageType
        ---
        # Create widget

        ## HTTP request
        ```http
        POST /me/widgets
        POST /groups/{id}/widgets
        ```
        ## Request body
        In the request body, supply a JSON representation of a [widget](../resources/widget.md) object.

        ## Response
        If successful, this method returns a `201 Created` response code and a [widget](../resources/widget.md) object in the response body.

        ## Example
        ### Request
        ```http
        POST https://graph.example.com/v1.0/me/widgets
        Content-type: application/json

        {"size": 3}
        ```
        ### Response
        ```http
        HTTP/1.1 201 Created
        Content-type: application/json

        {"id": "w1", "size": 3}
        ```
        """
        return [("api/widget-post.md", api), ("resources/widget.md", resource)]
    }
    func testAFrontMatterTitleOutweighsAHeadingWithATypo() throws {
        let page = """
        ---
        title: GET /contacts/:uuid
        sidebar_position: 2
        ---
        # GET /contact/:uuid

        Fetches a contact.
        """
        let (spec, result) = try draft([("get_contact.md", page)])
        XCTAssertEqual(spec.operations.map(\.path), ["/contacts/{uuid}"])
        XCTAssertEqual(result.warnings.filter { $0.kind == .headingDisagreesWithTitle }.map(\.place.line), [5])
    }
}
