import Testing
@testable import MaillageDataset

@Suite struct CSVReaderTests {
    private func read(_ text: String) -> CSVDocument { CSVReader.read(Array(text.utf8)) }

    @Test func readsQuotedDelimitersQuotesAndLineBreaks() {
        let doc = read("a,b\n\"x, y\",\"he said \"\"hi\"\"\"\n\"multi\nline\",z\n")
        #expect(doc.problems.isEmpty)
        #expect(doc.records.map { $0.fields.map(\.value) } == [["a", "b"], ["x, y", "he said \"hi\""], ["multi\nline", "z"]])
        #expect(doc.records[2].line == 3)
        #expect(doc.records[2].fields[1].line == 4)
        #expect(doc.records[2].fields[1].column == 7)
    }

    @Test func detectsSemicolonsOutsideQuotes() {
        #expect(CSVDelimiter.detect(in: Array("a;b;\"c,d,e\"\n".utf8)) == .semicolon)
        #expect(CSVDelimiter.detect(in: Array("a,b;c,d\n".utf8)) == .comma)
    }

    /// Excel's « sep=; » first line names the delimiter (here against a majority of commas)
    /// and is no record; lines keep their numbers in the file.
    @Test func anExcelSeparatorLineNamesTheDelimiter() {
        let doc = CSVReader.read([0xEF, 0xBB, 0xBF] + Array("sep=;\r\nStructure;Note\r\nMairie;a, b, c\r\n".utf8))
        #expect(doc.delimiter == .semicolon)
        #expect(doc.records.map { $0.fields.map(\.value) } == [["Structure", "Note"], ["Mairie", "a, b, c"]])
        #expect(doc.records.map(\.line) == [2, 3])
        #expect(read("SEP=,\na;b,c\n").records.map { $0.fields.map(\.value) } == [["a;b", "c"]])
        #expect(read("sep=;x\na,b\n").records.count == 2, "not a separator line: read as it is")
    }

    @Test func skipsBOMAndHandlesCRLFAndCR() {
        let doc = CSVReader.read([0xEF, 0xBB, 0xBF] + Array("a;b\r\n1;2\r3;4".utf8))
        #expect(doc.delimiter == .semicolon)
        #expect(doc.records.map { $0.fields.map(\.value) } == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(doc.records.map(\.line) == [1, 2, 3])
    }

    @Test func columnsCountCharactersNotBytes() {
        let doc = read("é,à,x\n")
        #expect(doc.records[0].fields.map(\.column) == [1, 3, 5])
    }

    @Test func reportsUnterminatedQuoteWhereItOpens() {
        let doc = read("a,b\n1,\"2\n3,4\n")
        #expect(doc.problems.count == 1)
        #expect(doc.problems.first?.line == 2)
        #expect(doc.problems.first?.column == 3)
    }

    @Test func reportsTextAfterClosingQuote() {
        let doc = read("a\n\"x\"y\n")
        #expect(doc.problems.map(\.column) == [4])
    }

    @Test func skipsBlankLinesAndTrimsUnquotedCells() {
        let doc = read("a, b \n\n 1 ,\" 2 \"\n")
        #expect(doc.records.map { $0.fields.map(\.value) } == [["a", "b"], ["1", " 2 "]])
    }
}
