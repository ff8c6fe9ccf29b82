import MaillageSupport
import MaillageModel

/// The cells of SIRET, SIREN and RNA columns that cannot serve as keys, counted for one
/// table and said in one warning per problem, at the first such cell.
struct RegistrationNumberProblems {
    /// Numbers in scientific notation (« 7,75672E+13 »): their last digits are lost.
    var lostDigits: (count: Int, first: (text: String, position: CellPosition)?) = (0, nil)
    /// Neither a SIRET, a SIREN nor an RNA number.
    var invalid: (count: Int, first: (text: String, position: CellPosition)?) = (0, nil)
    /// Numbers whose check digit fails: read as written.
    var unchecked: (count: Int, first: (text: String, position: CellPosition)?) = (0, nil)

    /// Counts what `reading` of the cell `text` at `position` says.
    mutating func note(_ reading: RegistrationNumber.Reading, text: String, at position: CellPosition) {
        switch reading {
        case .lostDigits: Self.count(&lostDigits, text, position)
        case .invalid: Self.count(&invalid, text, position)
        case .number(let number) where !number.checks: Self.count(&unchecked, text, position)
        case .number, .empty: break
        }
    }

    private static func count(_ tally: inout (count: Int, first: (text: String, position: CellPosition)?), _ text: String, _ position: CellPosition) {
        tally.count += 1
        if tally.first == nil { tally.first = (text, position) }
    }

    /// One warning per problem met, located at its first cell.
    func diagnostics(file: String) -> [Diagnostic] {
        var said: [Diagnostic] = []
        if let first = lostDigits.first {
            let n = lostDigits.count
            said.append(.warning(LocalizedText(
                fr: "\(n == 1 ? "un numéro SIRET ou SIREN illisible" : "\(LocalizedText.integer(n).fr) numéros SIRET ou SIREN illisibles") : le tableur \(n == 1 ? "l'a écrit" : "les a écrits") en notation scientifique (ici « \(first.text.excerpt) ») et en a perdu les derniers chiffres ; mettez la colonne au format Texte et recopiez les numéros depuis leur source. \(n == 1 ? "Cette structure est retrouvée" : "Ces structures sont retrouvées") par \(n == 1 ? "son" : "leur") nom",
                en: "\(n) unreadable SIRET or SIREN number\(n == 1 ? "" : "s"): the spreadsheet wrote \(n == 1 ? "it" : "them") in scientific notation (here \"\(first.text.excerpt)\"), losing the last digits; format the column as Text and copy the numbers again from their source. These structures are matched by name"),
                file: file, at: first.position))
        }
        if let first = invalid.first {
            let n = invalid.count
            said.append(.warning(LocalizedText(
                fr: "\(n == 1 ? "un numéro qui n'est" : "\(LocalizedText.integer(n).fr) numéros qui ne sont") ni un SIRET (14 chiffres), ni un SIREN (9 chiffres), ni un numéro RNA (W et 9 caractères), non \(n == 1 ? "lu" : "lus") : ici « \(first.text.excerpt) »",
                en: "\(n) number\(n == 1 ? " that is" : "s that are") neither a SIRET (14 digits), a SIREN (9 digits) nor an RNA number (W and 9 characters), not read: here \"\(first.text.excerpt)\""),
                file: file, at: first.position))
        }
        if let first = unchecked.first {
            let n = unchecked.count
            said.append(.warning(LocalizedText(
                fr: "\(n == 1 ? "un SIRET ou SIREN dont la clé de contrôle est fausse" : "\(LocalizedText.integer(n).fr) SIRET ou SIREN dont la clé de contrôle est fausse") (une faute de frappe ?), \(n == 1 ? "lu tel quel" : "lus tels quels") : ici « \(first.text.excerpt) »",
                en: "\(n) SIRET or SIREN number\(n == 1 ? "" : "s") whose check digit is wrong (a typo?), read as written: here \"\(first.text.excerpt)\""),
                file: file, at: first.position))
        }
        return said
    }
}

extension LoaderRun {
    /// The indices of `table`'s SIRET, SIREN and RNA columns (``RegisteredActors/numberColumns``).
    static func numberColumns(of table: Table) -> [Int] {
        RegisteredActors.numberColumns.compactMap { table.column($0) }
    }

    /// The register numbers `row` gives in `columns`, but those `fillers` set aside, its
    /// problems counted in `problems`; a number whose check digit fails is counted only
    /// when `unchecked(number)` says so (a memberships table does not repeat what the
    /// actors table said of a number).
    static func registrationNumbers(
        _ row: Table.Row, columns: [Int], fillers: FillerNumbers, problems: inout RegistrationNumberProblems,
        unchecked: (RegistrationNumber) -> Bool = { _ in true }
    ) -> [RegistrationNumber] {
        var numbers: [RegistrationNumber] = []
        for column in columns {
            guard let field = row.field(column) else { continue }
            let text = field.value.trimmingSpaces()
            guard !text.isEmpty else { continue }
            let reading = RegistrationNumber.read(text)
            if case .number(let number) = reading {
                if fillers.contains(number) { continue }
                numbers.append(number)
                if number.checks || !unchecked(number) { continue }
            }
            problems.note(reading, text: text, at: field.position)
        }
        return numbers
    }

