import MaillageSupport
import ArgumentParser
import Foundation
import MaillageDataset
import MaillageSynthesis

/// `maillage synth -o DIR --actors N --seed S`: writes a synthetic national-scale
/// dataset (in the format of the DatasetFormat article of the documentation), deterministic for its seed.
struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: helpText(
            "Génère un jeu de données synthétique à l'échelle nationale (régions, départements, EPCI, acteurs, coopérations), identique pour une même graine.",
            "Generates a synthetic national-scale dataset (régions, départements, EPCI, actors, cooperations), the same for the same seed."),
        discussion: helpText("""
            Les territoires sont les vraies régions et les vrais départements de France métropolitaine et des EPCI \
            fictifs (~13, ~96 et ~1\u{202F}250 à 200\u{202F}000 acteurs, proportionnellement moins en dessous) ; des \
            acteurs de tous les types, la plupart situés dans un EPCI ; des tailles de coopération à queue lourde (la \
            plupart 2–8, certaines 20–50, très peu 100–300) ; des membres venant surtout du territoire et du secteur \
            de la coopération. Aucune personne ni donnée réelle. Le dossier reçoit territories.csv, actors.csv, \
            cooperations.csv, memberships.csv et README.md, chacun écrit en entier ou pas du tout.
            """, """
            Territories are the real régions and départements of metropolitan France and fictitious EPCI \
            (~13, ~96 and ~1,250 at 200,000 actors, proportionally fewer below); actors of every kind, most \
            located in one EPCI; heavy-tailed cooperation sizes (most 2–8, some 20–50, a very few 100–300); \
            members mostly from the cooperation's own territory and sector. No real person or data. \
            The folder receives territories.csv, actors.csv, cooperations.csv, memberships.csv and README.md, \
            each written whole or not at all.
            """))

    @Option(name: [.short, .customLong("output")], help: .localized(
        "Le dossier du jeu de données à écrire (créé s'il n'existe pas).", "Dataset folder to write (created if missing).", valueName: "DIR"))
    var output: String

    @Option(help: .localized(
        "Nombre d'acteurs (au moins \(SyntheticDataset.minimumActors)).", "Number of actors (at least \(SyntheticDataset.minimumActors)).", valueName: "N"))
    var actors: Int = 20_000

    @Option(help: .localized(
        "Graine : la même graine et la même taille donnent les mêmes fichiers.", "Seed: the same seed and size give the same files.", valueName: "S"))
    var seed: UInt64 = 1

    @Option(name: .customLong("memory-budget"), help: .localized(
        "Mémoire que la génération peut occuper, par exemple 8G (4G par défaut, ou $MAILLAGE_MEMORY_BUDGET).",
        "Memory the generation may take, e.g. 8G (default 4G, or $MAILLAGE_MEMORY_BUDGET).", valueName: "SIZE"))
    var memoryBudget: String?

    @Option(help: .localized(
        "Dater le jeu de données sur ces années (par exemple 2018-2022) : coopérations nées et terminées, participations commencées et terminées, acteurs fondés et fermés (colonnes started/ended, since/until, founded/closed).",
        "Date the dataset over these years (e.g. 2018-2022): cooperations born and ended, memberships begun and ended, actors founded and closed (columns started/ended, since/until, founded/closed).",
        valueName: "A-B"))
    var years: String?

    @Flag(help: .localized("Ne rien afficher (comme --quiet dans chaque commande d'analyse).", "Print nothing (like every analysis command's --quiet)."))
    var quiet = false

    @OptionGroup var lang: LanguageOption

    func validate() throws {
        guard actors >= SyntheticDataset.minimumActors else {
            throw UsageError.make("--actors doit valoir au moins \(SyntheticDataset.minimumActors) (reçu \(actors))", "--actors must be at least \(SyntheticDataset.minimumActors) (got \(actors))")
        }
        // Bounded by the memory budget (issue 19, item 14).
        guard let budget = memoryBudget.map(MemoryBudget.init(parsing:)) ?? .fromEnvironment else {
            throw UsageError.make("--memory-budget \(memoryBudget ?? "") : donnez une taille comme 512M, 8G ou 16GiB", "--memory-budget \(memoryBudget ?? ""): give a size such as 512M, 8G or 16GiB")
        }
        guard SyntheticDataset.estimatedBytes(actors: actors) <= budget.bytes else {
            let need = MemoryBudget.format(SyntheticDataset.estimatedBytes(actors: actors))
            let fit = SyntheticDataset.largestActorCount(within: budget)
            throw UsageError.make(
                "--actors \(actors) demanderait environ \(need), au-delà du budget mémoire de \(budget) ; "
                    + "au plus \(fit) acteurs y tiennent (relevez-le avec --memory-budget ou \(MemoryBudget.environmentVariable))",
                "--actors \(actors) would need about \(need), over the memory budget of \(budget); "
                    + "at most \(fit) actors fit (raise it with --memory-budget or \(MemoryBudget.environmentVariable))")
        }
        if years != nil, yearSpan == nil {
            throw UsageError.make("--years doit donner deux années, la première avant la seconde (par exemple 2018-2022 ; reçu \(years ?? ""))", "--years must be two years, the first before the second (e.g. 2018-2022; got \(years ?? ""))")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw UsageError.make("--output \(output) est un fichier ; donnez un dossier", "--output \(output) is a file; give a folder")
        }
    }

    /// `--years A-B` read: A < B, both between 1000 and 9999.
    var yearSpan: ClosedRange<Int>? {
        guard let years else { return nil }
        let parts = years.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), 1000 <= a, a < b, b <= 9999 else { return nil }
        return a...b
    }

    func run() throws {
        let dataset = yearSpan.map { SyntheticHistory.generate(actors: actors, seed: seed, years: $0).dataset }
            ?? SyntheticDataset.generate(actors: actors, seed: seed)
        do {
            try DatasetWriter.write(dataset, to: URL(fileURLWithPath: output))
        } catch let error as DatasetWriteError {
            throw CommandFailure("impossible d'écrire le jeu de données : \(error.description)", "cannot write the dataset: \(error.description)")
        }
        guard !quiet else { return }
        let (a, c, m, t) = (dataset.actors.count, dataset.cooperations.count, dataset.memberships.count, dataset.territories.count)
        print("\(output): " + lang.language.pick(
            "\(a) acteurs, \(c) coopérations, \(m) participations, \(t) territoires (graine \(seed))",
            "\(a) actors, \(c) cooperations, \(m) memberships, \(t) territories (seed \(seed))"))
    }
}
