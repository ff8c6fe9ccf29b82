import ArgumentParser
import Foundation
import MaillageModel

/// The help of the command line in the user's language: `french` or `english`, as the
/// run asks (``Language/ofCommandLine``: `--lang`, else the locale, French by default).
///
/// For a command's `abstract` and `discussion`. ArgumentParser reads a command's
/// `static let configuration` at its first use and the `help:` of its options when it
/// builds the command, both once `main()` has started, so `--lang` is known by then:
/// `maillage clusters --help` is French, `maillage clusters --help --lang en` English.
/// Option names, value names, defaults and enumerated values are the same in both.
///
/// French text keeps its punctuation with its word (``frenchSpacesUnbroken(_:)``):
/// ArgumentParser wraps help at spaces, and would otherwise begin a line with « : ».
func helpText(_ french: String, _ english: String) -> String {
    switch Language.ofCommandLine {
    case .fr: frenchSpacesUnbroken(french)
    case .en: english
    }
}

/// `text` with the spaces French typography puts before « : ; ? ! % » and inside
/// « guillemets » made non-breaking (U+00A0), so that no line of wrapped help begins
/// with the punctuation: « Par défaut : » stays on one line.
func frenchSpacesUnbroken(_ text: String) -> String {
    var text = text
    for mark in [":", ";", "?", "!", "%", "»"] { text = text.replacingOccurrences(of: " " + mark, with: "\u{00A0}" + mark) }
    return text.replacingOccurrences(of: "« ", with: "«\u{00A0}")
}

extension ArgumentHelp {
    /// The help of an option, flag or argument in the user's language (see
    /// ``helpText(_:_:)``), with `valueName` (`N`, `DATE`…) the same in both.
    static func localized(_ french: String, _ english: String, valueName: String? = nil) -> ArgumentHelp {
        ArgumentHelp(helpText(french, english), valueName: valueName)
    }
}
