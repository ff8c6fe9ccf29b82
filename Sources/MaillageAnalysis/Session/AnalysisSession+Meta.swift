import MaillageGraph
import MaillageModel
import MaillageSupport

extension AnalysisSession {
    /// The `meta` object of a JSON output: Maillage's version, the command, the dataset
    /// (name, path, fingerprint, redaction) and the parameters.
    public func meta(command: String, parameters: [(String, JSONValue)]) -> JSONValue {
        .object([
            ("maillage", .string(MaillageVersion.current)),
            ("command", .string(command)),
            ("dataset", .object([
                ("name", .string(fullDataset.name)),
                ("path", .string(origin?.path)),
                ("sha256", .string(origin?.fingerprint)),
                ("redacted", .bool(origin?.redacted ?? false)),
                ("at", .string(origin?.asOf?.description)),
            ] + (origin?.aliases.isEmpty ?? true ? [] : [
                ("aliases", .array((origin?.aliases ?? []).map { .object([("alias", .string($0.alias)), ("id", .string($0.id))]) })),
            ]) + ((origin?.actorsLocatedByCode ?? 0) == 0 ? [] : [
                ("actors_located_by_postal_code", .int(origin?.actorsLocatedByCode ?? 0)),
            ]) + (origin?.readingWarnings.isEmpty ?? true ? [] : [
                // How the files were read, as `maillage validate` words it, in both languages.
                ("reading_warnings", .array((origin?.readingWarnings ?? []).map { .object([("fr", .string($0.fr)), ("en", .string($0.en))]) })),
            ]))),
            ("parameters", .object(parameters)),
        ])
    }

    /// Projection and scope, as `meta` records them.
    public var graphParameters: [(String, JSONValue)] {
        [
            ("projection", .string(settings.projection.rawValue)),
            ("scope", .object([
                ("territory", .string(scope.territory)),
                ("kind", .array(scopeKinds.map { .string($0.rawValue) })),
                ("form", .array(scopeForms.map { .string($0.rawValue) })),
            ])),
        ] + (settings.projectionLimits.maxCooperationSize.map { [("max_cooperation_size", JSONValue.int($0))] } ?? [])
    }

    /// `weighted` and `mode`, as `meta` records them.
    public var measureParameters: [(String, JSONValue)] {
        [("weighted", .bool(settings.weighted)), ("mode", .string(settings.mode.rawValue))]
    }

    /// The community method, seed and resolution (and Leiden's number of starts, and its
    /// most iterations when they are limited).
    public var communityParameters: [(String, JSONValue)] {
        let c = settings.communities
        var parameters: [(String, JSONValue)] = [
            ("method", .string(c.method.rawValue)), ("seed", .int(Int(truncatingIfNeeded: c.seed))), ("resolution", .number(c.resolution)),
        ]
        if c.method == .leiden {
            parameters.append(("starts", .int(leidenDefaultStarts(edgeCount: graph.edgeCount))))
            if let iterations = c.iterations { parameters.append(("iterations", .int(iterations))) }
        }
        return parameters
    }

    /// The scope's kinds in the order of `ActorKind.allCases`.
    public var scopeKinds: [ActorKind] { ActorKind.allCases.filter(scope.kinds.contains) }
    /// The scope's forms in the order of `CooperationForm.allCases`.
    public var scopeForms: [CooperationForm] { CooperationForm.allCases.filter(scope.forms.contains) }

    /// The scope in words, in `language` ("territoire CA du Boulonnais", "types : …"); empty for the whole dataset.
    public func scopeDescription(in language: Language) -> [String] {
        let l = language
        var parts: [String] = []
        if let t = scope.territory { parts.append(l.pick("territoire ", "territory ") + (fullDataset.territory(t)?.name ?? t)) }
        if !scope.kinds.isEmpty { parts.append(l.pick("types : ", "kinds: ") + scopeKinds.map(\.rawValue).joined(separator: ", ")) }
        if !scope.forms.isEmpty { parts.append(l.pick("formes : ", "forms: ") + scopeForms.map(\.rawValue).joined(separator: ", ")) }
        return parts
    }
}
