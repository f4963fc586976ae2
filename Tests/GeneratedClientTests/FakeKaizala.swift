import Foundation
import LoopbackHTTPServer

/// A small stateful stand-in for the Kaizala service on 127.0.0.1.
///
/// It signs in with a PIN, issues access tokens at `/v1/accessToken`, and
/// serves the calls under the endpoint the token names (`/kms/v1`): groups,
/// members, messages, actions, subscribers and webhooks, kept in memory.
/// Requests are read with `JSONSerialization`, never with the generated
/// models, so the wire format is checked independently of the code under test.
final class FakeKaizala: @unchecked Sendable {
    static let applicationID = "app-id"
    static let applicationSecret = "app-secret"
    static let refreshToken = "refresh-1"
    static let pin = 4321

    private let lock = NSLock()
    private var tokensIssued = 0
    private var validToken: String?
    private var currentRefreshToken = FakeKaizala.refreshToken
    private var rotateTo: String?
    private var movedRoot: String?
    private var groups: [String: [String]] = [:]
    private var nextID = 0
    private(set) var messages: [(group: String, body: [String: Any])] = []
    private(set) var actions: [(group: String, body: [String: Any])] = []
    private(set) var responses: [(action: String, body: [String: Any])] = []
    private var webhooks: [(id: String, body: [String: Any])] = []
    private var server: LoopbackServer?

    var baseURL: String { server?.baseURL ?? "" }
    var requests: [LoopbackServer.Request] { server?.requests ?? [] }
    var tokenCount: Int { lock.withLock { tokensIssued } }

    init(subscribers: Int = 0) throws {
        groups["seeded"] = (0..<subscribers).map { String(format: "+9199%08d", $0) }
        server = try LoopbackServer { [unowned self] request in self.lock.withLock { self.handle(request) } }
    }

    deinit { server?.stop() }

    /// Makes every access token issued so far invalid, as if it expired early.
    func revokeTokens() { lock.withLock { validToken = nil } }

    /// The next token answer carries `refreshToken`, as the service does
    /// after 90% of a refresh token's validity.
    func rotateRefreshToken(to refreshToken: String) { lock.withLock { rotateTo = refreshToken } }

    /// Calls to the first endpoint now answer 308 with a `Location` under `/kms2`.
    func moveEndpoint() { lock.withLock { movedRoot = "/kms2" } }

    func members(of group: String) -> [String] { lock.withLock { groups[group] ?? [] } }

    // MARK: - Routing

    private func handle(_ request: LoopbackServer.Request) -> LoopbackServer.Response {
        switch request.path {
        case "/v1/generatePin": return signIn(request, answer: [:])
        case "/v1/loginWithPinAndApplicationId": return signIn(request, answer: ["refreshToken": Self.refreshToken, "refreshTokenExpiry": 1_900_000_000_000])
        case "/v1/accessToken": return issueToken(request)
        default: break
        }
        var parts = request.path.split(separator: "/").map(String.init)
        guard parts.count >= 3, parts[1] == "v1" else { return error(404, "no such route") }
        let root = "/" + parts.removeFirst()
        parts.removeFirst()
        if let movedRoot, root != movedRoot {
            return LoopbackServer.Response(status: 308, headers: [("Location", baseURL + movedRoot + "/v1/" + parts.joined(separator: "/"))])
        }
        guard let token = request.header("accessToken"), token == validToken else { return error(401, "access token expired") }
        return route(request, parts)
    }

    private func route(_ request: LoopbackServer.Request, _ parts: [String]) -> LoopbackServer.Response {
        let body = (try? JSONSerialization.jsonObject(with: request.body)) as? [String: Any] ?? [:]
        switch (request.method, parts.count, parts.first) {
        case ("POST", 1, "groups"):
            nextID += 1
            let id = "group-\(nextID)"
            groups[id] = body["members"] as? [String] ?? []
            return json(["groupName": body["name"] ?? "", "groupId": id, "membersAdded": true])
        case ("POST", 1, "webhook"):
            nextID += 1
            webhooks.append(("hook-\(nextID)", body))
            return json(["webhookId": "hook-\(nextID)"])
        case ("GET", 1, "webhook"):
            let objectID = request.query?.split(separator: "&").first { $0.hasPrefix("objectId=") }?.dropFirst(9)
            let listed = webhooks.filter { $0.body["objectId"] as? String == objectID.map(String.init) }
            return json(["webhooks": listed.map(Self.webhookRecord)])
        case ("PUT", 2, "webhook"):
            guard let index = webhooks.firstIndex(where: { $0.id == parts[1] }) else { return error(404, "no such webhook") }
            webhooks[index].body.merge(body) { _, new in new }
            return LoopbackServer.Response(status: 200)
        case ("DELETE", 2, "webhook"):
            guard let index = webhooks.firstIndex(where: { $0.id == parts[1] }) else { return error(404, "no such webhook") }
            webhooks.remove(at: index)
            return LoopbackServer.Response(status: 204)
        case (_, _, "groups"):
            guard groups[parts[1]] != nil else { return error(404, "no such group") }
            return routeGroup(request, group: parts[1], rest: Array(parts.dropFirst(2)), body: body)
        default:
            return error(404, "no such route")
        }
    }

