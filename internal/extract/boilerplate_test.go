package extract

import (
	"reflect"
	"strings"
	"testing"
)

func TestCleanPage(t *testing.T) {
	tests := []struct {
		name        string
		raw         string
		wantTitle   string
		wantDropped []string
		wantKept    []string // paragraphs that must survive
		wantByline  []string
		wantCredits []string
	}{
		{
			name: "navigation, byline, copyright and comment prompts",
			raw: "Skip to main content\n\nCity council approves new bridge over the river\n\nBy Jane Roe and Omar Haddad, Daily Example\n\n" +
				"The city council voted on Tuesday to approve a new bridge across the river, ending a debate that lasted nearly a decade among residents and officials.\n\n" +
				"Council member Lena Varga said the bridge would ease traffic in the old town.\n\n" +
				"© 2024 Daily Example Media. All rights reserved.\n\nJump to comments\n\nPlease keep your comments civil and on topic.\n",
			wantTitle:   "City council approves new bridge over the river",
			wantDropped: []string{"Skip to main content", "By Jane Roe and Omar Haddad, Daily Example", "© 2024 Daily Example Media. All rights reserved.", "Jump to comments", "Please keep your comments civil and on topic."},
			wantKept:    []string{"Council member Lena Varga said the bridge would ease traffic in the old town."},
			wantByline:  []string{"Jane Roe", "Omar Haddad"},
		},
		{
			name: "bylines with a date stamp, one naming only the outlet",
			raw: "Harbour team wins the regional cup\n\nBy Example Sports on September 2, 2021\n\n" +
				"The harbour team beat its rivals on Wednesday to win the regional cup for the first time in a decade, the league said in a statement.\n\n" +
				"Coach Lena Varga said the players had trained hard all season and deserved the trophy.\n",
			wantTitle:   "Harbour team wins the regional cup",
			wantDropped: []string{"By Example Sports on September 2, 2021"},
			wantKept:    []string{"Coach Lena Varga said the players had trained hard all season and deserved the trophy."},
		},
		{
			name: "a person's byline with a stamp",
			raw: "Harbour team wins the regional cup\n\nBy Jane Roe | 2 September 2021 10:40\n\n" +
				"The harbour team beat its rivals on Wednesday to win the regional cup for the first time in a decade, the league said in a statement.\n",
			wantTitle:   "Harbour team wins the regional cup",
			wantDropped: []string{"By Jane Roe | 2 September 2021 10:40"},
			wantByline:  []string{"Jane Roe"},
		},
		{
			name: "appeal glued to the first body sentence",
			raw: "Storm floods coastal villages overnight\n\nSupport our journalism with a donation today.Heavy rain flooded three villages on the coast overnight, officials said.\n\n" +
				"Rescue teams reached the area by boat and evacuated dozens of families from their homes before dawn.\n",
			wantTitle:   "Storm floods coastal villages overnight",
			wantDropped: []string{"Support our journalism with a donation today."},
			wantKept:    []string{"Heavy rain flooded three villages on the coast overnight, officials said."},
		},
		{
			name: "credit line, newsletter promo, share buttons, timestamp",
			raw: "Updated 10:42 GMT, 3 March 2024\n\nFactory workers strike over pay\n\nShare\n\n" +
				"Workers at the plant walked out on Monday after talks with management over wages broke down late last week, a union official said.\n\n" +
				"Sign up for our morning newsletter and get the top stories in your inbox.\n\n" +
				"Marta Kowalczyk and Tomas Berg contributed reporting.\n",
			wantTitle:   "Factory workers strike over pay",
			wantDropped: []string{"Updated 10:42 GMT, 3 March 2024", "Share", "Sign up for our morning newsletter and get the top stories in your inbox."},
			wantCredits: []string{"Marta Kowalczyk", "Tomas Berg"},
		},
		{
			name: "subheadings between body paragraphs are kept",
			raw: "Regional election results delayed by recount\n\n" +
				"Officials in the northern district ordered a recount after the margin between the two leading candidates fell below one percent.\n\n" +
				"What happens next\n\n" +
				"The electoral commission said the recount would take at least three days, and that observers from both parties would attend.\n",
			wantTitle: "Regional election results delayed by recount",
			wantKept:  []string{"What happens next"},
		},
		{
			name: "a sentence between advertisement slots survives; name-in-place byline",
			raw: "Harbour strike spreads to second port\n\nJane Roe in Portmere\n\n" +
				"A strike by dockworkers spread to a second port on Monday after talks between the union and the port authority collapsed.\n\n" +
				"Advertisement\n\nThe shipping minister told reporters he would meet both sides on Thursday.\n\nADVERTISEMENT\n\n" +
				"Most viewed\n\nShow more\n\nReuse this content\n",
			wantTitle:   "Harbour strike spreads to second port",
			wantDropped: []string{"Jane Roe in Portmere", "Advertisement", "ADVERTISEMENT", "Most viewed", "Show more", "Reuse this content"},
			wantKept:    []string{"The shipping minister told reporters he would meet both sides on Thursday."},
			wantByline:  []string{"Jane Roe"},
		},
		{
			name: "section menu before the headline, caption label",
			raw: "Skip to content\nHome\nNews\nSport\nWar in the North\nClimate\nWorld\nFloods sweep through northern valley towns\nPublished\n2 hours ago\n" +
				"Image caption,\nRescuers used boats to reach stranded residents\nBy Jane Roe\n" +
				"Floodwater swept through several towns in the northern valley overnight, forcing hundreds of people from their homes, officials said.\n",
			wantTitle:   "Floods sweep through northern valley towns",
			wantDropped: []string{"Home", "News", "War in the North", "Climate", "Published", "2 hours ago", "Image caption,", "Rescuers used boats to reach stranded residents"},
			wantByline:  []string{"Jane Roe"},
		},
		{
			name: "wire-style credits and a byline label",
			raw: "Drones downed overnight over the capital\nWritten By\nJANE ROE\n" +
				"The air force said on Tuesday it had shot down most of the drones launched overnight, while debris damaged homes in two districts.\n" +
				"Reporting by Omar Haddad; Editing by Lena Varga\n",
			wantTitle:   "Drones downed overnight over the capital",
			wantDropped: []string{"Written By", "JANE ROE", "Reporting by Omar Haddad; Editing by Lena Varga"},
			wantByline:  []string{"Jane Roe"},
			wantCredits: []string{"Omar Haddad", "Lena Varga"},
		},
		{
			name: "sources section at the end",
			raw: "Carmaker recalls vans over brake fault\n\nFriday, October 7, 2005\n\n" +
				"The carmaker said on Thursday it would recall thousands of vans because of a brake fault found during routine tests.\n\n" +
				"Sources\n\n* “Carmaker recalls vans” — Daily Example, October 6, 2005\n\n“Brake fault found” — Example Times, October 6, 2005\n",
			wantTitle:   "Carmaker recalls vans over brake fault",
			wantDropped: []string{"Friday, October 7, 2005", "Sources", "* “Carmaker recalls vans” — Daily Example, October 6, 2005", "“Brake fault found” — Example Times, October 6, 2005"},
		},
		{
			name: "captions and media player labels",
			raw: "Ferry service resumes after repairs\n\nA file photo shows the ferry docked at the harbour in 2019.\n\nplease wait\n\n0:00 0:02:15 0:00\n\n" +
				"The ferry returned to service on Friday after three months of repairs to its engines, the operator said in a statement.\n\n" +
				"Passengers at the harbour.\nPassengers at the harbour.\n",
			wantTitle:   "Ferry service resumes after repairs",
			wantDropped: []string{"A file photo shows the ferry docked at the harbour in 2019.", "please wait", "0:00 0:02:15 0:00", "Passengers at the harbour."},
		},
		{
			name: "wire credits in parentheses, stamps, captions and related links",
			raw: "Harbour town braces for a second storm\n\n2021-03-04T10:22:00+01:00\n\nAbove: Rescuers reach the village by boat.\n\nImage Copyright @exampleagency\n\n" +
				"The harbour town of Portmere is bracing for a second storm after floods last week forced hundreds of residents from their homes, officials said on Thursday.\n\n" +
				"Emergency crews spent the night filling sandbags along the river, and the mayor asked people living near the water to stay with relatives.\n\n" +
				"Related: Ferry service resumes after repairs\n\n" +
				"The weather service said the storm would reach the coast late on Friday and bring strong gusts.\n\n" +
				"(Reporting by Jane Roe; Editing by Omar Haddad)\n\nMore from the Daily Example\n\nCouncil approves new bridge over the river\n",
			wantTitle: "Harbour town braces for a second storm",
			wantDropped: []string{"2021-03-04T10:22:00+01:00", "Above: Rescuers reach the village by boat.", "Image Copyright @exampleagency",
				"Related: Ferry service resumes after repairs", "(Reporting by Jane Roe; Editing by Omar Haddad)", "More from the Daily Example"},
			wantKept:    []string{"The weather service said the storm would reach the coast late on Friday and bring strong gusts."},
			wantCredits: []string{"Jane Roe", "Omar Haddad"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pg := cleanPage(tc.raw)
			if pg.title != tc.wantTitle {
				t.Errorf("cleanPage(%q).title = %q; want %q", tc.name, pg.title, tc.wantTitle)
			}
			if missing := containsAll(pg.dropped, tc.wantDropped...); len(missing) > 0 {
				t.Errorf("cleanPage(%q).dropped = %q; missing %q", tc.name, pg.dropped, missing)
			}
			if missing := containsAll(pg.paras, tc.wantKept...); len(missing) > 0 {
				t.Errorf("cleanPage(%q).paras = %q; missing %q", tc.name, pg.paras, missing)
			}
			for _, p := range pg.paras {
				for _, d := range tc.wantDropped {
					if strings.Contains(p, d) {
						t.Errorf("cleanPage(%q) kept %q", tc.name, d)
					}
				}
			}
			if tc.wantByline != nil && !reflect.DeepEqual(pg.byline, tc.wantByline) {
				t.Errorf("cleanPage(%q).byline = %q; want %q", tc.name, pg.byline, tc.wantByline)
			}
			if tc.wantCredits != nil && !reflect.DeepEqual(pg.contributors, tc.wantCredits) {
				t.Errorf("cleanPage(%q).contributors = %q; want %q", tc.name, pg.contributors, tc.wantCredits)
			}
		})
	}
}
