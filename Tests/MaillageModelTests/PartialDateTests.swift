import MaillageModel
import Testing

/// Partial dates and lifespans: the forms read, the order, and the rule that a start
/// counts from its first day and an end up to its last day.
@Suite struct PartialDateTests {
    @Test func readsIsoAndFrenchForms() {
        #expect(PartialDate("2019") == PartialDate(year: 2019))
        #expect(PartialDate(" 2019-03 ") == PartialDate(year: 2019, month: 3))
        #expect(PartialDate("2019-03-14") == PartialDate(year: 2019, month: 3, day: 14))
        #expect(PartialDate("03/2019") == PartialDate(year: 2019, month: 3))
        #expect(PartialDate("14/03/2019") == PartialDate(year: 2019, month: 3, day: 14))
        #expect(PartialDate("2020-02-29") != nil)
        for bad in ["", "19", "2019-13", "2019-3", "2019-02-30", "2019-02-29", "2019/03", "32/01/2019", "vers 2019", "2019-03-14T10:00", "2019-"] {
            #expect(PartialDate(bad) == nil, "\(bad)")
        }
        #expect(PartialDate("2019-03-04")?.description == "2019-03-04")
        #expect(PartialDate("3/2019")?.description == "2019-03")
    }

    /// What French spreadsheets write besides the numeric forms: a month in words
    /// (« janv. 2019 », « mars 2019 », « 1er août 2019 »), and `-` or `.` between the day,
    /// the month and the year.
    @Test func readsMonthsInWordsAndOtherSeparators() {
        #expect(PartialDate("janv. 2019") == PartialDate(year: 2019, month: 1))
        #expect(PartialDate("Janvier 2019") == PartialDate(year: 2019, month: 1))
        #expect(PartialDate("mars 2019") == PartialDate(year: 2019, month: 3))
        #expect(PartialDate("FÉVR. 2020") == PartialDate(year: 2020, month: 2))
        #expect(PartialDate("1er août 2019") == PartialDate(year: 2019, month: 8, day: 1))
        #expect(PartialDate("14 juillet 2019") == PartialDate(year: 2019, month: 7, day: 14))
        #expect(PartialDate("14 March 2019") == PartialDate(year: 2019, month: 3, day: 14))
        #expect(PartialDate("sept 2021") == PartialDate(year: 2021, month: 9))
        #expect(PartialDate("14-03-2019") == PartialDate(year: 2019, month: 3, day: 14))
        #expect(PartialDate("03-2019") == PartialDate(year: 2019, month: 3))
        #expect(PartialDate("14.03.2019") == PartialDate(year: 2019, month: 3, day: 14))
        // As Excel's French formats write dates: `mmm-yy`, `mmmm-aaaa`, `jj/mm/aa` (00–29 are 20xx, 30–99 19xx).
        #expect(PartialDate("janv.-21") == PartialDate(year: 2021, month: 1))
        #expect(PartialDate("Mars-2021") == PartialDate(year: 2021, month: 3))
        #expect(PartialDate("déc.-98") == PartialDate(year: 1998, month: 12))
        #expect(PartialDate("01/03/21") == PartialDate(year: 2021, month: 3, day: 1))
        #expect(PartialDate("14.07.95") == PartialDate(year: 1995, month: 7, day: 14))
        #expect(PartialDate.fourDigitYear(29) == 2029 && PartialDate.fourDigitYear(30) == 1930)
        for bad in ["mars", "mars 19", "19-03-14", "01/03/2", "31 février 2019", "T1 2019", "été 2019", "14 mars", "2019-2020", "32-01-2019", "2019.5"] {
            #expect(PartialDate(bad) == nil, "\(bad)")
        }
    }

    @Test func periodsAndOrder() throws {
        let year = try #require(PartialDate("2019")), march = try #require(PartialDate("2019-03"))
        let day = try #require(PartialDate("2019-01-01"))
        #expect(year.firstDay.description == "2019-01-01" && year.lastDay.description == "2019-12-31")
        #expect(march.lastDay.description == "2019-03-31")
        #expect(PartialDate("2024-02")?.lastDay.description == "2024-02-29")
        #expect([march, year, day].sorted() == [day, year, march])
        #expect(PartialDate("2018-12-31")! < day)
    }

    @Test func aYearStartsOnItsFirstDayAndEndsOnItsLastDay() throws {
        let life = Lifespan(start: PartialDate("2019"), end: PartialDate("2020-06"))
        #expect(!life.contains(PartialDate("2018-12-31")!.firstDay))
        #expect(life.contains(PartialDate("2019-01-01")!.firstDay))
        #expect(life.contains(PartialDate("2020-06-30")!.firstDay))
        #expect(!life.contains(PartialDate("2020-07-01")!.firstDay))
        // A date asked for is read on its last day: 2020 is 31 December 2020.
        #expect(!life.isAlive(at: PartialDate("2020")!))
        #expect(life.isAlive(at: PartialDate("2019")!))
        #expect(Lifespan().isAlive(at: PartialDate("1900")!), "undated: present throughout")
        #expect(Lifespan(start: PartialDate("2019"), end: PartialDate("2019")).isReversed == false)
        #expect(Lifespan(start: PartialDate("2019-05"), end: PartialDate("2019")).isReversed == false)
        #expect(Lifespan(start: PartialDate("2020"), end: PartialDate("2019-12-31")).isReversed)
    }

    @Test func membershipWithinItsCooperation() {
        let cooperation = Lifespan(start: PartialDate("2019"), end: PartialDate("2021-06"))
        #expect(Lifespan().lies(within: cooperation))
        #expect(Lifespan(start: PartialDate("2019-05")).lies(within: cooperation))
        #expect(Lifespan(start: PartialDate("2019"), end: PartialDate("2021")).lies(within: cooperation), "same year: not outside")
        #expect(!Lifespan(start: PartialDate("2018")).lies(within: cooperation))
        #expect(!Lifespan(end: PartialDate("2022")).lies(within: cooperation))
        #expect(!Lifespan(start: PartialDate("2022")).lies(within: cooperation))
    }
}
