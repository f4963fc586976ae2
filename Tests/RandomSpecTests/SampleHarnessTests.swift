import Foundation
import SpecFuzzing
import XCTest

/// The harness `apigen-fuzz --run` compiles beside each client reports what
/// the client refuses, check by check: shown on a spec whose values lint
/// refuses, run as if lint had let them through.
final class SampleHarnessTests: XCTestCase {
    static let spec = #"""
        {"name": "P", "baseURL": "https://x.example",
         "types": [{"name": "Page", "fields": [{"name": "size", "type": "int32", "maximum": 50, "default": 100, "clientDefault": true},
                                               {"name": "order", "type": "string", "default": "asc", "clientDefault": true}]}],
         "operations": [
           {"name": "send", "summary": "S.", "group": "g", "method": "POST", "path": "/s",
            "parameters": [{"name": "to", "in": "query", "type": "phone", "default": "nobody", "clientDefault": true}],
            "requestBody": {"fields": [{"name": "note", "type": "string", "maxLength": 3}]},
            "responseBody": {"fields": [{"name": "count", "type": "int32"}]},
            "samples": [{"title": "Too long", "request": {"note": "toolong"}, "response": {"count": "three"}},
                        {"title": "Fine", "request": {"note": "ok"}, "response": {"count": 3}}]},
           {"name": "ping", "summary": "S.", "group": "g", "method": "GET", "path": "/ping",
            "parameters": [{"name": "n", "in": "query", "type": "int32", "default": 1, "clientDefault": true}]},
           {"name": "pong", "summary": "S.", "group": "g", "method": "GET", "path": "/pong",
            "parameters": [{"name": "n", "in": "query", "type": "int32", "default": 2, "clientDefault": true}]}]}
        """#

    func testEachRefusedValueIsReportedWithItsCheck() throws {
        let modules = try XCTUnwrap(SpecFuzzer.modulesFolder(), "APIRuntime.swiftmodule not found near \(CommandLine.arguments[0])")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-harness-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let runs = SpecFuzzer.run([(name: "refused", text: Self.spec)], modules: modules, folder: folder, lintMustBeClean: false)
        let run = try XCTUnwrap(runs.first)
        XCTAssertTrue(run.ran)
        XCTAssertEqual(run.tally.checked, ["request samples": 2, "response samples": 2, "client defaults": 5])
        guard case .broken(let why) = run.outcome else { return XCTFail("the harness found nothing wrong") }
        // One line per refused check, named as the harness names it; none for the values the client accepts.
        let failed = why.split(separator: "\n").filter { $0.hasPrefix("request samples: ") || $0.hasPrefix("response samples: ")
            || $0.hasPrefix("client defaults: ") || $0.hasPrefix("lint was clean") }
        XCTAssertEqual(failed.count, 4, why)
        XCTAssertTrue(failed.contains { $0.contains("operation 'send' sample 'Too long' request:") }, why)
        XCTAssertTrue(failed.contains { $0.contains("operation 'send' sample 'Too long' response:") }, why)
        XCTAssertTrue(failed.contains { $0.contains("type 'Page' initializer:") }, why)
        XCTAssertTrue(failed.contains { $0.contains("operation 'send' parameters:") }, why)
        XCTAssertFalse(why.contains("sample 'Fine'"), why)
    }

    func testALintCleanSpecRunsClean() throws {
        let modules = try XCTUnwrap(SpecFuzzer.modulesFolder(), "APIRuntime.swiftmodule not found near \(CommandLine.arguments[0])")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apigen-harness-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let clean = Self.spec.replacingOccurrences(of: #""default": 100"#, with: #""default": 10"#)
            .replacingOccurrences(of: #""default": "nobody""#, with: #""default": "+911999999999""#)
            .replacingOccurrences(of: #""toolong""#, with: #""abc""#).replacingOccurrences(of: #""three""#, with: "3")

        let runs = SpecFuzzer.run([(name: "clean", text: clean)], modules: modules, folder: folder)
        guard case .compiled = runs.first?.outcome else { return XCTFail("\(String(describing: runs.first?.outcome))") }
        XCTAssertEqual(runs.first?.tally.checked, ["request samples": 2, "response samples": 2, "client defaults": 5])
    }
}
