package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Long names the tagger reads in pieces. Outlets name a court, a
// commission or a centre in full ("the Federal Appeals Court for the
// Northern Circuit") where others use its short form, and name a website
// by its address ("StormTracker.us"); a reader and the story's entity
// list want one name for each, not a court and a separate district, or a
// site without its domain.

// institutionHeads are the words an institution's name ends in before
// "for (the)" and the place or field it serves.
var institutionHeads = map[string]bool{
	"Court": true, "Tribunal": true, "Commission": true, "Committee": true, "Council": true,
	"Center": true, "Centre": true, "Institute": true, "Foundation": true, "Fund": true,
	"Office": true, "Agency": true, "Board": true, "Alliance": true, "Coalition": true,
}

// webDomains are the top-level domains a site's name may carry
// ("Example.com"), from IANA's root zone: the generic ones news text
// uses, and the country codes of English-language outlets.
var webDomains = map[string]bool{
	"com": true, "org": true, "net": true, "gov": true, "edu": true, "info": true, "io": true,
	"us": true, "uk": true, "ca": true, "au": true, "nz": true, "ie": true, "co": true,
}

// joinLongNames joins, in each sentence, a name ending in an institution
// word and the name after "for" or "for the" ("Appeals Court" + "for the"
// + "Northern Circuit"), unless the second is a person's; and widens a name
// followed at once by a ".com"-style domain to the site's address. The
// joined name keeps the first one's type, but a court is a place (the
// gold convention for named facilities).
func (d *doc) joinLongNames(cands []cand) []cand {
	out := make([]cand, 0, len(cands))
	for k := 0; k < len(cands); k++ {
		c := cands[k]
		if k+1 < len(cands) && cands[k+1].s > c.e && cands[k+1].s-c.e <= len(" for the ") {
			n := cands[k+1]
			gap := d.text[c.e:n.s]
			if n.sent == c.sent && (gap == " for the " || gap == " for ") && len(c.words) > 0 &&
				institutionHeads[c.words[len(c.words)-1]] && !c.poss && n.model != typePerson && n.title == "" {
				if head := c.words[len(c.words)-1]; head == "Court" || head == "Tribunal" {
					c.model = typePlace // courts are places, as venues are
				}
				c.words = append(append(append([]string(nil), c.words...), strings.Fields(gap)...), n.words...)
				c.e, c.poss = n.e, n.poss
				k++
			}
		}
		if tld, ok := d.domainAfter(c.e); ok && !c.poss && len(c.words) > 0 && (k+1 >= len(cands) || cands[k+1].s > c.e+len(tld)) {
			c.words = append([]string(nil), c.words...)
			c.words[len(c.words)-1] += "." + tld
			c.e += 1 + len(tld)
		}
		out = append(out, c)
	}
	return out
}

// domainAfter reports a ".com"-style domain written right after offset i
// ("Example.com", then a space, punctuation or the end): the domain and
// whether there is one.
func (d *doc) domainAfter(i int) (string, bool) {
	if i >= len(d.text) || d.text[i] != '.' {
		return "", false
	}
	j := i + 1
	for j < len(d.text) && d.text[j] >= 'a' && d.text[j] <= 'z' {
		j++
	}
	tld := d.text[i+1 : j]
	if !webDomains[tld] {
		return "", false
	}
	if j < len(d.text) {
		if r, _ := utf8.DecodeRuneInString(d.text[j:]); unicode.IsLetter(r) || unicode.IsDigit(r) || r == '/' || r == '@' {
			return "", false
		}
	}
	return tld, true
}
