import MaillageSupport
import MaillageModel
import MaillageWorkbook

/// A dataset written as a Kumu spreadsheet (`maillage export --format kumu`): an
/// « Elements » and a « Connections » sheet that kumu.io imports, and that
/// `KumuTables` reads back to the same dataset (the same content fingerprint).
///
/// - Elements: every actor (Type: its kind's French label, empty when unknown), then
///   every cooperation (Type « Coopération », its form in « Forme »), then every
///   territory (Type « Territoire », its level in « Niveau »), with `ID` first (the
///   dataset's ids), `Label` (names), `Description` (cooperations' summaries) and one
///   field per other column, named as the loader reads it (« Secteur », « Territoires »…).
/// - Connections: every membership, From the actor To the cooperation, Type its role,
///   Direction `directed`; then every territory's parent, From the territory To its
///   parent, Type « fait partie de ».
///
/// Every cell is written as text (never a formula). An id shared by an actor and a
/// cooperation or a territory cannot be written: Kumu needs one ID per element.
public enum KumuSpreadsheet {
    /// Why `dataset` cannot be written, nil when it can: ids shared between its tables (in English).
    public static func problem(_ dataset: Dataset) -> String? { problemText(dataset)?.en }

    /// ``problem(_:)`` in French and in English.
    public static func problemText(_ dataset: Dataset) -> LocalizedText? {
        var owner: [String: Noun] = [:]
        var shared: [LocalizedText] = []
        for (ids, table) in [(dataset.actors.map(\.id), Noun.actor), (dataset.cooperations.map(\.id), .cooperation), (dataset.territories.map(\.id), .territory)] {
            for id in ids {
                if let other = owner[id], other.en != table.en {
                    shared.append(LocalizedText(fr: "« \(id) » (\(other.fr) et \(table.fr))", en: "\"\(id)\" (\(other.en) and \(table.en))"))
                } else {
                    owner[id] = table
                }
            }
        }
        guard !shared.isEmpty else { return nil }
        let listed = Array(shared.prefix(5)).joined(separator: ", ")
        let more = shared.count - 5
        return LocalizedText(
            fr: "Kumu veut un ID par élément, et ces identifiants désignent deux choses : \(listed.fr)\(more > 0 ? " et \(more) autre\(more > 1 ? "s" : "")" : "") ; renommez l'un de chaque paire",
            en: "Kumu needs one ID per element, and these ids name two things: \(listed.en)\(more > 0 ? " and \(more) more" : ""); rename one of each")
    }

    /// The two sheets.
    public static func workbook(_ dataset: Dataset) -> WorkbookDraft {
        let dated = dataset.isDated
        var header = ["ID", "Label", "Type", "Description", "Forme juridique", "Secteur", "Territoires", "Site internet",
                      "Forme", "Membres déclarés", "Statut", "Début", "Source", "Niveau"]
        if dated { header += ["founded", "closed", "ended"] }
        // Places (issue 17), only when the dataset gives some.
        let placed = dataset.actors.contains { $0.coordinate != nil || $0.insee != nil }
            || dataset.territories.contains { $0.coordinate != nil || $0.insee != nil }
        if placed { header += ["Latitude", "Longitude", "Code INSEE"] }
        func place(_ coordinate: GeoCoordinate?, _ insee: String?) -> [String] {
            guard placed else { return [] }
            return [coordinate.map { String($0.latitude) } ?? "", coordinate.map { String($0.longitude) } ?? "", insee ?? ""]
        }
        var elements = [header]
        for a in dataset.actors {
            var row = [a.id, a.name, a.kind == .unknown ? "" : a.kind.label, "", a.legalForm, a.sector, a.territories.joined(separator: "|"),
                       a.website, "", "", "", "", "", ""]
            if dated { row += [a.founded?.description ?? "", a.closed?.description ?? "", ""] }
            elements.append(row + place(a.coordinate, a.insee))
        }
        for c in dataset.cooperations {
            var row = [c.id, c.name, "Coopération", c.summary, "", c.sector, c.territories.joined(separator: "|"), "",
                       c.form == .unknown ? "" : c.form.label, c.declaredMembers.map(String.init) ?? "", Language.fr.label(c.status),
                       c.started?.description ?? "", c.source, ""]
            if dated { row += ["", "", c.ended?.description ?? ""] }
            elements.append(row + place(nil, nil))
        }
        for t in dataset.territories {
            var row = [t.id, t.name, "Territoire", "", "", "", "", "", "", "", "", "", "", Language.fr.label(t.level)]
            if dated { row += ["", "", ""] }
            elements.append(row + place(t.coordinate, t.insee))
        }
        var connections = [["From", "To", "Type", "Direction"] + (dated ? ["since", "until"] : [])]
        for m in dataset.memberships {
            connections.append([m.actor, m.cooperation, m.role.rawValue, "directed"]
                               + (dated ? [m.since?.description ?? "", m.until?.description ?? ""] : []))
        }
        for t in dataset.territories {
            if let parent = t.parent { connections.append([t.id, parent, "fait partie de", "directed"] + (dated ? ["", ""] : [])) }
        }
        return WorkbookDraft(sheets: [
            DraftSheet(name: "Elements", rows: elements, columnWidths: [22, 34, 18, 40] + [Int](repeating: 16, count: header.count - 4)),
            DraftSheet(name: "Connections", rows: connections, columnWidths: [22, 22, 16, 12]),
        ])
    }
}
