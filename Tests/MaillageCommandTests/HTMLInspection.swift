import Foundation

/// An HTML page read the way the report's structure can be checked without a browser:
/// every tag in order with its attributes (values with character references decoded),
/// the text between tags, and the content of `<script>` and `<style>` elements.
///
/// It is strict where the report must be: every non-void element is closed, in order
/// (the inline SVG's `<tag/>` counts as closed), attributes are quoted, and the
/// page's raw-text elements end at their own end tag. `problems` lists what is not.
struct HTMLInspection {
    struct Element { var name: String; var attributes: [String: String] }

    private(set) var elements: [Element] = []
    private(set) var text = ""
    private(set) var scripts: [(attributes: [String: String], content: String)] = []
    private(set) var problems: [String] = []

    static let voidElements: Set<String> = ["meta", "input", "br", "link", "img", "hr", "col", "area", "base", "embed", "source", "track", "wbr"]

    init(_ html: String) {
        let s = Array(html.unicodeScalars)
        var i = 0
        var stack: [String] = []
        func starts(_ prefix: String, at j: Int) -> Bool {
            let p = Array(prefix.unicodeScalars)
            guard j + p.count <= s.count else { return false }
            for k in 0..<p.count where String(s[j + k]).lowercased() != String(p[k]).lowercased() { return false }
            return true
        }
        func find(_ needle: String, from j: Int) -> Int? {
            var k = j
            while k < s.count { if starts(needle, at: k) { return k }; k += 1 }
            return nil
        }
        var pendingText = ""
        while i < s.count {
            if s[i] != "<" { pendingText.unicodeScalars.append(s[i]); i += 1; continue }
            text += HTMLInspection.decode(pendingText)
            pendingText = ""
            if starts("<!--", at: i) {
                guard let end = find("-->", from: i + 4) else { problems.append("unclosed comment"); break }
                i = end + 3
                continue
            }
            if starts("<!", at: i) {
                guard let end = find(">", from: i) else { problems.append("unclosed declaration"); break }
                i = end + 1
                continue
            }
            let closing = i + 1 < s.count && s[i + 1] == "/"
            var j = i + (closing ? 2 : 1)
            var name = ""
            while j < s.count, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]) || s[j] == "-" || s[j] == ":" {
                name.unicodeScalars.append(s[j]); j += 1
            }
            name = name.lowercased()
            if name.isEmpty { problems.append("a '<' that opens no tag at \(i)"); pendingText += "<"; i += 1; continue }
            // Attributes.
            var attributes: [String: String] = [:]
            var selfClosing = false
            while j < s.count {
                while j < s.count, s[j].properties.isWhitespace { j += 1 }
                guard j < s.count else { break }
                if s[j] == ">" { j += 1; break }
                if s[j] == "/" , j + 1 < s.count, s[j + 1] == ">" { selfClosing = true; j += 2; break }
                var key = ""
                while j < s.count, !s[j].properties.isWhitespace, s[j] != "=", s[j] != ">", s[j] != "/" { key.unicodeScalars.append(s[j]); j += 1 }
                if key.isEmpty { problems.append("bad attribute in <\(name)>"); j += 1; continue }
                if j < s.count, s[j] == "=" {
                    j += 1
                    guard j < s.count, s[j] == "\"" || s[j] == "'" else { problems.append("unquoted attribute \(key) in <\(name)>"); continue }
                    let quote = s[j]
                    j += 1
                    var value = ""
                    while j < s.count, s[j] != quote { value.unicodeScalars.append(s[j]); j += 1 }
                    j += 1
                    attributes[key.lowercased()] = HTMLInspection.decode(value)
                } else {
                    attributes[key.lowercased()] = ""
                }
            }
            i = j
            if closing {
                if let top = stack.last, top == name { stack.removeLast() } else { problems.append("</\(name)> closes <\(stack.last ?? "nothing")>") }
                continue
            }
            elements.append(Element(name: name, attributes: attributes))
            if name == "script" || name == "style" {
                guard let end = find("</" + name, from: i) else { problems.append("unclosed <\(name)>"); break }
                let content = String(String.UnicodeScalarView(s[i..<end]))
                if name == "script" { scripts.append((attributes, content)) }
                guard let close = find(">", from: end) else { break }
                i = close + 1
                continue
            }
            if !selfClosing && !HTMLInspection.voidElements.contains(name) { stack.append(name) }
        }
        text += HTMLInspection.decode(pendingText)
        if !stack.isEmpty { problems.append("unclosed elements: \(stack)") }
    }

    /// Elements named `name`.
    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// The element with this id.
    func element(id: String) -> Element? { elements.first { $0.attributes["id"] == id } }

    /// Text with the character references HTML and Graphviz write decoded.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let tail = rest[amp...]
            guard let semi = tail.firstIndex(of: ";"), tail.distance(from: amp, to: semi) <= 10 else { out += "&"; rest = rest[rest.index(after: amp)...]; continue }
            let entity = String(tail[tail.index(after: amp)..<semi])
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]
            if let value = named[entity] {
                out += value
            } else if entity.hasPrefix("#x") || entity.hasPrefix("#X"), let code = UInt32(entity.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(code) {
                out.unicodeScalars.append(scalar)
            } else if entity.hasPrefix("#"), let code = UInt32(entity.dropFirst()), let scalar = Unicode.Scalar(code) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "&" + entity + ";"
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }
}
