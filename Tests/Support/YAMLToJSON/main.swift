import Foundation
import YAMLReader

// yaml-to-json FILE...         each file's documents as JSON, one line per document, or `error: LINE:COL: MESSAGE`
// yaml-to-json --files-separated FILE...  the same, each file's output ended by a line of U+001E
// yaml-to-json --time RUNS FILE...  the median and minimum time to read each file (already in memory)

var arguments = Array(CommandLine.arguments.dropFirst())
var timingRuns: Int?
var separated = false
if arguments.first == "--files-separated" {
    separated = true
    arguments.removeFirst()
}
if arguments.first == "--time", arguments.count > 1, let runs = Int(arguments[1]) {
    timingRuns = runs
    arguments.removeFirst(2)
}
if arguments.isEmpty {
    FileHandle.standardError.write(Data("usage: yaml-to-json [--time RUNS] FILE...\n".utf8))
    exit(2)
}

var failed = false
for path in arguments {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("\(path): cannot read\n".utf8))
        failed = true
        continue
    }
    let text = String(decoding: data, as: UTF8.self)
    if let runs = timingRuns {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try? YAMLReader.parseAll(text)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        times.sort()
        let median = times[times.count / 2]
        print(String(format: "%@\t%d bytes\tmedian %.1f ms\tmin %.1f ms", path, data.count, median, times[0]))
        continue
    }
    do {
        for document in try YAMLReader.parseAll(text) {
            print(document.root.jsonText())
        }
    } catch {
        print("error: \(error)")
    }
    if separated { print("\u{1E}") }
}
exit(failed ? 1 : 0)
