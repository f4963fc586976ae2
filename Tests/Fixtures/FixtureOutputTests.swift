import APIRuntime
import Foundation
import XCTest

/// The fixtures' generated code compiles (keywords, odd names, recursion)
/// and behaves: this file is compiled together with every `expected/` file.
final class FixtureOutputTests: XCTestCase {
    func testLandminesRoundTripThroughTheirWireNames() throws {
        let json = Data(#"{"default":"d","self":"s","class":"3gpp","init":true,"kz-callback-token":"k","3d_model":"m","snake_case_name":"n","dotted.name":"o","URL":"https://x.example","Capitalized":1,"description":"e","weird":"w"}"#.utf8)
        let value = try JSONCoding.decoder.decode(Protocol_.self, from: json)
        XCTAssertEqual(value.class, Type_._3gpp)
        XCTAssertEqual(value.self_, "s")
        XCTAssertEqual(value.renamedByHand, "w")
        XCTAssertEqual(value.kzCallbackToken, "k")
        XCTAssertEqual(Type_.knownValues_.rawValue, "knownValues")
        XCTAssertEqual([Type_.plus1, Type_.minus1, Type_.defaultCapitalized, Type_.default].map(\.rawValue),
                       ["+1", "-1", "Default", "default"])
        let again = try JSONCoding.decoder.decode(Protocol_.self, from: JSONCoding.encoder.encode(value))
        XCTAssertEqual(again, value)
        let choice = try JSONCoding.decoder.decode(Switch.self, from: Data(#"{"case":"unknown","default":{"default":"x"}}"#.utf8))
        XCTAssertEqual(choice, .unknown_(Protocol_(default: "x")))
    }

    func testRecursiveTreeValidatesEveryLevel() {
        let tree = TreeNode(name: "root", children: [TreeNode(name: "a", children: [TreeNode(name: "much too long")])],
                            byName: ["b": TreeNode(name: "also too long")])
        XCTAssertEqual(tree.violations.map(\.description), [
            "children[0].children[0].name: must be at most 10 characters (is 13)",
            #"byName["b"].name: must be at most 10 characters (is 13)"#,
        ])
        // Generated with `--hashable`: recursive models hash, as sets need.
        XCTAssertEqual(Set([tree, tree, TreeNode(name: "other")]).count, 2)
    }

    /// Types that hold themselves in place keep those fields in boxes (`@Indirect`): they read, write, compare,
    /// validate and code as plain properties, copies do not share changes, and the sample answers decode.
    func testTypesHoldingThemselvesInPlace() async throws {
        let thread = Thread(title: "Q", first: nil)
        var reply = Comment(text: "yes", parent: Comment(text: "why?", thread: thread), thread: thread)
        let before = reply
        reply.parent?.text = "a reply that is much too long"
        XCTAssertEqual(before.parent?.text, "why?", "a copy saw another's change")
        XCTAssertNotEqual(reply, before)
        XCTAssertEqual(reply.violations.map(\.description), ["parent.text: must be at most 20 characters (is 29)"])
        let again = try JSONCoding.decoder.decode(Comment.self, from: JSONCoding.encoder.encode(before))
        XCTAssertEqual(again, before)
        XCTAssertEqual(Set([before, again]).count, 1)

        let client = RecursiveClient(transport: SampleTransport(RecursiveClient.samples))
        let comment = try await client.getComment()
        XCTAssertEqual(comment.parent?.thread.first, nil)
        XCTAssertEqual(comment.thread.first?.text, "why?")
        let sum = Expr.sum(Sum(left: .number(1), right: .sum(Sum(left: .number(2), right: .number(3.5)))))
        let value = try await client.evaluate(body: sum)
        XCTAssertEqual(value, .number(6.5))
    }

    func testEveryLimitKindAndRule() {
        let form = Form(name: "x", code: "abc", age: 17, tags: [], labels: ["toolongkey": "v"], attachment: "a.exe", kind: "other",
                        password: "short")
        XCTAssertEqual(form.violations.map(\.rule), ["minLength", "pattern", "minimum", "minItems", "maxLength", "fileExtension", "minLength",
                                                     "anyOf", "requires", "requiredWhen"])
        XCTAssertFalse(form.violations.map(\.description).joined().contains("short"), "a secret leaked")
    }

    func testAListHoldsEachItemOnce() {
        let form = Form(name: "abc", code: "abc", tags: ["a", "b", "a"], kind: "other")
        XCTAssertEqual(form.violations.filter { $0.rule == "uniqueItems" }.map(\.description),
                       ["tags: must hold each item once (item 2 repeats item 0)"])
        let distinct = Form(name: "abc", code: "abc", tags: ["a", "b"], kind: "other")
        XCTAssertEqual(distinct.violations.filter { $0.rule == "uniqueItems" }, [])
    }

    func testExclusiveBoundsAndSteps() {
        func rules(_ weight: Double) -> [String] {
            Form(name: "abc", weight: weight).violations.filter { $0.path == "weight" }.map(\.description)
        }
        XCTAssertEqual(rules(0), ["weight: must be greater than 0 (is 0)"])
        XCTAssertEqual(rules(500), ["weight: must be less than 500 (is 500)"])
        XCTAssertEqual(rules(1.25), ["weight: must be a multiple of 0.1 (is 1.25)"])
        XCTAssertEqual(rules(0.3), [], "three steps of 0.1, though a Double holds neither exactly")
        XCTAssertEqual(rules(499.9), [])
    }

    func testUnionsAndDefaults() throws {
        let drawing = Drawing(shape: .template(templateID: "t1", body: Square(side: 2)), values: [.number(1), .text("a"), .list(["b"])])
        let json = String(decoding: try JSONCoding.encoder.encode(drawing), as: UTF8.self)
        XCTAssertEqual(json, #"{"shape":{"side":2},"templateId":"t1","values":[1,"a",["b"]]}"#, "size's default is the server's")
        XCTAssertEqual(try JSONCoding.decoder.decode(Drawing.self, from: Data(json.utf8)), drawing)
        XCTAssertEqual(Size.knownValues, [.small, .large, .extraLarge])
        XCTAssertEqual(Circle(radius: -1).violations.map(\.description), ["radius: must be at least 0 (is -1)"])
    }

    /// A union without a content key reads the tag, then the whole object as the variant; an unknown tag keeps
    /// the object; a variant's tag field that names another case is a violation before sending.
    func testUnionsTaggedInPlace() throws {
        let pets = #"[{"petType":"cat","lives":7},{"petType":"dog","name":"Rex"},{"petType":"fish","fins":2}]"#
        let decoded = try JSONCoding.decoder.decode([Pet].self, from: Data(pets.utf8))
        XCTAssertEqual(decoded, [.cat(Cat(petType: "cat", lives: 7)), .hound(Dog(petType: .dog, name: "Rex")),
                                 .unknown(tag: "fish", body: .object(["petType": .string("fish"), "fins": .integer(2)]))])
        let encoded = String(decoding: try JSONCoding.encoder.encode(decoded), as: UTF8.self)
        XCTAssertEqual(try JSONCoding.decoder.decode([Pet].self, from: Data(encoded.utf8)), decoded)
        XCTAssertEqual(String(decoding: try JSONCoding.encoder.encode(Pet.unknown(tag: "bird", body: nil)), as: UTF8.self),
                       #"{"petType":"bird"}"#)
        XCTAssertThrowsError(try JSONCoding.decoder.decode(Pet.self, from: Data(#"{"lives":7}"#.utf8)), "no tag")
        let drawing = Drawing(shape: .circle(Circle(radius: 1)), pet: .cat(Cat(petType: "dog", lives: 10)))
        XCTAssertEqual(drawing.violations.map(\.description),
                       ["pet.petType: must be cat for this variant (is dog)", "pet.lives: must be at most 9 (is 10)"])
        XCTAssertEqual(Pet.hound(Dog(petType: .dog, name: "")).violations.map(\.rule), ["minLength"])
    }

    /// An enum of whole numbers: numbers on the wire, a static member per value, other numbers kept.
    func testIntegerEnums() throws {
        XCTAssertEqual(Priority.knownValues, [._1, .normal, ._3, .minus1, ._9223372036854775807])
        XCTAssertEqual(Priority.normal.rawValue, 2)
        let decoded = try JSONCoding.decoder.decode([Priority].self, from: Data("[3,-1,9223372036854775807,7]".utf8))
        XCTAssertEqual(decoded, [._3, .minus1, ._9223372036854775807, Priority(rawValue: 7)])
        XCTAssertEqual(decoded.map(\.isKnown), [true, true, true, false])
        XCTAssertEqual(String(decoding: try JSONCoding.encoder.encode(decoded), as: UTF8.self), "[3,-1,9223372036854775807,7]")
        XCTAssertThrowsError(try JSONCoding.decoder.decode(Priority.self, from: Data(#""3""#.utf8)), "a string is not one")
        XCTAssertEqual(Priority.minus1.wireText, "-1")
        XCTAssertNil(Drawing(shape: .circle(Circle(radius: 1))).priority, "the default is the server's")
    }

    func testScalarsUseTheirSwiftTypes() throws {
        let value = EveryScalar(text: "t", small: 1, when: Date(timeIntervalSince1970: 0), sentAtMillis: 1_000, id: "i")
        XCTAssertEqual(value.large, 9_007_199_254_740_993)
        XCTAssertEqual(value.sentAtMillis?.date, Date(timeIntervalSince1970: 1))
        let json = String(decoding: try JSONCoding.encoder.encode(value), as: UTF8.self)
        XCTAssertTrue(json.contains(#""when":"1970-01-01T00:00:00Z""#), json)
    }

    /// A spec whose auth is `basic` gives a client made from a username and a password, sent as RFC 7617 says
    /// (UTF-8, base64) and masked as every credential is.
    func testBasicAuthSendsTheUsernameAndPassword() async throws {
        let value = EveryScalar(text: "t", small: 1, when: Date(timeIntervalSince1970: 0), sentAtMillis: 1_000, id: "i")
        let recorder = CheckedPositionsTests.Recorder(answer: String(decoding: try JSONCoding.encoder.encode(value),
                                                                     as: UTF8.self))
        let client = ScalarsClient(username: "Aladdin", password: "open sesame", transport: recorder)
        _ = try await client.echo(body: value)
        let request = try XCTUnwrap(recorder.requests.first)
        let sent = request.headers.filter { $0.name == "Authorization" }.map(\.value)
        XCTAssertEqual(sent, ["Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="])
        XCTAssertTrue(request.isSecret("Authorization"))
        let unicode = ScalarsClient(username: "test", password: "123£", transport: recorder)
        _ = try await unicode.echo(body: value)
        XCTAssertEqual(recorder.requests.last?.headers.first { $0.name == "Authorization" }?.value, "Basic dGVzdDoxMjPCow==")
    }
}

/// The Checks fixture: every limit in every position, enforced at run time.
final class CheckedPositionsTests: XCTestCase {
    /// Records requests and answers each with `answer`.
    final class Recorder: Transport, @unchecked Sendable {
        let lock = NSLock()
        var requests: [HTTPRequest] = []
        let answer: String

        init(answer: String = "[]") {
            self.answer = answer
        }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            lock.withLock { requests.append(request) }
            return HTTPResponse(status: 200, headers: [HTTPHeader("Content-Type", "application/json")], body: Data(answer.utf8))
        }
    }

    func testListAndMapVariantsOfUnionsValidateEachElement() {
        let plan = Plan(tones: [.calm], times: [2000], delivery: .batch([Person(name: "Ann"), Person(name: "Bartholomew")]),
                        who: .many([Person(name: "Al"), Person(name: "Christopher", phone: "12")]))
        XCTAssertEqual(plan.violations.map(\.description), [
            "payload[1].name: must be at most 5 characters (is 11)",
            "who[1].name: must be at most 5 characters (is 11)",
            #"who[1].phone: must be a phone number with country code, like +911999999999 (is "12")"#,
        ])
        let byKey = PersonOrList.byKey(["x": Person(name: "Maximilian")])
        XCTAssertEqual(byKey.violations.map(\.description), [#"["x"].name: must be at most 5 characters (is 10)"#])
    }

    func testItemsLimitsOnEnumsAndEpochTimes() {
        let plan = Plan(tones: [.calm, .aVeryLongTone], times: [999, 1000], byName: ["a": .calm, "b": Tone(rawValue: "Loud!")],
                        delivery: .note("n"), who: .one(Person(name: "Al")))
        XCTAssertEqual(plan.violations.map(\.description), [
            #"tones[1]: must be at most 4 characters (is 16)"#,
            "times[0]: must be at least 1000 (is 999)",
            #"byName["b"]: must match ^[a-z]+$ (is "Loud!")"#,
            "reason: reason is required when kind is note",
        ])
    }

    /// `[T?]` and `{T?}`: null items decode, encode back as null, and pass every limit; the others are checked.
    func testNullItemsOfListsAndMaps() throws {
        let json = #"{"members":[{"name":"Al"},null],"scores":[-1,null],"nicknames":{"al":"Alfred","bo":null},"grid":[[1,null,2],null]}"#
        for decoder in [JSONCoding.decoder, JSONDecoder()] {
            let roster = try decoder.decode(Roster.self, from: Data(json.utf8))
            XCTAssertEqual(roster.members, [Person(name: "Al"), nil])
            XCTAssertEqual(roster.nicknames, ["al": "Alfred", "bo": String?.none] as [String: String?])
            XCTAssertEqual(roster.grid, [[1, nil, 2], nil])
            XCTAssertEqual(roster.violations.map(\.description), [
                "scores[0]: must be at least 0 (is -1)",
                #"nicknames["al"]: must be at most 5 characters (is 6)"#,
                "grid[0]: must have at most 2 items (has 3)",
            ])
            for encoder in [JSONCoding.encoder, JSONEncoder()] {
                XCTAssertEqual(try decoder.decode(Roster.self, from: encoder.encode(roster)), roster)
            }
        }
        let seats = Roster(members: [nil, Person(name: "Much too long"), nil])
        XCTAssertEqual(seats.violations.map(\.description), ["members[1].name: must be at most 5 characters (is 13)"])
        XCTAssertThrowsError(try JSONCoding.decoder.decode(Person.self, from: Data("null".utf8)), "null is not a person")
    }

    func testAnUntaggedUnionThatMatchesNoVariantSaysWhyForEach() {
        do {
            _ = try JSONCoding.decode(PersonOrList.self, from: Data(#"{"phone": 3}"#.utf8))
            XCTFail("decoded although no variant fits")
        } catch {
            guard case .decoding(_, _, let message, _) = error else { return XCTFail("got \(error)") }
            XCTAssertTrue(message.contains("Person: name missing"), message)
            XCTAssertTrue(message.contains("[Person]: expected an array"), message)
            XCTAssertTrue(message.contains("{Person}: expected an object at phone"), message)
        }
    }

    func testEmailAddressesAndCalendarDates() throws {
        let person = Person(name: "Al", email: "al at example.com", birthday: CalendarDate(year: 1990, month: 2, day: 28))
        XCTAssertEqual(person.violations.map(\.rule), ["emailAddress"])
        XCTAssertEqual(Person(name: "Al", email: "al@example.com").violations, [])
        let json = String(decoding: try JSONCoding.encoder.encode(person), as: UTF8.self)
        XCTAssertTrue(json.contains(#""birthday":"1990-02-28""#), json)
        XCTAssertEqual(try JSONCoding.decoder.decode(Person.self, from: Data(json.utf8)), person)
        XCTAssertNil(CalendarDate("2023-02-29"), "not a day of the calendar")
        XCTAssertEqual(CalendarDate("2024-02-29")?.description, "2024-02-29")
        XCTAssertThrowsError(try JSONCoding.decoder.decode(Person.self, from: Data(#"{"name": "Al", "birthday": "29/02/2024"}"#.utf8)))
    }

    func testOneOrManyReadsOneItemAsAListOfOne() throws {
        let base = #""tones": [], "times": [], "kind": "note", "payload": "n", "who": {"name": "Al"}"#
        let one = try JSONCoding.decoder.decode(Plan.self, from: Data("{\(base), \"team\": {\"name\": \"Bo\"}}".utf8))
        XCTAssertEqual(one.team, [Person(name: "Bo")])
        let many = try JSONCoding.decoder.decode(Plan.self, from: Data("{\(base), \"team\": [{\"name\": \"Bo\"}, {\"name\": \"Cy\"}]}".utf8))
        XCTAssertEqual(many.team?.count, 2)
        let none = try JSONCoding.decoder.decode(Plan.self, from: Data("{\(base)}".utf8))
        XCTAssertNil(none.team)
        XCTAssertTrue(String(decoding: try JSONCoding.encoder.encode(one), as: UTF8.self).contains(#""team":[{"name":"Bo"}]"#), "sent as a list")
        XCTAssertThrowsError(try JSONCoding.decoder.decode(Plan.self, from: Data("{\(base), \"team\": [{\"nom\": 1}]}".utf8)),
                             "an element that does not decode is an error, not a single item")
    }

    func testTheSpecsSamplesAnswerWithoutTheService() async throws {
        let client = ChecksClient(transport: SampleTransport(ChecksClient.samples, choosing: ["invite": "Two"]))
        let two = try await client.invite(body: [Person(name: "Al")])
        XCTAssertEqual(two, .many([Person(name: "Al"), Person(name: "Bo")]))
        let first = ChecksClient(transport: SampleTransport(ChecksClient.samples))
        let one = try await first.invite(body: [Person(name: "Al")])
        XCTAssertEqual(one, .one(Person(name: "Al")))
        do {
            try await first.rename(body: "x")
            XCTFail("an operation without a sample answered")
        } catch {
            guard case .status(501, _, _, _) = error else { return XCTFail("got \(error)") }
        }
    }

    /// Answers page N of three, recording the page asked for.
    final class PagedPeople: Transport, @unchecked Sendable {
        let lock = NSLock()
        var asked: [String] = []

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            let page = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == "page" }?.value ?? "?"
            lock.withLock { asked.append(page) }
            let body = #"{"data": [{"name": "p\#(page)a"}, {"name": "p\#(page)b"}], "meta": {"page": \#(page), "pages": 3}}"#
            return HTTPResponse(status: 200, body: Data(body.utf8))
        }
    }

    func testPagesAreWalkedLazilyToTheLastOne() async throws {
        let transport = PagedPeople()
        let client = ChecksClient(transport: transport)
        let items = client.listPeopleItems(token: "t")
        XCTAssertEqual(transport.asked, [], "no request before iteration")
        var names: [String] = []
        for try await person in items { names.append(person.name) }
        XCTAssertEqual(names, ["p1a", "p1b", "p2a", "p2b", "p3a", "p3b"])
        XCTAssertEqual(transport.asked, ["1", "2", "3"], "stops at the last page")
        var numbers: [Int32] = []
        for try await page in client.listPeoplePages(page: 2) {
            numbers.append(page.meta.page)
        }
        XCTAssertEqual(numbers, [2, 3], "starts where the page argument says")
    }

    /// Three pages of notes, linked absolutely, then relatively, then not at all; or off the server.
    final class LinkedNotes: Transport, @unchecked Sendable {
        let lock = NSLock()
        var asked: [String] = []
        let offServer: Bool

        init(offServer: Bool = false) {
            self.offServer = offServer
        }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            let url = request.url.absoluteString
            lock.withLock { asked.append(url) }
            let body: String
            switch request.url.query ?? "" {
            case "tag=t": body = offServer ? #"{"notes": ["a"], "links": {"next": "https://elsewhere.example/notes?after=1"}}"#
                                            : #"{"notes": ["a", "b"], "links": {"next": "https://checks.example/notes?after=2"}}"#
            case "after=2": body = #"{"notes": ["c"], "links": {"next": "/notes?after=3"}}"#
            default: body = #"{"notes": ["d"]}"#
            }
            return HTTPResponse(status: 200, body: Data(body.utf8))
        }
    }

    func testNextLinksAreFollowedOnTheServerOnly() async throws {
        let transport = LinkedNotes()
        var notes: [String] = []
        for try await note in ChecksClient(transport: transport).listNotesItems(tag: "t") { notes.append(note) }
        XCTAssertEqual(notes, ["a", "b", "c", "d"])
        XCTAssertEqual(transport.asked, ["https://checks.example/notes?tag=t", "https://checks.example/notes?after=2",
                                         "https://checks.example/notes?after=3"])
        do {
            for try await _ in ChecksClient(transport: LinkedNotes(offServer: true)).listNotesPages(tag: "t") {}
            XCTFail("followed a link off the API's server")
        } catch {
            guard case .invalidRequest(let message)? = error as? APIError else { return XCTFail("got \(error)") }
            XCTAssertTrue(message.contains("off the API's server"), message)
        }
    }

    /// Tags after the cursor asked for: two, then one, then none; recording each cursor.
    final class TagsAfterCursor: Transport, @unchecked Sendable {
        let lock = NSLock()
        var asked: [String] = []

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            let query = request.url.query ?? ""
            lock.withLock { asked.append(query) }
            let body = switch query {
            case "since=0": #"{"tags": ["a", "b"], "next": "2"}"#
            case "since=2": #"{"tags": ["c"]}"#
            default: #"{"tags": []}"#
            }
            return HTTPResponse(status: 200, body: Data(body.utf8))
        }
    }

    func testACursorWithAClientDefaultStartsThereAndFollowsTheAnswers() async throws {
        let transport = TagsAfterCursor()
        var tags: [String] = []
        for try await tag in ChecksClient(transport: transport).listTagsItems() { tags.append(tag) }
        XCTAssertEqual(tags, ["a", "b", "c"])
        XCTAssertEqual(transport.asked, ["since=0", "since=2"])
    }

    func testAWalkEndsWhenItsTaskIsCancelled() async throws {
        let transport = PagedPeople()
        let client = ChecksClient(transport: transport)
        let task = Task {
            var seen = 0
            for try await _ in client.listPeoplePages() {
                seen += 1
                withUnsafeCurrentTask { $0?.cancel() }
            }
            return seen
        }
        let result = await task.result
        guard case .failure(let error) = result, case .cancelled? = error as? APIError else { return XCTFail("got \(result)") }
        XCTAssertEqual(transport.asked, ["1"], "no page after the cancellation")
    }

    /// `note` may be left out or null (`Nullable`, three states); `manager` may be null but is always sent (`Person?`).
    func testNullIsSentToClearAndLeftOutWhenAbsent() throws {
        func json(_ body: UpdatePersonRequest) throws -> String { String(decoding: try JSONCoding.encoder.encode(body), as: UTF8.self) }
        XCTAssertEqual(try json(UpdatePersonRequest(manager: nil)), #"{"manager":null}"#, "note left out, manager cleared")
        XCTAssertEqual(try json(UpdatePersonRequest(note: .null, manager: Person(name: "Al"))), #"{"manager":{"name":"Al"},"note":null}"#)
        XCTAssertEqual(try json(UpdatePersonRequest(note: "hi", manager: nil)), #"{"manager":null,"note":"hi"}"#, "a literal is a value")
        XCTAssertEqual(UpdatePersonRequest(note: .value("too long"), manager: Person(name: "Maximilian")).violations.map(\.description),
                       ["note: must be at most 5 characters (is 8)", "manager.name: must be at most 5 characters (is 10)"])
        XCTAssertEqual(UpdatePersonRequest(note: .null, manager: nil).violations, [], "limits do not apply to null")
        XCTAssertEqual(UpdatePersonRequest(manager: nil).violations, [], "nor to a value left out")
        let answer = try JSONCoding.decodeValue(UpdatePersonResponse.self, from: Data(#"{"note": null}"#.utf8))
        XCTAssertEqual(answer.note, nil)
        XCTAssertEqual(try JSONCoding.decodeValue(UpdatePersonResponse.self, from: Data(#"{"note": "x"}"#.utf8)).note, "x")
        XCTAssertThrowsError(try JSONCoding.decodeValue(UpdatePersonResponse.self, from: Data("{}".utf8)), "a required nullable key must be there")
        XCTAssertThrowsError(try JSONDecoder().decode(UpdatePersonResponse.self, from: Data("{}".utf8)), "with Foundation's decoder too")
    }

    /// Each state of both kinds of nullable field survives both JSON coders, and prints as what it is.
    func testTheThreeStatesRoundTripThroughBothCoders() throws {
        let requests = [UpdatePersonRequest(manager: nil), UpdatePersonRequest(note: .null, manager: Person(name: "Al")),
                        UpdatePersonRequest(note: "hi", manager: nil)]
        for request in requests {
            // The runtime's own coders (what clients use) and Foundation's.
            let runtime = try JSONCoding.encode(request)
            XCTAssertEqual(try JSONCoding.decodeValue(UpdatePersonRequest.self, from: runtime), request)
            let foundation = try JSONCoding.encoder.encode(request)
            XCTAssertEqual(try JSONDecoder().decode(UpdatePersonRequest.self, from: foundation), request)
            XCTAssertEqual(runtime, foundation, "the coders write the same bytes")
        }
        XCTAssertEqual(requests.map { "\($0.note)" }, ["absent", "null", "hi"])
        XCTAssertEqual(requests.map { String(reflecting: $0.note) }, ["absent", "null", "\"hi\""])
        XCTAssertEqual(String(describing: requests[0]), "UpdatePersonRequest(note: absent, manager: nil)")
    }

    /// HEAD and OPTIONS calls go out with their methods, and an operation on a shared route (route variant) sends
    /// the same method and path as the route's other operation.
    func testHeadOptionsAndRouteVariantsSendTheirRequests() async throws {
        let recorder = Recorder(answer: #"{"methods": ["GET", "PUT"]}"#)
        let client = ChecksClient(serverURL: "https://checks.example", transport: recorder)
        try await client.rosterExists()
        let offered = try await client.rosterMethods()
        XCTAssertEqual(offered.methods, ["GET", "PUT"])
        try await client.clearRoster(keepNames: true)
        XCTAssertEqual(recorder.requests.map { "\($0.method.rawValue) \($0.url.absoluteString)" }, [
            "HEAD https://checks.example/roster", "OPTIONS https://checks.example/roster",
            "PUT https://checks.example/roster?keepNames=true",
        ])
    }

    /// A body that is a file goes as its bytes, in the media type its `FileUpload` names, its name not sent.
    func testFileBodiesAreUploadedAsTheyAre() async throws {
        final class Recording: Transport, @unchecked Sendable {
            var requests: [HTTPRequest] = []
            func send(_ request: HTTPRequest) async throws -> HTTPResponse {
                requests.append(request)
                return HTTPResponse(status: 204)
            }
        }
        let transport = Recording()
        let client = ChecksClient(serverURL: "https://checks.example", transport: transport)
        let bytes = Data([0x50, 0x4B, 0x03, 0x04, 0xFF, 0x00])
        try await client.importRoster(body: FileUpload(fileName: "roster.xlsx", data: bytes), sheet: "May")
        try await client.importRoster(body: FileUpload(fileName: "rows", data: Data("a,b".utf8),
                                                       contentType: "text/csv"))
        XCTAssertEqual(transport.requests.map { "\($0.method.rawValue) \($0.url.absoluteString)" },
                       ["POST https://checks.example/roster/import?sheet=May",
                        "POST https://checks.example/roster/import"])
        XCTAssertEqual(transport.requests.map(\.body), [bytes, Data("a,b".utf8)])
        XCTAssertEqual(transport.requests.map { $0.headers["Content-Type"] },
                       ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"])
        let headers = transport.requests.flatMap(\.headers)
        XCTAssertFalse(headers.contains { $0.value.contains("roster.xlsx") }, "a raw body's file name is not sent")
    }

    /// An answer that is a file comes back as its bytes, with its type and the name its disposition suggests (a
    /// name only: no folder); an empty answer (202, "being made") as nil; a documented error answer is still thrown
    /// with its body.
    func testFileAnswersAreDownloadedAsTheyCame() async throws {
        struct Answering: Transport {
            let status: Int
            let headers: [HTTPHeader]
            let body: Data
            func send(_ request: HTTPRequest) async throws -> HTTPResponse {
                HTTPResponse(status: status, headers: headers, body: body)
            }
        }
        let bytes = Data([0x50, 0x4B, 0x03, 0x04, 0xFF, 0x00])
        let file = try await ChecksClient(serverURL: "https://checks.example", transport: Answering(
            status: 200, headers: [HTTPHeader("content-type", "application/zip"),
                                   HTTPHeader("Content-Disposition", #"attachment; filename="../../roster 1.zip""#)],
            body: bytes)).exportRoster()
        XCTAssertEqual(file, DownloadedFile(data: bytes, contentType: "application/zip", fileName: "roster 1.zip"))
        let plain = try await ChecksClient(serverURL: "https://checks.example",
                                           transport: Answering(status: 200, headers: [], body: Data())).exportRoster()
        XCTAssertEqual(plain, DownloadedFile(data: Data()))
        let notYet = try await ChecksClient(serverURL: "https://checks.example",
                                            transport: Answering(status: 202, headers: [], body: Data())).exportRoster()
        XCTAssertNil(notYet, "an empty answer is nil, not an empty file")
        do {
            _ = try await ChecksClient(serverURL: "https://checks.example", transport: Answering(
                status: 404, headers: [HTTPHeader("Content-Type", "application/json")],
                body: Data(#"{"message": "none"}"#.utf8))).exportRoster()
            XCTFail("a 404 was taken for a file")
        } catch {
            guard case .answered(let answer) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(answer.body(as: Problem.self)?.message, "none")
        }
        // A redirect to the file's own address is followed once, with a GET and without the API's credentials.
        final class Redirecting: Transport, @unchecked Sendable {
            let lock = NSLock()
            var requests: [HTTPRequest] = []
            func send(_ request: HTTPRequest) async throws -> HTTPResponse {
                lock.withLock { requests.append(request) }
                if request.url.host == "checks.example" {
                    return HTTPResponse(status: 302, headers: [HTTPHeader("Location", "https://files.example/r?sig=1")])
                }
                return HTTPResponse(status: 200, headers: [HTTPHeader("Content-Type", "text/csv")], body: Data("a,b".utf8))
            }
        }
        let redirecting = Redirecting()
        let signed = try await ChecksClient(client: APIClient(serverURL: "https://checks.example", transport: redirecting,
                                                              authorizer: BearerAuthorizer(token: "t"))).exportRoster()
        XCTAssertEqual(signed, DownloadedFile(data: Data("a,b".utf8), contentType: "text/csv"))
        XCTAssertEqual(redirecting.requests.map { "\($0.method.rawValue) \($0.url.absoluteString)" },
                       ["GET https://checks.example/roster/export", "GET https://files.example/r?sig=1"])
        XCTAssertEqual(redirecting.requests.map { $0.headers["Authorization"] }, ["Bearer t", nil])
        XCTAssertEqual(redirecting.requests.map { $0.headers["Accept"] }, ["*/*", "*/*"])
        XCTAssertEqual(DownloadedFile.fileName(inDisposition: "inline; filename=a.pdf"), "a.pdf")
        XCTAssertNil(DownloadedFile.fileName(inDisposition: "attachment"))
        XCTAssertEqual(DownloadedFile.fileName(inDisposition: #"attachment; filename="a;b \"c\".pdf"; size=3"#), #"a;b "c".pdf"#)
        XCTAssertEqual(DownloadedFile.fileName(inDisposition: "attachment; filename=x.pdf; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf"),
                       "résumé.pdf")
        XCTAssertNil(DownloadedFile.fileName(inDisposition: #"attachment; filename="..""#))
    }

    func testRulesOnABoolAndOnAnInlineUnionsTag() {
        var plan = Plan(tones: [], times: [], urgent: true, delivery: .single(Person(name: "Al")), who: .one(Person(name: "Al")))
        XCTAssertEqual(plan.violations.map(\.description), ["reason: reason is required when urgent is true"])
        plan.urgent = false
        XCTAssertEqual(plan.violations, [])
    }

    func testMultipartFieldsAndParametersAreCheckedBeforeSending() async throws {
        let recorder = Recorder()
        let client = ChecksClient(serverURL: "https://checks.example", transport: recorder)
        do {
            _ = try await client.upload(tone: .aVeryLongTone, file: FileUpload(fileName: "a.exe", data: Data()), caption: "a caption too long",
                                        copies: 4, since: 5, tones: [.loud, .aVeryLongTone])
            XCTFail("sent although invalid")
        } catch let error {
            guard case .validation(let validation) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(validation.violations.map(\.description), [
                "tone: must be at most 4 characters (is 16)",
                "caption: must be at most 10 characters (is 18)",
                "copies: must be at most 3 (is 4)",
                "since: must be at least 100 (is 5)",
                "tones[1]: must be at most 4 characters (is 16)",
                #"file: must end in one of .pdf (is "a.exe")"#,
            ])
        }
        XCTAssertEqual(recorder.requests.count, 0)
    }

    /// A `deepObject` parameter sends its object's members as `name[member]=value`, after its own limits.
    func testObjectsInTheQueryAreSentAsTheirMembers() async throws {
        let recorder = Recorder(answer: #"["2020-01-02T03:04:05Z"]"#)
        let client = ChecksClient(serverURL: "https://checks.example", transport: recorder)
        let file = FileUpload(fileName: "a.pdf", data: Data("%PDF".utf8))
        _ = try await client.upload(tone: .calm, file: file, caption: "hi", since: 100, window: Window(gt: 5, lt: 9))
        XCTAssertEqual(recorder.requests.last?.url.query, "since=100&window%5Bgt%5D=5&window%5Blt%5D=9")
        do {
            _ = try await client.upload(tone: .calm, file: file, caption: "hi", since: 100, window: Window(lt: 2000))
            XCTFail("a limit of the object was not checked")
        } catch {
            guard case .validation(let failure) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(failure.violations.map(\.description), ["window.lt: must be at most 1000 (is 2000)"])
        }
        XCTAssertEqual(recorder.requests.count, 1, "nothing sent with a violation")
        do {
            // A map of objects: each value's limits, at its key.
            _ = try await client.upload(tone: .calm, file: file, caption: "hi", since: 100,
                                        windows: ["b": Window(lt: 3000), "a": Window(lt: 2000), "c": Window(lt: 7)])
            XCTFail("a limit of a map's value was not checked")
        } catch {
            guard case .validation(let failure) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(failure.violations.map(\.description), ["windows[\"a\"].lt: must be at most 1000 (is 2000)",
                                                                   "windows[\"b\"].lt: must be at most 1000 (is 3000)"])
        }
        _ = try await client.upload(tone: .calm, file: file, caption: "hi", since: 100, windows: ["a": Window(lt: 7)])
        XCTAssertEqual(recorder.requests.last?.url.query, "since=100&windows%5Ba%5D%5Blt%5D=7")
        // A list of objects: numbered, each item's limits at its index (Stripe's `lines[0][amount]=`).
        do {
            _ = try await client.upload(tone: .calm, file: file, caption: "hi", since: 100,
                                        spans: [Window(lt: 7), Window(lt: 2000)])
            XCTFail("a limit of a list's item was not checked")
        } catch {
            guard case .validation(let failure) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(failure.violations.map(\.description), ["spans[1].lt: must be at most 1000 (is 2000)"])
        }
        _ = try await client.upload(tone: .calm, file: file, caption: "hi", since: 100,
                                    spans: [Window(gt: 1), Window(lt: 7)])
        XCTAssertEqual(recorder.requests.last?.url.query.map { $0.removingPercentEncoding ?? $0 },
                       "since=100&spans[0][gt]=1&spans[1][lt]=7")
    }

    func testOptionalAndNumericMultipartFieldsAreSentAsText() async throws {
        let recorder = Recorder(answer: #"["2020-01-02T03:04:05Z"]"#)
        let client = ChecksClient(serverURL: "https://checks.example", transport: recorder)
        let dates = try await client.upload(tone: .calm, file: FileUpload(fileName: "a.pdf", data: Data("%PDF".utf8)), caption: "hi",
                                            copies: 2, since: 100, tones: [.calm, .loud], labels: ["a", "b"], expand: ["data", "owner"])
        XCTAssertEqual(dates, [Date(timeIntervalSince1970: 1_577_934_245)])
        let request = try XCTUnwrap(recorder.requests.first)
        XCTAssertEqual(request.url.absoluteString,
                       "https://checks.example/files/calm?since=100&tones=calm&tones=loud&labels=a,b&expand%5B%5D=data&expand%5B%5D=owner",
                       "lists repeated by default, comma-separated or bracketed where the spec says; the server's default not sent")
        XCTAssertEqual(request.headers["X-Version"], "2", "a client default is sent")
        _ = try await client.upload(tone: .calm, file: FileUpload(fileName: "a.pdf", data: Data()), caption: "hi", since: 100, quality: 95)
        XCTAssertEqual(recorder.requests.last?.url.query, "since=100&quality=95")
        let body = String(decoding: request.body ?? Data(), as: UTF8.self)
        XCTAssertTrue(body.contains("name=\"copies\"\r\n\r\n2\r\n"), body)
        XCTAssertFalse(body.contains("thumbnail"), body)
    }

    /// A list field is a part per item, under the list's name; an object is a JSON part. Every limit is checked
    /// before sending: the lists', their items' file types, and the objects' own.
    func testMultipartListsAreAPartPerItemAndObjectsAreJSON() async throws {
        let recorder = Recorder(answer: #"[]"#)
        let client = ChecksClient(serverURL: "https://checks.example", transport: recorder)
        let file = FileUpload(fileName: "a.pdf", data: Data("%PDF".utf8))
        let pages = [FileUpload(fileName: "1.png", data: Data("one".utf8)), FileUpload(fileName: "2.png", data: Data())]
        _ = try await client.upload(tone: .calm, file: file, caption: "hi", keywords: ["red", "blue"], pages: pages,
                                    frame: Window(lt: 7), frames: [Window(gt: 1), Window(lt: 2)], since: 100)
        let body = String(decoding: try XCTUnwrap(recorder.requests.last?.body), as: UTF8.self)
        let names = body.components(separatedBy: "\r\n").filter { $0.hasPrefix("Content-Disposition") }
        let disposition = "Content-Disposition: form-data; name="
        XCTAssertEqual(names, [#"file"; filename="a.pdf""#, #"caption""#, #"keywords""#, #"keywords""#,
                               #"pages"; filename="1.png""#, #"pages"; filename="2.png""#,
                               #"frame""#, #"frames""#, #"frames""#].map { disposition + "\"" + $0 })
        XCTAssertTrue(body.contains("name=\"keywords\"\r\n\r\nred\r\n"), body)
        XCTAssertTrue(body.contains("name=\"frame\"\r\nContent-Type: application/json\r\n\r\n{\"lt\":7}\r\n"), body)
        XCTAssertTrue(body.contains("name=\"frames\"\r\nContent-Type: application/json\r\n\r\n{\"gt\":1}\r\n"), body)
        _ = try await client.upload(tone: .calm, file: file, caption: "hi", keywords: [], since: 100)
        let empty = String(decoding: try XCTUnwrap(recorder.requests.last?.body), as: UTF8.self)
        XCTAssertFalse(empty.contains("keywords"), "an empty list sends no part")
        do {
            _ = try await client.upload(tone: .calm, file: file, caption: "hi", keywords: ["a", "b", "colour"],
                                        pages: [pages[0], FileUpload(fileName: "3.gif", data: Data())],
                                        frame: Window(lt: 2000), frames: [Window(lt: 1), Window(lt: 3000)], since: 100)
            XCTFail("sent although invalid")
        } catch {
            guard case .validation(let failure) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(failure.violations.map(\.description), [
                "keywords: must have at most 2 items (has 3)", "keywords[2]: must be at most 4 characters (is 6)",
                "frame.lt: must be at most 1000 (is 2000)", "frames[1].lt: must be at most 1000 (is 3000)",
                "pages[1]: must end in one of .png (is \"3.gif\")",
            ])
        }
        XCTAssertEqual(recorder.requests.count, 2, "nothing sent when invalid")
    }

    func testPlainListAndStringBodies() async throws {
        let recorder = Recorder(answer: #"[{"name": "Al"}]"#)
        let client = ChecksClient(serverURL: "https://checks.example", transport: recorder)
        do {
            _ = try await client.invite(body: [Person(name: "Al"), Person(name: "Bartholomew")])
            XCTFail("sent although invalid")
        } catch let error {
            guard case .validation(let validation) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(validation.violations.map(\.description), ["[1].name: must be at most 5 characters (is 11)"])
        }
        let answer = try await client.invite(body: [Person(name: "Al")])
        XCTAssertEqual(answer, .many([Person(name: "Al")]))
        try await client.rename(body: "New \"name\"")
        XCTAssertEqual(recorder.requests.last.map { String(decoding: $0.body ?? Data(), as: UTF8.self) }, #""New \"name\"""#)
    }
}