    /// Warns that the actors row naming `written` has the register number `number` of the
    /// actor `target`, read before: the same structure, the row merged into it.
    mutating func reportSameNumber(_ written: String, number: RegistrationNumber, into target: String, firstRow: LocalizedText, file: String, at position: CellPosition) {
        diagnostics.append(.warning(LocalizedText(
            fr: "« \(written.excerpt) » a le même \(number.register.label) (\(number.written)) que « \(target.excerpt) » (\(firstRow.fr)) : la même structure, lue sous ce nom-là ; « \(written.excerpt) » la désigne aussi, et ce que cette ligne dit de la structure (type, commune…) est ignoré",
            en: "\"\(written.excerpt)\" has the same \(number.register.label) (\(number.written)) as \"\(target.excerpt)\" (\(firstRow.en)): the same structure, read under that name; \"\(written.excerpt)\" stands for it too, and what this row says of the structure (kind, municipality…) is ignored"),
            file: file, at: position))
    }
}

extension LoaderRun {
    /// Says, once per kind for one memberships table, how register numbers and acronyms
    /// found actors that the rows' names did not: each with the first row as example.
    mutating func reportNumberMatches(
        numberOverName: (count: Int, first: (written: String, number: RegistrationNumber, target: Int, position: CellPosition)?),
        foundByNumber: (count: Int, first: (written: String, number: RegistrationNumber, target: Int, position: CellPosition)?),
        ambiguousSIREN: (count: Int, first: (number: RegistrationNumber, actors: [Int], position: CellPosition)?),
        foundByAcronym: (count: Int, first: (written: String, target: Int, position: CellPosition)?),
        actors: [Actor], file: String
    ) {
        func name(_ index: Int) -> String { actors[index].name.excerpt }
        if let first = foundByNumber.first {
            let n = foundByNumber.count, label = first.number.register.label
            diagnostics.append(.warning(LocalizedText(
                fr: n == 1
                    ? "« \(first.written.excerpt) » retrouvé par son \(label) (\(first.number.written)) : lu comme « \(name(first.target)) »"
                    : "\(LocalizedText.integer(n).fr) participations nomment leur structure autrement que la table des acteurs et sont retrouvées par leur numéro (SIRET, SIREN ou RNA) : ici « \(first.written.excerpt) », \(label) \(first.number.written), lu comme « \(name(first.target)) »",
                en: n == 1
                    ? "\"\(first.written.excerpt)\" found by its \(label) (\(first.number.written)): read as \"\(name(first.target))\""
                    : "\(n) memberships name their structure otherwise than the actors table and are found by their number (SIRET, SIREN or RNA): here \"\(first.written.excerpt)\", \(label) \(first.number.written), read as \"\(name(first.target))\""),
                file: file, at: first.position))
        }
        if let first = numberOverName.first {
            let n = numberOverName.count, label = first.number.register.label
            diagnostics.append(.warning(LocalizedText(
                fr: "\(n == 1 ? "une participation nomme" : "\(LocalizedText.integer(n).fr) participations nomment") une structure et \(n == 1 ? "donne" : "donnent") le numéro d'une autre ; le numéro l'emporte : ici « \(first.written.excerpt) » avec le \(label) \(first.number.written), celui de « \(name(first.target)) », lu comme cette dernière. Vérifiez le nom ou le numéro",
                en: "\(n) membership\(n == 1 ? " names" : "s name") one structure and give\(n == 1 ? "s" : "") another's number; the number wins: here \"\(first.written.excerpt)\" with \(label) \(first.number.written), that of \"\(name(first.target))\", read as the latter. Check the name or the number"),
                file: file, at: first.position))
        }
        if let first = ambiguousSIREN.first {
            let n = ambiguousSIREN.count
            let names = first.actors.prefix(3).map { "« \(name($0)) »" }.joined(separator: ", ")
            let namesEN = first.actors.prefix(3).map { "\"\(name($0))\"" }.joined(separator: ", ")
            diagnostics.append(.warning(LocalizedText(
                fr: "\(n == 1 ? "une participation donne" : "\(LocalizedText.integer(n).fr) participations donnent") le SIREN d'une structure de plusieurs établissements : ici \(first.number.written), \(LocalizedText.integer(first.actors.count).fr) établissements dans la table des acteurs (\(names)) ; lue pour le premier. Donnez le SIRET de l'établissement (14 chiffres)",
                en: "\(n) membership\(n == 1 ? " gives" : "s give") the SIREN of a structure with several establishments: here \(first.number.written), \(first.actors.count) establishments in the actors table (\(namesEN)); read as the first. Give the establishment's SIRET (14 digits)"),
                file: file, at: first.position))
        }
        if let first = foundByAcronym.first {
            let n = foundByAcronym.count
            diagnostics.append(.warning(LocalizedText(
                fr: n == 1
                    ? "« \(first.written.excerpt) » lu comme « \(name(first.target)) », dont c'est le sigle"
                    : "\(LocalizedText.integer(n).fr) structures nommées par leur sigle, lues comme l'acteur qui l'a dans la table des acteurs : ici « \(first.written.excerpt) » lu comme « \(name(first.target)) »",
                en: n == 1
                    ? "\"\(first.written.excerpt)\" read as \"\(name(first.target))\", whose acronym it is"
                    : "\(n) structures named by their acronym, read as the actor that has it in the actors table: here \"\(first.written.excerpt)\" read as \"\(name(first.target))\""),
                file: file, at: first.position))
        }
    }
}
