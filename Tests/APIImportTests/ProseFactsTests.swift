@testable import APIImport
import XCTest

/// Limits, defaults and enum values as the docs write them, in English,
/// French and German.
final class ProseFactsTests: XCTestCase {
    private func facts(_ text: String) -> ProseFacts { ProseFacts(InlineText(markup: text[...], column: 1)) }

    func testLengthLimitsInThreeLanguages() {
        XCTAssertEqual(facts("Text message to be sent (Max limit of 4000 Characters)").maxLength?.value, 4000)
        XCTAssertEqual(facts("Message texte envoyé (limite maximale de 1\u{00a0}000 caractères)").maxLength?.value, 1000)
        XCTAssertEqual(facts("Message texte envoyé (limite maximale de 1 000 caractères)").maxLength?.value, 1000)
        XCTAssertEqual(facts("Textnachricht (Max 1.000 Zeichen begrenzt) gesendet werden").maxLength?.value, 1000)
        XCTAssertEqual(facts("Free-text note (up to 1000 characters).").maxLength?.value, 1000)
        XCTAssertEqual(facts("A name, at least 3 characters").minLength?.value, 3)
        XCTAssertNil(facts("Returns 1000 characters of context").maxLength, "a number of characters without a bound word is no limit")
        XCTAssertEqual(facts("Text (Max limit of 4000 Characters)").maxLength?.phrase, "max limit of 4000 characters")
    }

    func testBoundsAreWholeWords() {
        let facts = facts("Default: 30 mins. Number of minutes. max. 1.000 Zeichen")
        XCTAssertNil(facts.minLength, "'min' in 'minutes' is no lower bound")
        XCTAssertEqual(facts.maxLength?.value, 1000)
    }

    func testNumberBounds() {
        let count = facts("Default: 50. Max: 50. Number of subscribers to be returned")
        XCTAssertEqual(count.maximum?.value, 50)
        XCTAssertEqual(count.defaultValue?.value, "50")
        XCTAssertEqual(facts("A size between 1 and 200").minimum?.value, 1)
        XCTAssertEqual(facts("Eine Größe zwischen 1 und 200").maximum?.value, 200)
        XCTAssertNil(facts("Max 80 characters").maximum, "a length is not a bound on the number")
        XCTAssertEqual(facts("up to 10 key-value pairs").maxItems?.value, 10)
    }

    func testDefaults() {
        XCTAssertEqual(facts("Default: false. True to return all group details").defaultValue?.value, "false")
        XCTAssertEqual(facts("Par défaut : false. Valide uniquement").defaultValue?.value, "false")
        XCTAssertEqual(facts("Standard: False. Gültige nur im Fall").defaultValue?.value, "False")
        XCTAssertEqual(facts("Count of actions to be returned; Default = 30").defaultValue?.value, "30")
        XCTAssertEqual(facts("timeStamp from which to count. Default value 0").defaultValue?.value, "0")
        XCTAssertNil(facts("Default: Access token's user will be added as admin of the group").defaultValue, "a sentence is not a value")
        XCTAssertNil(facts("Validity in EPOCH format. Default is 2 years").defaultValue, "a quantity with a unit is not a value")
        XCTAssertEqual(facts("Default: 30 mins. Number of minutes for which a meeting would be conducted").defaultValue?.value, "30",
                       "unless the field counts in that unit")
        XCTAssertNil(facts("Default: 30 mins. Length of the meeting").defaultValue, "a unit the field is not said to count in")
        // A fold that lengthens text ("ß" → "ss") must not shift where the value is read.
        XCTAssertEqual(facts("Größe der Straße, Standard: Groß.").defaultValue?.value, "Groß")
        XCTAssertEqual(facts("Maße. Enum: Klein/Groß").enumValues?.value, ["Klein", "Groß"])
    }

    func testEnumValues() {
        XCTAssertEqual(facts("Enum: Group/ConnectGroup. ConnectGroup will create a public group").enumValues?.value, ["Group", "ConnectGroup"])
        XCTAssertEqual(facts("Enum value: 'Like'/'Comment'").enumValues?.value, ["Like", "Comment"])
        XCTAssertEqual(facts("Type of the property. Enum: Text, Numeric, DateTime").enumValues?.value, ["Text", "Numeric", "DateTime"])
        XCTAssertEqual(facts("The status of the bot. Accepts either `bot_start` or `bot_end`.").enumValues?.value, ["bot_start", "bot_end"])
        XCTAssertEqual(facts(#"Supported events are: "ActionCreated","JobCreated""#).enumValues?.value, ["ActionCreated", "JobCreated"])
        XCTAssertEqual(facts("Status of the message (`sent`, `received` or `note`)").enumValues?.value, ["sent", "received", "note"])
        let fields = facts("Comma-separated fields. Supported values: `contact,conversation`")
        XCTAssertEqual(fields.enumValues?.value, ["contact", "conversation"])
        XCTAssertTrue(fields.isCommaSeparated)
        XCTAssertEqual(facts("Champs séparés par des virgules. Valeurs prises en charge : `contact`").enumValues?.value, ["contact"])
        XCTAssertNil(facts("Channel identifier (e.g. `whatsapp`)").enumValues, "an example is not a list of values")
    }

    func testHTTPS() {
        XCTAssertTrue(facts("HTTPS URL to which the events are sent").requiresHTTPS)
        XCTAssertFalse(facts("URL of the picture, https or http").requiresHTTPS)
    }
}
