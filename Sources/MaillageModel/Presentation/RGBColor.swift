/// An sRGB colour with 8-bit channels, as GEXF `viz:color` and Gephi's GraphML `r`, `g`,
/// `b` properties expect it.
public struct RGBColor: Sendable, Hashable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// The colour of a `0xRRGGBB` literal.
    public init(hex: UInt32) {
        self.init(red: UInt8((hex >> 16) & 0xFF), green: UInt8((hex >> 8) & 0xFF), blue: UInt8(hex & 0xFF))
    }

    /// The colour as `#RRGGBB` (upper-case hexadecimal), as CSS, Graphviz and Cytoscape read it.
    public var hex: String {
        "#" + [red, green, blue].map { byte in
            let digits = Array("0123456789ABCDEF")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
        }.joined()
    }
}

/// The Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"; Wong 2011,
/// *Nature Methods* 8, 441), whose eight colours stay distinct under the common forms of
/// colour blindness.
public enum OkabeIto {
    public static let black = RGBColor(red: 0x00, green: 0x00, blue: 0x00)
    public static let orange = RGBColor(red: 0xE6, green: 0x9F, blue: 0x00)
    public static let skyBlue = RGBColor(red: 0x56, green: 0xB4, blue: 0xE9)
    public static let bluishGreen = RGBColor(red: 0x00, green: 0x9E, blue: 0x73)
    public static let yellow = RGBColor(red: 0xF0, green: 0xE4, blue: 0x42)
    public static let blue = RGBColor(red: 0x00, green: 0x72, blue: 0xB2)
    public static let vermillion = RGBColor(red: 0xD5, green: 0x5E, blue: 0x00)
    public static let reddishPurple = RGBColor(red: 0xCC, green: 0x79, blue: 0xA7)

    /// The eight colours in the order of the original publication.
    public static let all: [RGBColor] = [black, orange, skyBlue, bluishGreen, yellow, blue, vermillion, reddishPurple]
}