    private func routeGroup(_ request: LoopbackServer.Request, group: String, rest: [String], body: [String: Any]) -> LoopbackServer.Response {
        switch (request.method, rest) {
        case ("PUT", ["members"]):
            groups[group, default: []] += body["members"] as? [String] ?? []
            return json(["result": "true"])
        case ("GET", ["members"]):
            let members = (groups[group] ?? []).enumerated().map { index, number in
                ["id": "member-\(index)", "role": index == 0 ? "Admin" : "Member", "mobileNumber": number, "isProvisioned": true] as [String: Any]
            }
            return json(["members": members])
        case ("POST", ["messages"]):
            messages.append((group, body))
            return json(["referenceId": "message-\(messages.count)"])
        case ("POST", ["actions"]):
            actions.append((group, body))
            return json(["referenceId": "action-\(actions.count)"])
        case ("POST", let path) where path.count == 3 && path[0] == "actions" && path[2] == "responses":
            responses.append((path[1], body))
            return json(["responseId": "response-\(responses.count)"])
        case ("POST", ["subscribers"]):
            return subscriberPage(of: groups[group] ?? [], body: body)
        case ("GET", ["reaction", "summary"]):
            let summaries = (0..<5).map { ["referenceId": "action-\($0)", "reactionsCountMap": ["like": $0]] as [String: Any] }
            return reactionPage(summaries, key: "summary", request)
        case ("GET", let path) where path.count == 2 && path[0] == "reaction":
            let details = (0..<5).map { ["reactionId": "reaction-\($0)", "userId": "user-\($0)", "lastModifiedTime": 1_529_573_303_063 + $0] as [String: Any] }
            return reactionPage(details, key: "reactionDetails", request)
        default:
            return error(404, "no such route")
        }
    }

    // MARK: - Answers

    private func signIn(_ request: LoopbackServer.Request, answer: [String: Any]) -> LoopbackServer.Response {
        let body = (try? JSONSerialization.jsonObject(with: request.body)) as? [String: Any] ?? [:]
        guard body["applicationId"] as? String == Self.applicationID, body["mobileNumber"] is String else { return error(400, "bad sign-in") }
        if answer.isEmpty { return json([:]) }
        return body["pin"] as? Int == Self.pin ? json(answer) : error(401, "wrong PIN")
    }

    private func issueToken(_ request: LoopbackServer.Request) -> LoopbackServer.Response {
        let presented = request.header("refreshToken")
        guard request.header("applicationId") == Self.applicationID, request.header("applicationSecret") == Self.applicationSecret,
              presented == currentRefreshToken || (presented != nil && presented == rotateTo)
        else { return error(401, "bad credentials") }
        if presented == rotateTo {
            currentRefreshToken = presented ?? ""
            rotateTo = nil
        }
        tokensIssued += 1
        validToken = "access-\(tokensIssued)"
        return json(["accessToken": validToken ?? "", "endpointUrl": baseURL + "/kms/",
                     "accessTokenExpiry": Int64((Date().timeIntervalSince1970 + 86_400) * 1000), "refreshToken": rotateTo ?? ""])
    }

    /// Pages through `all` with an opaque cursor (the next index, as text).
    private func subscriberPage(of all: [String], body: [String: Any]) -> LoopbackServer.Response {
        let count = body["count"] as? Int ?? 50
        let start = (body["cursor"] as? String).flatMap(Int.init) ?? 0
        let end = min(all.count, start + count)
        var answer: [String: Any] = ["subscribers": all[start..<end].map { ["id": "subscriber-\($0.suffix(4))", "mobileNumber": $0] }]
        if end < all.count { answer["cursor"] = String(end) }
        return json(answer)
    }

    /// Two reactions a page, the cursor a large tick count as Kaizala's (only its order matters).
    private func reactionPage(_ all: [[String: Any]], key: String, _ request: LoopbackServer.Request) -> LoopbackServer.Response {
        let query = URLComponents(string: "http://x/?" + (request.query ?? ""))?.queryItems ?? []
        let ticks: Int64 = 636_674_054_802_000_000
        let cursor = query.first { $0.name == "cursor" }?.value.flatMap(Int64.init) ?? 0
        let start = cursor == 0 ? 0 : Int(cursor - ticks)
        let end = min(all.count, start + 2)
        var answer: [String: Any] = [key: Array(all[start..<end])]
        if end < all.count { answer["cursor"] = ticks + Int64(end) }
        return json(answer)
    }

    private static func webhookRecord(_ hook: (id: String, body: [String: Any])) -> [String: Any] {
        ["id": hook.id, "objectId": hook.body["objectId"] ?? "", "objectType": hook.body["objectType"] ?? "",
         "events": hook.body["eventTypes"] ?? [], "callbackUrl": hook.body["callBackUrl"] ?? "",
         "active": (hook.body["Active"] as? String ?? "true") == "true"]
    }

    private func json(_ object: [String: Any]) -> LoopbackServer.Response {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return LoopbackServer.Response(status: 200, headers: [("Content-Type", "application/json")], body: data)
    }

    private func error(_ status: Int, _ message: String) -> LoopbackServer.Response {
        var response = json(["error": message])
        response.status = status
        return response
    }
}
