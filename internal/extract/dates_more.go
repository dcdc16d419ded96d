package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// findMoreDates matches the rarer calendar forms: a month relative to the
// year ("October of next year"), the end or start of a period ("the end
// of the year"), numeric dates ("7/8/07") and years without their century
// ("'82").
func (d *doc) findMoreDates(text string, kinds int, all func(*regexp.Regexp) [][]int, add func(s, e int, value, prec, mod string, hard bool)) {
	var relYear [][]int
	if kinds&trigRelative != 0 { // "year" is a relative word
		relYear = all(dateMRelYear)
	}
	for _, m := range relYear {
		mod := modOf(group(text, m, 1))
		mo := monthOf(group(text, m, 2))
		rel := strings.ToLower(group(text, m, 3))
		value := ""
		if d.hasPub {
			y := d.pub.Year()
			switch rel {
			case "next":
				y++
			case "last":
				y--
			}
			value = monthValue(y, mo)
		}
		add(m[0], m[1], value, precMonth, mod, false)
	}
	for _, m := range all(dateEndOf) {
		mod := modOf(group(text, m, 1))
		if strings.HasSuffix(strings.ToLower(group(text, m, 1)), "close of") {
			mod = "late"
		}
		rel := strings.ToLower(group(text, m, 2))
		unit := strings.ToLower(group(text, m, 3))
		prec := precYear
		if unit == "month" {
			prec = precMonth
		}
		value := ""
		if d.hasPub {
			delta := 0
			switch rel {
			case "next":
				delta = 1
			case "last":
				delta = -1
			case "the":
				// "the end of the year" written in January looks back
				// at the year just gone; "the start of the year" in
				// December looks ahead.
				if unit == "year" && mod == "late" && d.pub.Month() <= time.February && d.past(m[0], m[1]) {
					delta = -1
				} else if unit == "year" && mod == "early" && d.pub.Month() >= time.November && d.future(m[0], m[1]) {
					delta = 1
				}
			}
			if unit == "year" {
				value = strconv.Itoa(d.pub.Year() + delta)
			} else {
				value = time.Date(d.pub.Year(), d.pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, delta, 0).Format("2006-01")
			}
		}
		add(m[0], m[1], value, prec, mod, false)
	}
	for _, m := range all(dateSeason) {
		d.season(text, m, add)
	}
	for _, m := range all(dateSlash) {
		// Not part of a path or a longer number ("2024/07/08/story").
		if m[0] > 0 && strings.ContainsAny(d.text[m[0]-1:m[0]], "/.-") || m[1] < len(d.text) && strings.ContainsAny(d.text[m[1]:m[1]+1], "/-") {
			continue
		}
		a, b := atoi(group(text, m, 1)), atoi(group(text, m, 2))
		ys := group(text, m, 3)
		y := atoi(ys)
		if len(ys) == 2 {
			y = d.century(y)
		}
		mo, da := a, b
		if a > 12 && b <= 12 {
			mo, da = b, a // "31/12/2023": day first
		}
		if v := dayValue(y, mo, da); v != "" {
			add(m[0], m[1], v, precDay, "", false)
		}
	}
	for _, m := range all(dateShortYear) {
		// A letter or digit before ("5'11") or after ("'90s") is not a year.
		if m[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(d.text[:m[0]]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		if m[1] < len(d.text) {
			if r, _ := utf8.DecodeRuneInString(d.text[m[1]:]); unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '%' {
				continue
			}
		}
		if d.quantity(m[2], m[1]) {
			continue
		}
		add(m[0], m[1], strconv.Itoa(d.century(atoi(group(text, m, 1)))), precYear, "", false)
	}
}

// century completes a two-digit year: the latest such year no more than a
// year after publication (2030 without a publication date).
func (d *doc) century(yy int) int {
	now := 2030
	if d.hasPub {
		now = d.pub.Year() + 1
	}
	y := now/100*100 + yy
	if y > now {
		y -= 100
	}
	return y
}

// seasonMods places a season in its year; seasonEnd is the month after
// it ends (autumn ends with November).
var (
	seasonMods = map[string]string{"spring": "early", "summer": "mid", "fall": "late", "autumn": "late"}
	seasonEnd  = map[string]time.Month{"spring": time.June, "summer": time.September, "fall": time.December, "autumn": time.December}
)

// season resolves "last fall" (the latest autumn over before
// publication), "this spring", "next summer" and "the fall of 2021" to a
// year with its part of the year as mod. Winter spans two years and is
// left out.
func (d *doc) season(text string, m []int, add func(s, e int, value, prec, mod string, hard bool)) {
	rel := strings.ToLower(group(text, m, 1))
	name := strings.ToLower(group(text, m, 2))
	if name == "" {
		name = strings.ToLower(group(text, m, 3))
		add(m[0], m[1], group(text, m, 4), precYear, seasonMods[name], false)
		return
	}
	if rel == "early" || rel == "late" {
		return // "late summer" without a year: too vague to place
	}
	value := ""
	if d.hasPub {
		y := d.pub.Year()
		switch rel {
		case "last", "this past":
			if d.pub.Month() < seasonEnd[name] {
				y--
			}
		case "next":
			// Within two months of its start, "next summer" is the one after.
			if d.pub.Month() >= seasonEnd[name]-5 {
				y++
			}
		}
		value = strconv.Itoa(y)
	}
	add(m[0], m[1], value, precYear, seasonMods[name], false)
}
