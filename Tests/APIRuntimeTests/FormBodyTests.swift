import APIRuntime
import Foundation
import XCTest

/// `application/x-www-form-urlencoded` bodies: pairs in the type's order,
/// nested as Stripe reads them, escaped as the URL standard's serializer.
final class FormBodyTests: XCTestCase {
    private struct Item: Encodable {
        var price: String
        var quantity: Int
    }

    /// Members declared out of alphabetical order: the form keeps this order.
    private struct Order: Encodable {
        var zone: String
        var items: [Item]
        var tags: [String]
        var meta: [String: String]
        var note: String?
        var cleared: JSONValue
        var amount: Double
        var whole: Double
        var paid: Bool
        var when: Date
        var link: URL
        var grid: [[Int64]]
        var none: [String]
    }

    private func text(_ value: some Encodable) throws -> String {
        String(decoding: try FormBody.encode(value), as: UTF8.self)
    }

    func testPairsFollowTheTypesOrderAndNestAsStripeReadsThem() throws {
        let order = Order(zone: "a b&c=d", items: [Item(price: "p_1", quantity: 2)], tags: ["x", "é"], meta: ["b": "2", "a": "1"],
                          note: nil, cleared: .null, amount: 2.5, whole: 3, paid: true, when: Date(timeIntervalSince1970: 0),
                          link: URL(string: "https://x.example/a?b=1")!, grid: [[1, 2]], none: [])
        XCTAssertEqual(try text(order), [
            "zone=a+b%26c%3Dd", "items%5B0%5D%5Bprice%5D=p_1", "items%5B0%5D%5Bquantity%5D=2", "tags%5B0%5D=x", "tags%5B1%5D=%C3%A9",
            "meta%5Ba%5D=1", "meta%5Bb%5D=2", "cleared=", "amount=2.5", "whole=3", "paid=true", "when=1970-01-01T00%3A00%3A00Z",
            "link=https%3A%2F%2Fx.example%2Fa%3Fb%3D1", "grid%5B0%5D%5B0%5D=1", "grid%5B0%5D%5B1%5D=2",
        ].joined(separator: "&"), "an absent member and an empty list send nothing; null is an empty value; a map's keys are sorted")
    }

    /// Twilio's lists: the name once per item, items in their order, nulls as empty values; objects still nest.
    private struct Call: Encodable {
        var to: String
        var events: [String]
        var codes: [Int?]
        var meta: [String: [String]]
        var none: [String]
    }

    func testRepeatedListsRepeatTheNameInItemOrder() throws {
        let call = Call(to: "+1 555", events: ["ringing", "answered", "a&b", "ringing"], codes: [3, nil, 1],
                        meta: ["k": ["y", "x"]], none: [])
        XCTAssertEqual(String(decoding: try FormBody.encode(call, lists: .repeated), as: UTF8.self), [
            "to=%2B1+555", "events=ringing", "events=answered", "events=a%26b", "events=ringing", "codes=3", "codes=", "codes=1",
            "meta%5Bk%5D=y", "meta%5Bk%5D=x",
        ].joined(separator: "&"))
        XCTAssertEqual(String(decoding: try FormBody.encode(call), as: UTF8.self).components(separatedBy: "&").prefix(3),
                       ["to=%2B1+555", "events%5B0%5D=ringing", "events%5B1%5D=answered"], "indexed stays the default")
    }

    func testARepeatedListOfObjectsOrListsIsRefused() {
        XCTAssertThrowsError(try FormBody.encode(["items": [Item(price: "p", quantity: 1)]], lists: .repeated))
        XCTAssertThrowsError(try FormBody.encode(["grid": [[1, 2]]], lists: .repeated))
        XCTAssertNoThrow(try FormBody.encode(["items": [Item(price: "p", quantity: 1)]]), "indexed numbers each object item")
    }

    func testEveryTextComesBackThroughPercentDecoding() throws {
        let texts = ["", " ", "+", "%", "%41", "a=b&c", "[]", "*-._~", "é ü 😀", "\u{0}\n\t", "x/y?z#w", "'\"<>\\^`{|}"]
        for text in texts {
            let pair = try self.text(["k": text])
            XCTAssertTrue(pair.hasPrefix("k="), pair)
            let value = String(pair.dropFirst(2))
            XCTAssertTrue(value.utf8.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || Array("*-._%+".utf8).contains(byte)
            }, "only unreserved bytes, escapes and + are left: \(value)")
            XCTAssertEqual(value.replacingOccurrences(of: "+", with: " ").removingPercentEncoding, text)
        }
    }

    func testAFormOfAnythingButAnObjectIsRefused() {
        XCTAssertThrowsError(try FormBody.encode(["a", "b"]))
        XCTAssertThrowsError(try FormBody.encode("text"))
        XCTAssertThrowsError(try FormBody.encode(["n": Double.nan]), "NaN has no spelling")
    }

    func testSecretPairsAreMaskedByAnyPartOfTheirName() {
        let form = "user=al&password=hunter2&card%5Bcvc%5D=123&items%5B0%5D%5Bapi_token%5D=t&note=&pin=12&safe%5B0%5D=ok"
        XCTAssertEqual(Redaction.maskFormSecrets(in: form, keys: ["cvc"]),
                       "user=al&password=<redacted>&card%5Bcvc%5D=<redacted>&items%5B0%5D%5Bapi_token%5D=<redacted>&note=&pin=<redacted>"
                       + "&safe%5B0%5D=ok")
        XCTAssertEqual(Redaction.maskFormSecrets(in: "a=1&secret=hunt"), "a=1&secret=<redacted>", "a value cut short is hidden whole")
        XCTAssertEqual(APIError.snippet(of: Data("token=abc".utf8), isForm: true), "token=<redacted>")
    }
}
