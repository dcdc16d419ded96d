package extract

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/storylens/storylens/schema"
)

const (
	precDay   = "day"
	precMonth = "month"
	precYear  = "year"
)

var (
	monthRe   = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`
	weekdayRe = `(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
	modRe     = `(?:(early|mid|late|the end of|the beginning of|the start of|the middle of|end of|beginning of|start of|middle of|earlier|later)[- ](?:on |in )?)?`
	ordRe     = `(\d{1,2})(?:st|nd|rd|th)?`

	dateISO = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	dateMDY = regexp.MustCompile(`\b` + modRe + `(?:` + weekdayRe + `,? )?` + monthRe + ` ` + ordRe + `,? (\d{4})\b`)
	dateDMY = regexp.MustCompile(`\b` + modRe + `(?:` + weekdayRe + `,? )?(?:the )?` + ordRe + `(?: of)? ` + monthRe + `,? (\d{4})\b`)
	dateMD  = regexp.MustCompile(`\b` + modRe + `(?:` + weekdayRe + `,? )?` + monthRe + ` ` + ordRe + `\b`)
	dateDM  = regexp.MustCompile(`\b` + modRe + `(?:` + weekdayRe + `,? )?(?:the )?` + ordRe + `(?: of)? ` + monthRe + `\b`)
	dateMY  = regexp.MustCompile(`\b` + modRe + monthRe + `(?:,| of)? (\d{4})\b`)
	dateM   = regexp.MustCompile(`\b(?i:` + modRe + `)(?:(this past|past|last|next|this|in|since|until|from|by|of|during|early|late) )?` + monthRe + `\b`)
	// "October of next year", "March this year".
	dateMRelYear = regexp.MustCompile(`\b(?i:` + modRe + `)` + monthRe + ` (?:of )?(next|last|this) year\b`)
	// "the end of the year", "the start of next month".
	dateEndOf = regexp.MustCompile(`(?i)\b((?:the )?(?:end|start|beginning|middle|close) of) (the|this|next|last) (year|month)\b`)
	// "7/8/07", "12/31/2023": month first, as US outlets write it.
	dateSlash = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b`)
	// "last fall", "this spring", "the summer of 2021", "autumn 2023".
	dateSeason = regexp.MustCompile(`(?i)\b(?:(this past|last|this|next|early|late) (spring|summer|fall|autumn)|(?:the )?(spring|summer|fall|autumn)(?: of)? ((?:19|20)\d{2}))\b`)
	// "'82", "’07": a year with its century left out.
	dateShortYear  = regexp.MustCompile(`['’](\d{2})\b`)
	dateY          = regexp.MustCompile(`\b` + modRe + `((?:19|20)\d{2})\b`)
	dateWeekday    = regexp.MustCompile(`\b(?i:(early|late|earlier|later) )?(?:(on|this past|last|next|this|since|by|until|from) )?` + weekdayRe + `(?:( morning| afternoon| evening| night))?\b`)
	dateRelDay     = regexp.MustCompile(`(?i)\b(?:(early|late|earlier|later) )?(today|yesterday|tomorrow|tonight|this morning|this afternoon|this evening|last night)\b`)
	dateAgo        = regexp.MustCompile(`(?i)\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (day|month|year)s? ago\b`)
	dateRelPeriod  = regexp.MustCompile(`(?i)\b(?:(early|late|earlier|later) )?(?:(the) )?(last|this|next|previous|past|coming) (year|month)\b`)
	dateHardEvent  = regexp.MustCompile(`(?i)\bthe (day|night|morning|evening) (after|before) (?:the |last week's |this week's |Tuesday's )?((?:US |U\.S\. |American )?(?:presidential |general )?election|election day|Christmas|New Year)\b`)
	dateHoliday    = regexp.MustCompile(`\b(Christmas Day|Christmas Eve|New Year's Day|New Year’s Day|New Year's Eve|New Year’s Eve|Boxing Day|Independence Day|Valentine's Day|Valentine’s Day|Halloween)\b`)
	quantityBefore = splitWords(`than about around nearly almost some over under approximately roughly least top $ £ € no. number`)
	quantityAfter  = splitWords(`people men women children troops soldiers votes homes cases deaths jobs km kilometres kilometers miles metres meters feet tonnes tons units words pounds dollars euros percent per cent residents users hours minutes seconds points`)
	futureRe       = regexp.MustCompile(`(?i)\b(will|’ll|'ll|shall|would|is due|are due|is set to|are set to|is expected|are expected|plans to|plan to|planned for|scheduled|upcoming|going to|is to|are to)\b`)
)

// dateMatch is one calendar expression before it is kept.
type dateMatch struct {
	s, e int
	date schema.Date
	ok   bool
}

// findDates finds calendar expressions and resolves them against the
// publication date.
func (d *doc) findDates() {
	var ms []dateMatch
	add := func(s, e int, value, prec, mod string, hard bool) {
		ms = append(ms, dateMatch{s: s, e: e, ok: value != "", date: schema.Date{Doc: d.id, Text: d.text[s:e], Value: value, Precision: prec, Mod: mod, Start: s, End: e, Hard: hard}})
	}
	for _, s := range d.sents {
		if k := dateTriggers(s.toks); k != 0 {
			d.findDatesIn(s.s, s.e, k, add)
		}
	}
	d.keepDates(ms)
}

// Kinds of words that may start a calendar expression.
const (
	trigMonth = 1 << iota
	trigWeekday
	trigRelative
	trigYear
	trigNumber
)

// dateTriggers reports which kinds of calendar words a sentence holds, so
// that only the matching patterns run.
func dateTriggers(toks []token) int {
	k := 0
	for _, t := range toks {
		lw := strings.ToLower(strings.TrimSuffix(t.w, "."))
		if _, ok := monthNames[lw]; ok {
			k |= trigMonth
		} else if i := strings.LastIndexByte(lw, '-'); i >= 0 {
			// "mid-November", "late-March".
			if _, ok := monthNames[strings.TrimSuffix(lw[i+1:], ".")]; ok {
				k |= trigMonth
			}
		}
		if _, ok := weekdayNames[lw]; ok {
			k |= trigWeekday
		}
		if dateWords[lw] {
			k |= trigRelative
		}
		run := 0
		for i := 0; i < len(lw); i++ {
			if lw[i] >= '0' && lw[i] <= '9' {
				// Any number may be "'82" or "7/8/07"; four digits a year.
				k |= trigNumber
				run++
				if run >= 4 {
					k |= trigYear
				}
			} else {
				run = 0
			}
		}
	}
	return k
}

var dateWords = splitWords(`today yesterday tomorrow tonight morning afternoon evening night year month
years months days ago christmas halloween day eve valentine's valentine’s new spring summer fall autumn`)

// findDatesIn matches calendar expressions in d.text[from:to].
func (d *doc) findDatesIn(from, to, kinds int, add func(s, e int, value, prec, mod string, hard bool)) {
	text := d.text[:to]
	shift := func(m []int) []int {
		for i := range m {
			if m[i] >= 0 {
				m[i] += from
			}
		}
		return m
	}
	need := map[*regexp.Regexp]int{
		dateISO: trigYear, dateMDY: trigMonth, dateDMY: trigMonth, dateMD: trigMonth, dateDM: trigMonth,
		dateMY: trigMonth, dateM: trigMonth, dateY: trigYear, dateWeekday: trigWeekday,
		dateMRelYear: trigMonth, dateEndOf: trigRelative, dateSlash: trigNumber, dateShortYear: trigNumber, dateSeason: trigRelative,
		dateRelDay: trigRelative, dateRelPeriod: trigRelative, dateAgo: trigRelative, dateHardEvent: trigRelative, dateHoliday: trigRelative,
	}
	all := func(re *regexp.Regexp) [][]int {
		if need[re]&kinds == 0 {
			return nil
		}
		ms := re.FindAllStringSubmatchIndex(d.text[from:to], -1)
		for _, m := range ms {
			shift(m)
		}
		return ms
	}
	for _, m := range all(dateISO) {
		y, mo, da := atoi(text[m[2]:m[3]]), atoi(text[m[4]:m[5]]), atoi(text[m[6]:m[7]])
		add(m[0], m[1], dayValue(y, mo, da), precDay, "", false)
	}
	for _, m := range all(dateMDY) {
		mod := modOf(group(text, m, 1))
		mo, da, y := monthOf(group(text, m, 3)), atoi(group(text, m, 4)), atoi(group(text, m, 5))
		add(m[0], m[1], dayValue(y, mo, da), precDay, mod, false)
	}
	for _, m := range all(dateDMY) {
		mod := modOf(group(text, m, 1))
		da, mo, y := atoi(group(text, m, 3)), monthOf(group(text, m, 4)), atoi(group(text, m, 5))
		add(m[0], m[1], dayValue(y, mo, da), precDay, mod, false)
	}
	for _, re := range []*regexp.Regexp{dateMD, dateDM} {
		for _, m := range all(re) {
			mod := modOf(group(text, m, 1))
			var mo, da int
			if re == dateMD {
				mo, da = monthOf(group(text, m, 3)), atoi(group(text, m, 4))
			} else {
				da, mo = atoi(group(text, m, 3)), monthOf(group(text, m, 4))
			}
			if group(text, m, 3) == "May" && re == dateMD && !strings.Contains(text[m[0]:m[1]], " ") {
				continue
			}
			value := ""
			if d.hasPub {
				y := d.pub.Year()
				cand := time.Date(y, time.Month(mo), da, 0, 0, 0, 0, time.UTC)
				switch {
				case d.future(m[0], m[1]):
					if cand.Before(d.pub.AddDate(0, 0, -1)) {
						y++
					}
				case d.past(m[0], m[1]):
					if cand.After(d.pub.AddDate(0, 0, 1)) {
						y--
					}
				default:
					// No tense to go by: the nearest such day.
					if cand.Sub(d.pub) > 183*24*time.Hour {
						y--
					} else if d.pub.Sub(cand) > 183*24*time.Hour {
						y++
					}
				}
				value = dayValue(y, mo, da)
			}
			add(m[0], m[1], value, precDay, mod, false)
		}
	}
	for _, m := range all(dateMY) {
		mod := modOf(group(text, m, 1))
		mo, y := monthOf(group(text, m, 2)), atoi(group(text, m, 3))
		add(m[0], m[1], monthValue(y, mo), precMonth, mod, false)
	}
	for _, m := range all(dateM) {
		name := group(text, m, 3)
		rel := strings.ToLower(group(text, m, 2))
		if name == "May" && rel == "" && !d.mayIsMonth(m[0]) {
			continue
		}
		if strings.HasSuffix(name, ".") || len(name) <= 4 && name != "May" && name != "June" && name != "July" {
			continue
		}
		// "April Ryan said": a given name, not a month.
		if nw := nextWordAfter(d.text, m[1]); (name == "April" || name == "May" || name == "June") && nw != "" && isCapWord(nw) && d.text[m[1]:min(len(d.text), m[1]+1)] == " " {
			if _, isMonth := monthNames[strings.ToLower(nw)]; !isMonth {
				continue
			}
		}
		mod := modOf(group(text, m, 1))
		if rel == "early" || rel == "late" {
			mod = rel
		}
		s := m[0]
		if rel != "" && rel != "last" && rel != "next" && rel != "this" && rel != "this past" && rel != "past" && rel != "early" && rel != "late" {
			s = m[6] // drop the preposition
			if group(text, m, 1) != "" {
				s = m[0]
			}
		}
		value := ""
		if d.hasPub {
			mo := monthOf(name)
			y := d.pub.Year()
			pm := int(d.pub.Month())
			switch {
			case rel == "last" || rel == "since" || rel == "this past" || rel == "past":
				if mo >= pm {
					y--
				}
			case rel == "next":
				if mo <= pm {
					y++
				}
			case rel == "this":
			case d.future(m[0], m[1]):
				if mo < pm {
					y++
				}
			case d.past(m[0], m[1]):
				if mo > pm {
					y--
				}
			default:
				// No tense to go by: the nearest such month.
				if mo-pm > 6 {
					y--
				} else if pm-mo > 6 {
					y++
				}
			}
			value = monthValue(y, mo)
		}
		add(s, m[1], value, precMonth, mod, false)
	}
	for _, m := range all(dateY) {
		ys := group(text, m, 2)
		ystart := m[4]
		if d.quantity(ystart, m[1]) || d.inPath(ystart, m[1]) {
			continue
		}
		mod := modOf(group(text, m, 1))
		add(m[0], m[1], ys, precYear, mod, false)
	}
	for _, m := range all(dateWeekday) {
		mod := modOf(group(text, m, 1))
		rel := strings.ToLower(group(text, m, 2))
		wd := weekdayNames[strings.ToLower(group(text, m, 3))]
		// "Monday morning" stays a plain day: the gold marks only explicit
		// qualifiers ("early", "late") as mod.
		value := ""
		if d.hasPub {
			fut := rel == "next" || rel != "last" && rel != "since" && rel != "this past" && d.future(m[0], m[1])
			day := d.pub
			if fut {
				day = day.AddDate(0, 0, 1)
				for int(day.Weekday()) != wd {
					day = day.AddDate(0, 0, 1)
				}
			} else {
				if rel == "last" {
					day = day.AddDate(0, 0, -1)
				}
				for int(day.Weekday()) != wd {
					day = day.AddDate(0, 0, -1)
				}
			}
			value = day.Format("2006-01-02")
		}
		add(m[0], m[1], value, precDay, mod, false)
	}
	for _, m := range all(dateRelDay) {
		mod := modOf(group(text, m, 1))
		word := strings.ToLower(group(text, m, 2))
		value := ""
		if d.hasPub {
			day := d.pub
			switch word {
			case "yesterday", "last night":
				day = day.AddDate(0, 0, -1)
			case "tomorrow":
				day = day.AddDate(0, 0, 1)
			}
			value = day.Format("2006-01-02")
		}
		add(m[0], m[1], value, precDay, mod, false)
	}
	for _, m := range all(dateRelPeriod) {
		if group(text, m, 2) != "" {
			continue // "the last year" is a duration
		}
		mod := modOf(group(text, m, 1))
		rel := strings.ToLower(group(text, m, 3))
		unit := strings.ToLower(group(text, m, 4))
		if rel == "past" || rel == "coming" {
			continue
		}
		value, prec := "", precYear
		if d.hasPub {
			delta := 0
			switch rel {
			case "last", "previous":
				delta = -1
			case "next":
				delta = 1
			}
			if unit == "year" {
				value = strconv.Itoa(d.pub.Year() + delta)
			} else {
				t := time.Date(d.pub.Year(), d.pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, delta, 0)
				value, prec = t.Format("2006-01"), precMonth
			}
		} else if unit == "month" {
			prec = precMonth
		}
		add(m[0], m[1], value, prec, mod, false)
	}
	// "two years ago", "three months ago", "a day ago".
	for _, m := range all(dateAgo) {
		n := numberWord(strings.ToLower(group(text, m, 1)))
		if n <= 0 {
			continue
		}
		value, prec := "", precYear
		switch unit := strings.ToLower(group(text, m, 2)); {
		case unit == "month":
			prec = precMonth
			if d.hasPub {
				value = time.Date(d.pub.Year(), d.pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -n, 0).Format("2006-01")
			}
		case unit == "day":
			prec = precDay
			if d.hasPub {
				value = d.pub.AddDate(0, 0, -n).Format("2006-01-02")
			}
		case n == 1:
			// "a year ago": about this month last year.
			prec = precMonth
			if d.hasPub {
				value = time.Date(d.pub.Year()-1, d.pub.Month(), 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
			}
		case d.hasPub:
			value = strconv.Itoa(d.pub.Year() - n)
		}
		add(m[0], m[1], value, prec, "", false)
	}
	d.findMoreDates(text, kinds, all, add)
	for _, m := range all(dateHardEvent) {
		dir := strings.ToLower(group(text, m, 2))
		anchor := strings.ToLower(group(text, m, 3))
		value := ""
		if t, ok := d.anchorDate(anchor); ok {
			if dir == "after" {
				t = t.AddDate(0, 0, 1)
			} else {
				t = t.AddDate(0, 0, -1)
			}
			value = t.Format("2006-01-02")
		}
		add(m[0], m[1], value, precDay, "", true)
	}
	for _, m := range all(dateHoliday) {
		value := ""
		if t, ok := d.holiday(group(text, m, 1)); ok {
			value = t.Format("2006-01-02")
		}
		add(m[0], m[1], value, precDay, "", false)
	}
}

// keepDates keeps the longest of overlapping matches, in text order.
func (d *doc) keepDates(ms []dateMatch) {
	// Longest match wins; overlapping shorter matches are dropped.
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].s != ms[j].s {
			return ms[i].s < ms[j].s
		}
		return ms[i].e > ms[j].e
	})
	var kept []dateMatch
	for _, m := range ms {
		overlap := false
		for k := range kept {
			if m.s < kept[k].e && kept[k].s < m.e {
				overlap = true
				if m.e-m.s > kept[k].e-kept[k].s {
					kept[k] = m
				}
				break
			}
		}
		if !overlap {
			kept = append(kept, m)
		}
	}
	for _, m := range kept {
		if m.ok && !d.pageStamp(m.s, m.e) {
			d.dates = append(d.dates, m.date)
		}
	}
	sort.SliceStable(d.dates, func(i, j int) bool { return d.dates[i].Start < d.dates[j].Start })
}

