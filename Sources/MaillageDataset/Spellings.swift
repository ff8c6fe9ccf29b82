/// The spellings one name is written with across a table, « Emmaüs France » in most
/// rows and « EMMAUS FRANCE » or « emmaüs  france » in a few, and the one to show.
///
/// A list typed by many hands, a form's answers above all, writes one structure several
/// ways; the loader reads them as one (``NameReconciler``). The spelling shown is, in
/// this order of precedence:
/// 1. for a name of two words of four letters or more, one in mixed case rather than in
///    capitals or small letters only (« Maison de santé de Berck » before « MAISON DE
///    SANTÉ DE BERCK », « Emmaüs France » before « EMMAÜS FRANCE », however often those
///    are written; « DLA 62 », « CRESS HDF » and « URSCOP » are acronyms, and keep their
///    capitals);
/// 2. the one with more accented letters (« Emmaüs » before « Emmaus »);
/// 3. the one written most often;
/// 4. the one with single spaces;
/// 5. the one in mixed case, then in capitals, then in small letters;
/// 6. the first met.
struct Spellings {
    /// Each spelling and how many times it is written, in the order first met.
    private(set) var spellings: [(text: String, count: Int)] = []

    /// Counts one more writing of `text`, or `count` of them.
    mutating func add(_ text: String, count: Int = 1) {
        if let i = spellings.firstIndex(where: { $0.text == text }) {
            spellings[i].count += count
        } else {
            spellings.append((text, count))
        }
    }

    /// The spelling to show (see the type's description); nil when none was added.
    var best: String? {
        var chosen: (text: String, count: Int)?
        for candidate in spellings {
            guard let current = chosen else { chosen = candidate; continue }
            if Self.isBetter(candidate, than: current) { chosen = candidate }
        }
        return chosen?.text
    }

    /// Whether `a` is to be shown rather than `b`, `b` met first.
    static func isBetter(_ a: (text: String, count: Int), than b: (text: String, count: Int)) -> Bool {
        let (qa, qb) = (quality(a.text), quality(b.text))
        if qa.words >= 2 || qb.words >= 2, (qa.casing == 2) != (qb.casing == 2) { return qa.casing == 2 }
        if qa.accents != qb.accents { return qa.accents > qb.accents }
        if a.count != b.count { return a.count > b.count }
        if qa.spacing != qb.spacing { return qa.spacing > qb.spacing }
        return qa.casing > qb.casing
    }

    /// How well `text` is written: single spaces (1) or not (0); mixed case (2), capitals
    /// only (1) or small letters only (0); the number of letters beyond ASCII; the number
    /// of words of four letters or more.
    static func quality(_ text: String) -> (spacing: Int, casing: Int, accents: Int, words: Int) {
        var upper = false, lower = false, accents = 0, doubled = false, previousSpace = false
        var words = 0, letters = 0
        for character in text {
            if character.isUppercase { upper = true }
            if character.isLowercase { lower = true }
            if character.isLetter, !character.isASCII { accents += 1 }
            if character.isLetter {
                letters += 1
                if letters == 4 { words += 1 }
            } else {
                letters = 0
            }
            let space = character.isWhitespace
            if space, previousSpace { doubled = true }
            previousSpace = space
        }
        return (doubled ? 0 : 1, upper && lower ? 2 : upper ? 1 : 0, accents, words)
    }
}
