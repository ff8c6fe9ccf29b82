// The DOT document model (DOTGraph, DOTAttribute, HTMLLabel) and its encoder live in
// MaillageDOT, which needs no Graphviz, so that the `dot` export writes with the same
// encoder. They are the renderer's vocabulary: importing MaillageRender brings them.
@_exported import MaillageDOT
