import APIRuntime
import Foundation
import KaizalaAPI

/// What a generated call costs besides the network: validate, encode, build
/// the request, decode the answer, through a transport that answers at once.
enum RuntimeBench {
    struct CannedTransport: Transport {
        let answer: Data
        /// Off: the call pays for the client's timer, as with a network transport.
        var boundsItsOwnTime: Bool { bounded }
        var bounded = false
        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            HTTPResponse(status: 200, headers: [HTTPHeader("Content-Type", "application/json")], body: answer)
        }
    }

    static func client(answering json: String, bounded: Bool = false) -> KaizalaClient {
        KaizalaClient(accessToken: "token", serverURL: "https://kms.kaiza.la/v1", transport: CannedTransport(answer: Data(json.utf8), bounded: bounded))
    }

    /// Per call: the median nanoseconds of `batches` batches of `calls` calls,
    /// and heap allocations (all threads) when `Benchmarks/malloc-count.so` is preloaded.
    static func perCall(calls: Int, batches: Int, _ body: () async throws -> Void) async throws -> Figures {
        for _ in 0..<(calls / 10) { try await body() }
        var nanoseconds: [Double] = []
        var allocations: [Double] = []
        for _ in 0..<batches {
            let allocated = AllocationCounter.count
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<calls { try await body() }
            nanoseconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / Double(calls))
            if let allocated, let now = AllocationCounter.count { allocations.append(Double(now - allocated) / Double(calls)) }
        }
        return Figures(nanoseconds: nanoseconds.sorted()[nanoseconds.count / 2],
                       allocations: allocations.isEmpty ? nil : allocations.sorted()[allocations.count / 2])
    }

    struct Figures {
        var nanoseconds: Double
        var allocations: Double?
    }

    static func run(calls: Int, batches: Int, only: String? = nil) async throws -> [(String, Figures)] {
        var results: [(String, Figures)] = []
        /// Measures `body` under `name` unless another call was asked for.
        func measure(_ name: String, calls: Int, _ body: () async throws -> Void) async throws {
            guard only.map({ name.hasPrefix($0) }) ?? true else { return }
            results.append((name, try await perCall(calls: calls, batches: batches, body)))
        }
        let messages = client(answering: #"{"referenceId":"853654b2-5874-462d-b709-0c4e43a7083f"}"#)
        let message = SendMessageRequest(message: "Hello All! Welcome to Kaizala.", subscribers: ["+911999999999", "+911999999998"])
        try await measure("sendMessage", calls: calls) {
            _ = try await messages.sendMessage(groupID: "853654b2-5874-462d-b709-0c4e43a7083f", body: message)
        }

        let boundedMessages = client(answering: #"{"referenceId":"853654b2-5874-462d-b709-0c4e43a7083f"}"#, bounded: true)
        try await measure("sendMessage, transport bounds its own time", calls: calls) {
            _ = try await boundedMessages.sendMessage(groupID: "853654b2-5874-462d-b709-0c4e43a7083f", body: message)
        }

        let groups = client(answering: #"{"groupName":"Field team","groupId":"853654b2-5874-462d-b709-0c4e43a7083f","membersAdded":true}"#)
        let group = CreateGroupRequest(name: "Field team", welcomeMessage: "Welcome", members: (0..<100).map { String(format: "+91199%07d", $0) }, groupType: .group)
        try await measure("createGroup, 100 members", calls: calls / 10) {
            _ = try await groups.createGroup(body: group)
        }

        let actions = client(answering: #"{"referenceId":"6007fe3a-cb7c-4eef-bb88-934273aabc1e"}"#)
        let questions = (1...20).map { number in
            SurveyQuestion(title: "Question \(number)", type: number.isMultiple(of: 2) ? .singleOption : .text,
                           options: number.isMultiple(of: 2) ? [.init(title: "Yes"), .init(title: "No"), .init(title: "Maybe")] : nil)
        }
        let survey = PostActionRequest(action: .survey(.init(title: "Site inspection", questions: questions)))
        try await measure("postAction, 20-question survey", calls: calls / 10) {
            _ = try await actions.postAction(groupID: "853654b2-5874-462d-b709-0c4e43a7083f", body: survey)
        }
        // Decode-heavy: ten groups with every documented detail.
        let detailed = #"{"groupId":"853654b2-5874-462d-b709-0c4e43a7083f","groupName":"Field team","groupImageUrl":"https://kaizala.example/g.png","#
            + #""hasSubGroups":false,"hasParentGroups":true,"isMappedToTenant":true,"groupType":"Group","userCount":120,"currentLevelUserCount":30,"#
            + #""callerRole":"Admin","currentLevelSubGroupCount":0,"currentLevelParentGroupCount":1,"uniqueUserCount":118,"#
            + #""currentLevelUnProvisionedUserCount":2,"unProvisionedUserCount":5,"isDuplicate":false,"isEditable":true,"isDetailsReadable":true}"#
        let listing = client(answering: #"{"groups":["# + Array(repeating: detailed, count: 10).joined(separator: ",") + "]}", bounded: true)
        try await measure("listGroups, 10 groups, transport bounds its own time", calls: calls / 10) {
            _ = try await listing.listGroups(showDetail: true)
        }
        return results
    }
}

/// Heap allocations so far, from `Benchmarks/malloc-count.so` when it is preloaded.
enum AllocationCounter {
    private typealias Count = @convention(c) () -> UInt
    nonisolated(unsafe) private static let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "apigen_allocations")

    static var count: UInt? {
        guard let symbol else { return nil }
        return unsafeBitCast(symbol, to: Count.self)()
    }
}
