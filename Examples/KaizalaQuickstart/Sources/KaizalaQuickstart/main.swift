import APIRuntime
import Foundation
import KaizalaAPI

// The README's Kaizala walkthrough: sign in with the connector's
// credentials, create a group, send a message.
//
//   swift run KaizalaQuickstart --dry-run    print the requests instead of sending them
//   swift run KaizalaQuickstart              send them; needs KAIZALA_APPLICATION_ID,
//                                            KAIZALA_APPLICATION_SECRET and KAIZALA_REFRESH_TOKEN

let arguments = CommandLine.arguments.dropFirst()
let dryRun = arguments.contains("--dry-run")
if let unknown = arguments.first(where: { $0 != "--dry-run" }) {
    FileHandle.standardError.write(Data("KaizalaQuickstart: unknown argument '\(unknown)'; use --dry-run\n".utf8))
    exit(2)
}

let environment = ProcessInfo.processInfo.environment
let credentials: KaizalaCredentials
if dryRun {
    credentials = KaizalaCredentials(applicationID: "dry-run-app", applicationSecret: "dry-run-secret", refreshToken: "dry-run-refresh")
} else if let id = environment["KAIZALA_APPLICATION_ID"], let secret = environment["KAIZALA_APPLICATION_SECRET"],
          let refresh = environment["KAIZALA_REFRESH_TOKEN"] {
    credentials = KaizalaCredentials(applicationID: id, applicationSecret: secret, refreshToken: refresh)
} else {
    FileHandle.standardError.write(Data("KaizalaQuickstart: set KAIZALA_APPLICATION_ID, KAIZALA_APPLICATION_SECRET and KAIZALA_REFRESH_TOKEN, or pass --dry-run\n".utf8))
    exit(2)
}

let transport: any Transport = dryRun ? DryRunTransport() : URLSessionTransport()
let kaizala = KaizalaClient(credentials: credentials, transport: transport)

do {
    let group = try await kaizala.createGroup(body: .init(
        name: "Field team", welcomeMessage: "Welcome!", members: ["+911999999999"], groupType: .group))
    print("created group \(group.groupID)")
    let sent = try await kaizala.sendMessage(groupID: group.groupID, body: .init(message: "Hello from Swift"))
    print("sent message \(sent.referenceID)")
} catch {
    FileHandle.standardError.write(Data("KaizalaQuickstart: \(error)\n".utf8))
    exit(1)
}
