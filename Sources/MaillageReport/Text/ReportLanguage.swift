import MaillageModel

/// The language of a report: the one `Language` every command, map and report speaks.
public typealias ReportLanguage = Language
