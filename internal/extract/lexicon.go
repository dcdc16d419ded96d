package extract

import "github.com/storylens/storylens/internal/extract/lexicon"

// The word lists are embedded data files of package lexicon (one category
// a file, each headed by its source); these names are the rules' handles
// on them.
var (
	orgNames          = lexicon.Orgs
	orgSuffixes       = lexicon.OrgSuffixes
	orgPrefixes       = lexicon.OrgPrefixes
	orgHeads          = lexicon.OrgHeads
	newspaperWords    = lexicon.NewspaperWords
	honorifics        = lexicon.Honorifics
	addressHonorifics = lexicon.AddressHonorifics
	portfolioWords    = lexicon.PortfolioWords
	titleOfWords      = lexicon.TitleOfWords
	workHeads         = lexicon.WorkHeads
	eventNames        = lexicon.EventNames
	roleNouns         = lexicon.RoleNouns
	firstNames        = lexicon.GivenNames
	femaleNames       = lexicon.FemaleNames
	unisexNames       = lexicon.UnisexNames
	stopwords         = lexicon.Stopwords
	commonWords       = lexicon.CommonWords
	demonyms          = lexicon.Demonyms
	monthNames        = lexicon.Months
	weekdayNames      = lexicon.Weekdays
	cueVerbs          = lexicon.CueVerbs
	relationTriggers  = lexicon.RelationTriggers
	currencyCodes     = lexicon.CurrencyCodes
	countryNames      = lexicon.Countries
	placeAliases      = lexicon.PlaceAliases
	usStates          = lexicon.USStates
	worldCities       = lexicon.WorldCities
	regionNames       = lexicon.Regions
	placeHeads        = lexicon.PlaceHeads
	placeNameSuffixes = lexicon.PlaceSuffixes
	placeNamePrefixes = lexicon.PlacePrefixes
)

// isOutlet reports the news organisations credited alone on a source line
// (the "+source" outlets of the lexicon).
func isOutlet(name string) bool { return lexicon.SourceOutlets[name] }

// splitWords turns a whitespace-separated list into a set.
func splitWords(s string) map[string]bool {
	m := map[string]bool{}
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' {
			if start >= 0 {
				m[s[start:i]] = true
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return m
}
