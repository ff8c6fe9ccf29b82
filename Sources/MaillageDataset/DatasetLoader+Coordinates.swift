import MaillageSupport
import MaillageModel

/// The place columns of a table (`lat`, `lon`, `insee`), looked up once per table.
struct PlaceColumns {
    var latitude: Int?
    var longitude: Int?
    var insee: Int?

    init(_ table: Table) {
        latitude = table.column("lat")
        longitude = table.column("lon")
        insee = table.column("insee")
    }
}

extension LoaderRun {
    /// Reads a row's place: `lat` and `lon` in WGS 84 decimal degrees (a decimal point
    /// or comma; both or neither), and `insee`, an INSEE commune code.
    ///
    /// Errors, each at its cell: a value that is not a decimal number of degrees (a
    /// degrees-minutes-seconds text gets a hint), a latitude outside −90…90 or a
    /// longitude outside −180…180, one of the pair without the other, a code that is
    /// not a commune code. A 4-digit code that is one with a leading zero (1004) gets
    /// it back, with one warning for the load (``reportPaddedINSEECodes()``).
    /// - Returns: the coordinate and the code, each nil when absent or wrong.
    mutating func readPlace(
        _ row: Table.Row, _ columns: PlaceColumns, what describe: @autoclosure () -> LocalizedText, file: String
    ) -> (GeoCoordinate?, String?) {
        let latField = row.field(columns.latitude), lonField = row.field(columns.longitude)
        let latText = latField?.value.trimmingSpaces() ?? "", lonText = lonField?.value.trimmingSpaces() ?? ""
        var coordinate: GeoCoordinate?
        // French messages name the columns as the header does (« Latitude », « Y »), else in words.
        let latFrench = frenchName(row.table, columns.latitude, key: "lat", words: "latitude")
        let lonFrench = frenchName(row.table, columns.longitude, key: "lon", words: "longitude")
        if latText.isEmpty != lonText.isEmpty {
            let (given, missing, field) = latText.isEmpty ? ("lon", "lat", lonField) : ("lat", "lon", latField)
            let (givenFR, missingFR) = latText.isEmpty ? (lonFrench, latFrench) : (latFrench, lonFrench)
            let what = describe()
            diagnostics.append(.error(LocalizedText(
                fr: "\(what.fr) a une \(givenFR) mais pas de \(missingFR) : donnez les deux coordonnées (degrés WGS 84) ou aucune",
                en: "\(what.en) has \(given) but no \(missing): give both coordinates (WGS 84 degrees) or neither"),
                file: file, at: field?.position ?? row.start))
        } else if !latText.isEmpty, let latField, let lonField {
            let lat = parseDegrees(latText, field: latField, name: "lat", french: latFrench, file: file)
            let lon = parseDegrees(lonText, field: lonField, name: "lon", french: lonFrench, file: file)
            if let lat, let lon {
                switch GeoCoordinate.validated(latitude: lat, longitude: lon) {
                case .success(let c): coordinate = c
                case .failure(let problem):
                    let field: Table.Cell
                    if case .latitudeOutOfRange = problem { field = latField } else { field = lonField }
                    let swapped = (-90...90).contains(lon) && (-180...180).contains(lat)
                        ? LocalizedText(fr: " (\(latFrench) et \(lonFrench) sont-elles inversées ?)", en: " (are lat and lon swapped?)") : .empty
                    diagnostics.append(.error(problem.text + swapped, file: file, at: field.position))
                }
            }
        }
        var insee: String?
        if let field = row.field(columns.insee) {
            let code = field.value.trimmingSpaces()
            if code.isEmpty {
            } else if INSEECode.isCommuneCode(code) {
                insee = INSEECode.canonical(code)
            } else if code.utf8.count == 4, code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), INSEECode.isCommuneCode("0" + code) {
                // 1004 for 01004: the leading zero a spreadsheet drops from a number, given back
                // as for postal codes, and said once for the load (``reportPaddedINSEECodes()``).
                insee = INSEECode.canonical("0" + code)
                paddedINSEECodes.count += 1
                if paddedINSEECodes.first == nil { paddedINSEECodes.first = (file, field.position, code) }
            } else {
                let header = row.table.frenchName(ofColumn: columns.insee, key: "insee")
                diagnostics.append(.error(LocalizedText(
                    fr: "\(header == "insee" ? "code INSEE" : header) « \(code.excerpt) » n'est pas un code commune INSEE : cinq chiffres, ou 2A/2B et trois chiffres en Corse (62041, 2A004)",
                    en: "insee \"\(code.excerpt)\" is not an INSEE commune code: five digits, or 2A/2B and three digits in Corsica (62041, 2A004)"),
                    file: file, at: field.position))
            }
        }
        return (coordinate, insee)
    }

    /// A number of degrees written with a decimal point or a decimal comma (`50.29`,
    /// `50,29`, `-1.5`); nil, reported, otherwise.
    /// How a French message names a coordinate column: its header as written (« Y »,
    /// « Lat. »), or `words` when the header is the key or says it in words.
    private func frenchName(_ table: Table, _ column: Int?, key: String, words: String) -> String {
        let name = table.frenchName(ofColumn: column, key: key)
        return name == key || Vocabulary.key(name) == Vocabulary.key(words) || Vocabulary.key(name) == Vocabulary.key("« \(words) »") ? words : name
    }

    private mutating func parseDegrees(_ text: String, field: Table.Cell, name: String, french: String, file: String) -> Double? {
        let normalised = text.replacingOccurrences(of: ",", with: ".")
        let allowed = normalised.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D || $0 == 0x2B }
        if allowed, normalised.utf8.count <= 32, let value = Double(normalised), value.isFinite { return value }
        let dms = text.contains("°") || text.contains("'") || text.contains("\"") || text.uppercased().hasSuffix("N")
            || text.uppercased().hasSuffix("E") || text.uppercased().hasSuffix("W") || text.uppercased().hasSuffix("O")
        let example = name == "lat" ? "50.2910" : "2.7775"
        diagnostics.append(.error(LocalizedText(
            fr: "\(french) « \(text.excerpt) » n'est pas un nombre de degrés décimaux (WGS 84, par exemple \(example))"
                + (dms ? " (degrés, minutes et secondes ne sont pas lus : convertissez en degrés décimaux, 50°17′N → 50.2833)" : ""),
            en: "\(name) \"\(text.excerpt)\" is not a number of decimal degrees (WGS 84, e.g. \(example))"
                + (dms ? " (degrees, minutes and seconds are not read: convert to decimal degrees, 50°17′N → 50.2833)" : "")),
            file: file, at: field.position))
        return nil
    }

    /// Says, once, how many 4-digit INSEE codes got back the leading zero a spreadsheet
    /// drops from a number (1004 → 01004), at the first of them.
    mutating func reportPaddedINSEECodes() {
        guard let first = paddedINSEECodes.first else { return }
        let more = paddedINSEECodes.count - 1
        diagnostics.append(.warning(LocalizedText(
            fr: "code INSEE « \(first.code) » lu « 0\(first.code) », avec le zéro initial que le tableur avait retiré\(more > 0 ? " (et \(more) autre\(more > 1 ? "s" : ""))" : "") ; mettez la colonne au format texte pour le garder",
            en: "INSEE code \"\(first.code)\" read as \"0\(first.code)\", with the leading zero the spreadsheet had dropped\(more > 0 ? " (and \(more) more)" : ""); format the column as text to keep it"),
            file: first.file, at: first.position))
    }

    /// Reports INSEE codes given to two territories (an error: boundaries and actors
    /// could not tell them apart).
    mutating func checkUniqueINSEECodes(_ territories: [Territory], fields: [Table.Cell?], file: String) {
        var first: [String: Int] = [:]
        for (i, t) in territories.enumerated() {
            guard let code = t.insee else { continue }
            if let j = first[code] {
                if territories[j].id == t.id { continue }
                diagnostics.append(.error(LocalizedText(
                    fr: "le code INSEE \(code) est déjà celui du territoire « \(territories[j].id.excerpt) »",
                    en: "INSEE code \(code) is already the code of territory \"\(territories[j].id.excerpt)\""),
                    file: file, at: fields[i]?.position ?? .file))
            } else {
                first[code] = i
            }
        }
    }
}
