import Foundation
import XCTest
import YAMLReader

/// Every case of the official YAML test suite (kept beside the checkout in
/// `../shared/yaml-test-suite`): a case with `in.json` must read as that JSON,
/// a case with `error` must be refused, any other case must be read. The cases in KnownFailures.txt are
/// left out knowingly; the test fails when any other case fails, and when a
/// listed one passes, so that the list stays true.
final class YAMLTestSuiteTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let packageRoot = folder.deletingLastPathComponent().deletingLastPathComponent()

    private struct Case {
        var id: String
        var folder: URL
    }

    func testTheOfficialSuite() throws {
        let suite = Self.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/yaml-test-suite")
        guard FileManager.default.fileExists(atPath: suite.appendingPathComponent("SOURCES.md").path) else {
            throw XCTSkip("needs ../shared/yaml-test-suite (the YAML test suite beside the checkout)")
        }
        let known = try knownFailures()
        var matched = 0, withJSON = 0, refused = 0, mustRefuse = 0, validWithoutJSON = 0, acceptedWithoutJSON = 0
        var failing: [String: String] = [:]
        for testCase in try cases(in: suite) {
            let input = try String(contentsOf: testCase.folder.appendingPathComponent("in.yaml"), encoding: .utf8)
            let reading = Result { () throws(YAMLError) in try YAMLReader.parseAll(input) }
            if exists(testCase, "error") {
                mustRefuse += 1
                switch reading {
                case .failure(let error):
                    refused += 1
                    let lines = input.split(separator: "\n", omittingEmptySubsequences: false).count
                    XCTAssert(error.line >= 1 && error.line <= lines && error.column >= 1, "\(testCase.id): \(error)")
                case .success: failing[testCase.id] = "accepted, but must be refused"
                }
            } else if exists(testCase, "in.json") {
                withJSON += 1
                let json = try String(contentsOf: testCase.folder.appendingPathComponent("in.json"), encoding: .utf8)
                let expected = try JSONValue.parseAll(json)
                switch reading {
                case .failure(let error): failing[testCase.id] = "refused: \(error)"
                case .success(let documents):
                    let values = documents.map { JSONValue($0.root) }
                    if values == expected {
                        matched += 1
                        for document in documents {
                            let reread = try JSONValue.parseAll(document.root.jsonText())
                            XCTAssertEqual(reread, [JSONValue(document.root)], testCase.id)
                        }
                    } else {
                        failing[testCase.id] = "read as \(values), expected \(expected)"
                    }
                }
            } else {
                validWithoutJSON += 1
                switch reading {
                case .failure(let error): failing[testCase.id] = "refused: \(error)"
                case .success: acceptedWithoutJSON += 1
                }
            }
        }
        print("yaml-test-suite: matched \(matched)/\(withJSON) cases with a JSON value, "
            + "refused \(refused)/\(mustRefuse) "
            + "that must be refused, read \(acceptedWithoutJSON)/\(validWithoutJSON) other valid cases; "
            + "\(known.count) known failures listed")
        for (id, why) in failing.sorted(by: { $0.key < $1.key }) where known[id] == nil {
            XCTFail("\(id) fails and is not in KnownFailures.txt: \(why)")
        }
        for id in known.keys.sorted() where failing[id] == nil {
            XCTFail("\(id) is in KnownFailures.txt but passes now: take it off the list")
        }
    }

    private func exists(_ testCase: Case, _ name: String) -> Bool {
        FileManager.default.fileExists(atPath: testCase.folder.appendingPathComponent(name).path)
    }

    /// A case is a folder with `in.yaml`, or one of a folder's numbered sub-folders.
    private func cases(in suite: URL) throws -> [Case] {
        let manager = FileManager.default
        var cases: [Case] = []
        for name in try manager.contentsOfDirectory(atPath: suite.path).sorted() {
            let folder = suite.appendingPathComponent(name)
            if manager.fileExists(atPath: folder.appendingPathComponent("in.yaml").path) {
                cases.append(Case(id: name, folder: folder))
                continue
            }
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else { continue }
            for sub in try manager.contentsOfDirectory(atPath: folder.path).sorted() {
                let subfolder = folder.appendingPathComponent(sub)
                if manager.fileExists(atPath: subfolder.appendingPathComponent("in.yaml").path) {
                    cases.append(Case(id: "\(name)/\(sub)", folder: subfolder))
                }
            }
        }
        XCTAssertGreaterThan(cases.count, 300, "the suite looks incomplete")
        return cases
    }

    private func knownFailures() throws -> [String: String] {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("KnownFailures.txt"), encoding: .utf8)
        var known: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2 else { XCTFail("a line of KnownFailures.txt without a reason: \(line)"); continue }
            known[String(parts[0])] = parts[1].trimmingCharacters(in: .whitespaces)
        }
        return known
    }
}