func group(text string, m []int, g int) string {
	if 2*g+1 >= len(m) || m[2*g] < 0 {
		return ""
	}
	return text[m[2*g]:m[2*g+1]]
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func monthOf(s string) int {
	return monthNames[strings.ToLower(strings.TrimSuffix(s, "."))]
}

func modOf(s string) string {
	switch strings.ToLower(s) {
	case "early", "the beginning of", "beginning of", "the start of", "start of":
		return "early"
	case "mid", "the middle of", "middle of":
		return "mid"
	case "late", "the end of", "end of":
		return "late"
	}
	return ""
}

// dayValue formats a valid calendar day, or "" for an impossible one.
func dayValue(y, m, d int) string {
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 {
		return ""
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return ""
	}
	return t.Format("2006-01-02")
}

func monthValue(y, m int) string {
	if m < 1 || m > 12 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d", y, m)
}

// future reports whether the clause around the date at off speaks of
// the future: "Election Day is Tuesday", or the nearest verb group.
func (d *doc) future(off, end int) bool {
	si := d.sentenceAt(off)
	if si < 0 {
		return false
	}
	s := d.sents[si]
	before := strings.TrimRight(d.outsideQuotes(s)[:max(0, min(len(d.text[s.s:s.e]), off-s.s))], " ")
	// "Election Day is Tuesday": a present-tense date is ahead.
	if strings.HasSuffix(before, " is") || strings.HasSuffix(before, " are") || strings.HasSuffix(before, " is on") || strings.HasSuffix(before, " are on") {
		return true
	}
	return d.tenseAt(off, end) == tenseFuture
}

// mayIsMonth tells the month "May" from the verb and the name.
func (d *doc) mayIsMonth(off int) bool {
	prev := strings.ToLower(prevWordBefore(d.text, off))
	switch prev {
	case "in", "since", "until", "from", "by", "of", "during", "early", "late", "mid", "last", "next", "this", "on":
		return true
	}
	return false
}

// pageStamp reports whether the date at d.text[s:e] is page metadata,
// not part of the story: a timestamp ("Posted October 10, 2024 1:49 am",
// "2024-08-06 07:38", an ISO date or one under a label such as "date",
// "Updated" or "Published" opening a paragraph) or the date line of an
// embedded post ("— Jane Doe (@janedoe) May 2, 2024").
func (d *doc) pageStamp(s, e int) bool {
	if reClockAfter.MatchString(d.text[e:min(len(d.text), e+12)]) {
		return true
	}
	ps := s
	for ps > 0 && d.text[ps-1] != '\n' {
		ps--
	}
	lead := strings.TrimSpace(d.text[ps:s])
	if lead == "" && dateISO.MatchString(d.text[s:e]) || reStampLabel.MatchString(lead) {
		return true
	}
	return strings.HasSuffix(lead, ")") && strings.Contains(lead[max(0, len(lead)-40):], "(@")
}

var (
	reClockAfter = regexp.MustCompile(`^,? (?:at )?\d{1,2}:\d{2}\b`)
	reStampLabel = regexp.MustCompile(`^(?i:date|dated|posted|updated|last updated|published|first published|modified)(?: on)?:?$`)
)

// inPath reports whether d.text[s:e] is a part of a path or URL
// ("news/2024/05/story").
func (d *doc) inPath(s, e int) bool {
	return s > 0 && d.text[s-1] == '/' || e < len(d.text) && d.text[e] == '/'
}

// quantity reports whether a four-digit number is a count, not a year.
func (d *doc) quantity(s, e int) bool {
	if s > 0 && strings.ContainsAny(d.text[s-1:s], "$£€,.#") || e < len(d.text) && strings.ContainsAny(d.text[e:min(len(d.text), e+1)], ",%") && e+1 < len(d.text) && d.text[e+1] >= '0' && d.text[e+1] <= '9' {
		return true
	}
	if e < len(d.text) && d.text[e] == '%' {
		return true
	}
	prev := strings.ToLower(prevWordBefore(d.text, s))
	next := strings.ToLower(nextWordAfter(d.text, e))
	// "2008 men's singles": a possessive after the count word makes the
	// number a year qualifying it.
	if after := e + 1 + len(next); quantityAfter[next] && after < len(d.text) && (strings.HasPrefix(d.text[after:], "'s") || strings.HasPrefix(d.text[after:], "’s")) && !quantityBefore[prev] {
		return false
	}
	return quantityBefore[prev] || quantityAfter[next]
}

// anchorDate resolves a calendar-anchored event: a US presidential
// election held in the months before publication.
func (d *doc) anchorDate(anchor string) (time.Time, bool) {
	if !d.hasPub {
		return time.Time{}, false
	}
	switch {
	case strings.Contains(anchor, "election"):
		for y := d.pub.Year(); y >= d.pub.Year()-1; y-- {
			if y%4 != 0 {
				continue
			}
			// First Tuesday after the first Monday of November.
			t := time.Date(y, time.November, 2, 0, 0, 0, 0, time.UTC)
			for t.Weekday() != time.Tuesday {
				t = t.AddDate(0, 0, 1)
			}
			if !t.After(d.pub) && d.pub.Sub(t) < 120*24*time.Hour {
				return t, true
			}
		}
	case strings.Contains(anchor, "christmas"):
		return d.holiday("Christmas Day")
	case strings.Contains(anchor, "new year"):
		return d.holiday("New Year's Day")
	}
	return time.Time{}, false
}

// holiday resolves a fixed-date holiday to the nearest occurrence around
// the publication date.
func (d *doc) holiday(name string) (time.Time, bool) {
	if !d.hasPub {
		return time.Time{}, false
	}
	name = strings.ReplaceAll(name, "’", "'")
	var m, day int
	switch name {
	case "Christmas Day":
		m, day = 12, 25
	case "Christmas Eve":
		m, day = 12, 24
	case "Boxing Day":
		m, day = 12, 26
	case "New Year's Day":
		m, day = 1, 1
	case "New Year's Eve":
		m, day = 12, 31
	case "Independence Day":
		m, day = 7, 4
	case "Valentine's Day":
		m, day = 2, 14
	case "Halloween":
		m, day = 10, 31
	default:
		return time.Time{}, false
	}
	best := time.Time{}
	for y := d.pub.Year() - 1; y <= d.pub.Year()+1; y++ {
		t := time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
		if best.IsZero() || absDur(t.Sub(d.pub)) < absDur(best.Sub(d.pub)) {
			best = t
		}
	}
	return best, true
}

func absDur(x time.Duration) time.Duration {
	if x < 0 {
		return -x
	}
	return x
}

// past reports past-tense wording in the verb group nearest the date at
// d.text[off:end].
func (d *doc) past(off, end int) bool {
	return d.tenseAt(off, end) == tensePast
}

var pastWords = splitWords(`was were had did said told made took came went met saw won lost began began
fell rose left led held paid sold bought built brought caught felt fought found gave got grew heard hit
kept knew laid meant put ran sent set shot spent spoke stood struck taught thought threw understood wrote
became broke chose drove ate flew forgot forgave froze hid hung lay rode rang sang sank slept spun stole
swore swept swam tore woke wore`)

var notPast = splitWords(`need seed speed proceed exceed succeed indeed embed feed breed bleed creed
united based`)

// numberWord returns the value of a small count written as a word or in
// digits ("a", "two", "12"), or 0.
func numberWord(w string) int {
	switch w {
	case "a", "an", "one":
		return 1
	}
	for i, n := range []string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"} {
		if w == n {
			return i + 2
		}
	}
	return atoi(w)
}
