// MaillageAnalysis: measures, communities, brokerage, territories and hubs,
// computed on the compact graphs of MaillageGraph. Knows nothing of the command
// line, of files or of Graphviz.
@_exported import MaillageGraph
