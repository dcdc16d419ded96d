package extract

import "testing"

func TestDates(t *testing.T) {
	type dv struct{ text, value, precision, mod string }
	tests := []struct {
		name      string
		sentence  string
		published string
		want      []dv
	}{
		{"full date", "The law passed on March 3, 2021, after a long debate.", "2024-11-08", []dv{{"March 3, 2021", "2021-03-03", "day", ""}}},
		{"day month year", "The ship sank on 14 April 1912 in the Atlantic.", "2024-11-08", []dv{{"14 April 1912", "1912-04-14", "day", ""}}},
		{"month and year", "The plant closed in June 2023 after losses.", "2024-11-08", []dv{{"June 2023", "2023-06", "month", ""}}},
		{"bare month, past", "The report came out in September and caused a stir.", "2024-11-08", []dv{{"September", "2024-09", "month", ""}}},
		{"bare month, later than publication", "Prices rose in December, the agency said.", "2024-11-08", []dv{{"December", "2023-12", "month", ""}}},
		{"bare month, future", "The talks will resume in January, officials said.", "2024-11-08", []dv{{"January", "2025-01", "month", ""}}},
		{"day without year, present tense: the nearest", "The season officially begins June 1.", "2013-05-23", []dv{{"June 1", "2013-06-01", "day", ""}}},
		{"day without year, past tense", "The report was released May 29.", "2024-06-04", []dv{{"May 29", "2024-05-29", "day", ""}}},
		{"month, no tense: the nearest", "June is a good time to plan.", "2013-05-23", []dv{{"June", "2013-06", "month", ""}}},
		{"qualified year", "Contacts began in late 2022 and grew.", "2024-11-08", []dv{{"late 2022", "2022", "year", "late"}}},
		{"mid year", "Output fell in mid-2023.", "2024-11-08", []dv{{"mid-2023", "2023", "year", "mid"}}},
		{"weekday past tense", "She called him on Wednesday to discuss the plan.", "2024-11-08", []dv{{"on Wednesday", "2024-11-06", "day", ""}}},
		{"weekday future tense", "The minister will visit the site on Tuesday.", "2024-11-08", []dv{{"on Tuesday", "2024-11-12", "day", ""}}},
		{"weekday with qualifier", "They spoke late on Wednesday.", "2024-11-08", []dv{{"late on Wednesday", "2024-11-06", "day", "late"}}},
		{"this morning", "Drones struck the city early this morning.", "2024-11-08", []dv{{"early this morning", "2024-11-08", "day", "early"}}},
		{"yesterday", "The company announced the deal yesterday.", "2024-11-08", []dv{{"yesterday", "2024-11-07", "day", ""}}},
		{"last year", "Sales doubled last year.", "2024-11-08", []dv{{"last year", "2023", "year", ""}}},
		{"years ago", "The team finished last two years ago.", "2021-09-02", []dv{{"two years ago", "2019", "year", ""}}},
		{"months and days ago", "The plant opened three months ago and closed 5 days ago.", "2021-09-02", []dv{{"three months ago", "2021-06", "month", ""}, {"5 days ago", "2021-08-28", "day", ""}}},
		{"durations are not dates", "The war has lasted two and a half years; the call took 25 minutes.", "2024-11-08", nil},
		{"the last year is a duration", "Concerns have grown in the last year.", "2024-11-08", nil},
		{"counts are not years", "More than 2000 people attended.", "2024-11-08", nil},
		{"a year before a possessive", "She holds two titles (2008 women's singles, 2016 women's doubles).", "2024-11-08", []dv{{"2008", "2008", "year", ""}, {"2016", "2016", "year", ""}}},
		{"year as a modifier", "The 2024 campaign was expensive.", "2024-11-08", []dv{{"2024", "2024", "year", ""}}},
		{"no publication date: relative dates are skipped", "They met on Monday and signed in May 2019.", "", []dv{{"May 2019", "2019-05", "month", ""}}},
		{"the day after the election", "He joined the call the day after the presidential election.", "2024-11-08", []dv{{"the day after the presidential election", "2024-11-06", "day", ""}}},
		{"page timestamps are not story dates", "Posted May 2, 2024 1:49 am.\n\nUpdated: May 3, 2024\n\n2024-05-03 07:38 Last Updated\n\nThanks to all — Dana Oakes (@danaoakes) May 2, 2024\n\nThe wall opened on May 1, 2024.", "2024-05-03", []dv{{"May 1, 2024", "2024-05-01", "day", ""}}},
		{"last fall", "The trial ran for ten weeks last fall.", "2024-08-06", []dv{{"last fall", "2023", "year", "late"}}},
		{"this spring and next summer", "Work began this spring and ends next summer.", "2024-05-06", []dv{{"this spring", "2024", "year", "early"}, {"next summer", "2025", "year", "mid"}}},
		{"season of a year", "The plant closed in the autumn of 2019.", "2024-05-06", []dv{{"the autumn of 2019", "2019", "year", "late"}}},
		{"fall as a verb", "Prices may fall this year.", "2024-05-06", []dv{{"this year", "2024", "year", ""}}},
		{"impossible dates are dropped", "The memo was dated February 30, 2023.", "2024-11-08", nil},
		// Tense comes from the verb group nearest the date, not from a
		// modal elsewhere in the sentence. 2024-11-08 is a Friday.
		{"modal later in the sentence", "Officials said on Monday that the new bridge would cost more.", "2024-11-08", []dv{{"on Monday", "2024-11-04", "day", ""}}},
		{"modal in a relative clause", "The mayor, who will retire soon, opened the depot on Tuesday.", "2024-11-08", []dv{{"on Tuesday", "2024-11-05", "day", ""}}},
		{"modal near the date", "Officials said the depot could reopen on Tuesday.", "2024-11-08", []dv{{"on Tuesday", "2024-11-12", "day", ""}}},
		{"two clauses, two tenses", "The club lost on Sunday and will play again on Wednesday.", "2024-11-08", []dv{{"on Sunday", "2024-11-03", "day", ""}, {"on Wednesday", "2024-11-13", "day", ""}}},
		{"due to is because of", "Two barns burned due to storms that struck on Wednesday.", "2024-11-08", []dv{{"on Wednesday", "2024-11-06", "day", ""}}},
		{"is due is ahead", "The ruling is due on Wednesday.", "2024-11-08", []dv{{"on Wednesday", "2024-11-13", "day", ""}}},
		{"may have is a past", "The pair may have met on Tuesday.", "2024-11-08", []dv{{"on Tuesday", "2024-11-05", "day", ""}}},
		{"present progressive is ahead", "The envoys are meeting on Tuesday.", "2024-11-08", []dv{{"on Tuesday", "2024-11-12", "day", ""}}},
		// Not every "-ed" word is a past tense.
		{"-ed adjective after a determiner", "The proposed budget goes to a vote in January.", "2024-11-08", []dv{{"January", "2025-01", "month", ""}}},
		{"-ed adjective", "The embattled mayor hosts a summit in December.", "2024-11-08", []dv{{"December", "2024-12", "month", ""}}},
		{"-eed is not a past", "The councils need a deal in February.", "2024-11-08", []dv{{"February", "2025-02", "month", ""}}},
		{"-ed verb is a past", "Prices jumped in December.", "2024-11-08", []dv{{"December", "2023-12", "month", ""}}},
		{"this past month", "The firm hired Dana Oakes this past May.", "2024-11-08", []dv{{"this past May", "2024-05", "month", ""}}},
		{"this past month, same month last year", "The firm hired Dana Oakes this past November.", "2024-11-08", []dv{{"this past November", "2023-11", "month", ""}}},
		{"this past weekday", "Voters queued this past Monday.", "2024-11-08", []dv{{"this past Monday", "2024-11-04", "day", ""}}},
		{"mid-month", "Talks stalled in mid-November.", "2024-12-08", []dv{{"mid-November", "2024-11", "month", "mid"}}},
		{"late-month", "Snow fell in late-March.", "2024-04-08", []dv{{"late-March", "2024-03", "month", "late"}}},
		{"end of the year", "The depot will close by the end of the year.", "2024-05-08", []dv{{"the end of the year", "2024", "year", "late"}}},
		{"end of the year, written in January", "Sales slumped at the end of the year.", "2024-01-08", []dv{{"the end of the year", "2023", "year", "late"}}},
		{"end of the month", "Rents rise at the end of the month.", "2024-05-08", []dv{{"the end of the month", "2024-05", "month", "late"}}},
		{"start of the year", "Hiring picked up at the start of the year.", "2024-05-08", []dv{{"the start of the year", "2024", "year", "early"}}},
		{"end of next year", "The line opens at the end of next year.", "2024-05-08", []dv{{"the end of next year", "2025", "year", "late"}}},
		{"two-digit year", "She won the county title in '82 and again in ’07.", "2024-05-08", []dv{{"'82", "1982", "year", ""}, {"’07", "2007", "year", ""}}},
		{"decades and heights are not years", "He grew up in the '90s and stands 5'11 tall.", "2024-05-08", nil},
		{"numeric date", "The permit was signed 7/8/07 by the clerk.", "2024-05-08", []dv{{"7/8/07", "2007-07-08", "day", ""}}},
		{"numeric date, four-digit year", "The permit expired on 12/31/2023.", "2024-05-08", []dv{{"12/31/2023", "2023-12-31", "day", ""}}},
		{"fractions and paths are not dates", "Turnout rose 3/4 of a point; see news/2024/05/07/story.", "2024-05-08", nil},
		{"month of next year", "The trial opens in October of next year.", "2024-05-08", []dv{{"October of next year", "2025-10", "month", ""}}},
		{"month of last year", "The plant shut in October of last year.", "2024-05-08", []dv{{"October of last year", "2023-10", "month", ""}}},
		{"month this year", "The plant shut in March this year.", "2024-05-08", []dv{{"March this year", "2024-03", "month", ""}}},
		{"month of a year", "The plant shut in October of 2021.", "2024-05-08", []dv{{"October of 2021", "2021-10", "month", ""}}},
		{"a year ago: the month", "The plant shut a year ago.", "2024-05-08", []dv{{"a year ago", "2023-05", "month", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds := buildText(t, "Headline for a test\n\n"+tc.sentence, tc.published)
			var got []dv
			for _, d := range ds.Dates {
				got = append(got, dv{d.Text, d.Value, d.Precision, d.Mod})
			}
			if len(got) != len(tc.want) {
				t.Fatalf("dates in %q (published %s) = %+v; want %+v", tc.sentence, tc.published, got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("date %d in %q = %+v; want %+v", i, tc.sentence, got[i], tc.want[i])
				}
			}
		})
	}
}
