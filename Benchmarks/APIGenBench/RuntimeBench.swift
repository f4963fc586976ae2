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

    /// Nanoseconds per call: the median of `batches` batches of `calls` calls.
    static func nanosecondsPerCall(calls: Int, batches: Int, _ body: () async throws -> Void) async throws -> Double {
        for _ in 0..<(calls / 10) { try await body() }
        var perCall: [Double] = []
        for _ in 0..<batches {
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<calls { try await body() }
            perCall.append(Double(DispatchTime.now().uptimeNanoseconds - start) / Double(calls))
        }
        return perCall.sorted()[perCall.count / 2]
    }

    static func run(calls: Int, batches: Int, only: String? = nil) async throws -> [(String, Double)] {
        var results: [(String, Double)] = []
        /// Measures `body` under `name` unless another call was asked for.
        func measure(_ name: String, calls: Int, _ body: () async throws -> Void) async throws {
            guard only.map({ name.hasPrefix($0) }) ?? true else { return }
            results.append((name, try await nanosecondsPerCall(calls: calls, batches: batches, body)))
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
