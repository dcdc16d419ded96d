package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// page is an article after boilerplate removal.
type page struct {
	title        string
	standfirst   string
	byline       []string
	contributors []string
	dropped      []string
	paras        []string // kept paragraphs; paras[0] is the title
}

// lineClass is the jusText-style class of a line.
type lineClass int

const (
	classBad lineClass = iota
	classShort
	classNear
	classGood
)

// Structural clutter: lines that are page furniture whatever their length.
var clutterStrong = []*regexp.Regexp{
	regexp.MustCompile(`(?i)^skip to\b`),
	regexp.MustCompile(`(?i)\bjump to (comments|content|main)`),
	regexp.MustCompile(`(?i)^(comments?|view comments|show comments|\d+ comments?|leave a comment|add a comment)\s*(\(\d+\))?\W*$`),
	regexp.MustCompile(`©|\(c\) \d{4}|(?i)\ball rights reserved\b|(?i)^copyright\b`),
	regexp.MustCompile(`(?i)\bmay not be (published|reproduced|broadcast|rewritten|redistributed)`),
	regexp.MustCompile(`(?i)\bthis (is a developing|story is developing|article (has been|was|will be) updated)|\bwill be updated\b|^breaking( news)?:?$`),
	regexp.MustCompile(`(?i)^article topic|\btopic follows\b`),
	regexp.MustCompile(`(?i)^\S+-wire$|\bnewsource\b|^(wire|syndicated) (service|content)`),
	regexp.MustCompile(`(?i)^(advertisement|advert|sponsored( content)?|promoted|partner content|ad feature|paid content)\W*$`),
	regexp.MustCompile(`(?i)\bstory continues below\b|^continue reading\b|^read (more|also|next)\b|^more (on|from|about) (this|the)\b|^(related|recommended|most read|most popular|trending( now)?|top stories|latest( news| stories)?|editor'?s picks?|more stories|you may also like|around the web)\W*$`),
	regexp.MustCompile(`(?i)^(share|tweet|email|print|copy link|copy|facebook|twitter|whatsapp|linkedin|pinterest|reddit|messenger|save|bookmark)( (this|on|via|to) [a-z ]+)?( article| story| page| link)?\W*$`),
	regexp.MustCompile(`(?i)^(home|menu|search|close|open|navigation|main menu|back to top|top|sections|log ?in|sign ?in|sign ?out|register|account|my account|profile)\W*$`),
	regexp.MustCompile(`(?i)^(related|more|latest|recommended|popular|trending|top) (articles|stories|content|topics|posts|news|coverage|reads|videos)\W*$|(?i)^back to top( button)?\W*$`),
	regexp.MustCompile(`(?i)^(print subscriptions?|search jobs|us edition|uk edition|international edition|show more|show less|back to home|.{0,30} - back to home|reuse this content|most viewed|most popular|explore more on these topics|link copied|copy link|remind me( later| in \w+)?|continue|support (the|us)( \w+)?|accepted payment methods.*|you['’]ve read \d+ articles.*|view all comments.*|sign up|log in|newsletters?)\W*$`),
	regexp.MustCompile(`(?i)^(published|updated|posted|first published|last updated)\W*$`),
	regexp.MustCompile(`(?i)^.{0,60}\d{1,2}:\d{2}\s*(am|pm|a\.m\.|p\.m\.)?\s*(gmt|utc|bst|cet|et|est|edt|pt|pst|pdt)?\s*updated\b.{0,30}$|(?i)^updated\b.{0,40}\b(ago|\d{1,2}:\d{2})`),
	regexp.MustCompile(`(?i)^\[\d+/\d+\]|\bopens new tab\b|\bpurchase licensing rights\b|^suggested topics\W*$|^our standards:`),
	regexp.MustCompile(`(?i)^(connect with us|follow us|what are you looking for\??|hi, what are you looking for\??|posts by .{1,40}|\d+ posts?|filed under\b.*|tags?:.*|topics?:.*|more from .{1,40})$`),
	regexp.MustCompile(`(?i)^search( this| the)? (blog|site|website|archive|news)\W*$|^(?i:search) \S+$|(?i)\bcustom search$`),
	regexp.MustCompile(`(?i)^(check out|don't miss|do not miss|see also|also read|watch|listen)\b.*\b(now|here|today)\W*$`),
	regexp.MustCompile(`(?i)\b(listen to this article|min(ute)? read|reading time)\b`),
	regexp.MustCompile(`(?i)\b(privacy policy|cookie (policy|settings)|terms (of use|of service|and conditions)|manage (your )?cookies)\b`),
	regexp.MustCompile(`(?i)^be part of the conversation|^join (the|our) (conversation|discussion|debate|community)`),
	// Media players and galleries.
	regexp.MustCompile(`(?i)^(please wait|loading\.*|no media source( currently)? available|play( video| audio)?|pause|replay|mute|unmute|embed|download|fullscreen|enlarge (this )?image|image \d+ of \d+|\d+ of \d+|accessibility links|skip (to )?(main )?content|breaking news|live|watch live|listen live)\W*$`),
	regexp.MustCompile(`^[\d:./\s]+$`),
	regexp.MustCompile(`^\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d)?([+-]\d\d:?\d\d|Z)?)?$`),
	// Glossaries and reading aids: "rally – n. a public meeting".
	regexp.MustCompile(`^\S+( \S+)? [–—-] (n|v|adj|adv|phr|idiom|prep|conj)\. `),
	regexp.MustCompile(`(?i)^(words|vocabulary|glossary|key (words|terms))( in this (story|article|report))?:?$`),
	// Captions.
	regexp.MustCompile(`(?i)^(above|below|pictured|top|inset|main (image|picture|photo))\s*:\s+\p{Lu}`),
	regexp.MustCompile(`(?i)^(this|a|an|the)( \w+)? (photo|photos|photograph|picture|image|combination of (photos|pictures|images)|handout (photo|picture|image)|file (photo|picture|image)|video (grab|still)|screenshot|screengrab)( \w+)? (shows|taken|provided|released|made|shot|obtained)\b`),
	regexp.MustCompile(`(?i)^(file|handout)\s*[-–—:]\s`),
	// Contact details, links and release furniture.
	regexp.MustCompile(`^(https?://|www\.)\S+$|^\S+@\S+\.\S+$|^\+?[\d\s().-]{7,}$`),
	regexp.MustCompile(`(?i)^for more (information|details|info)\b.*\b(visit|see|go to|contact)\b|\bvisit:$`),
	regexp.MustCompile(`(?i)^[-–—#*_=~ ]*(end|ends|-30-)?[-–—#*_=~ ]*$|^###$`),
	// An outlet describing itself: "The Example Press is an independent news organization …".
	regexp.MustCompile(`(?i)^(the )?[\p{L}&. ]{2,40} is an? (independent|global|international|national|leading|award-winning|not-for-profit|nonprofit|non-profit)\b.{0,80}\b(news|media|journalism|newsroom)\b`),
	regexp.MustCompile(`(?i)^(news )?release\s*(no\.?|number|#)?\s*[:#]?\s*[\d-]+$|\b(text-only|printer-friendly|print-friendly|mobile) version\b`),
	regexp.MustCompile(`(?i)^(media )?contacts?:?$|^(press|media) (contact|enquiries|inquiries)\b`),
	// Feed and site stamps: "Site news - April 25, 2024 - 20:02".
	regexp.MustCompile(`(?i)^.{0,60}\b(19|20)\d\d\b.{0,6}\b\d{1,2}:\d{2}\b.{0,20}$`),
}

// Clutter vocabulary: appeals, promos and forum prompts. One hit is enough
// in a short line or one that addresses the reader; long lines need two.
var clutterVocab = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\bsubscri(be|bed|bing|ption|ptions|ber|bers)\b`),
	regexp.MustCompile(`(?i)\bnewsletters?\b`),
	regexp.MustCompile(`(?i)\bdonat(e|es|ion|ions|ing)\b`),
	regexp.MustCompile(`(?i)\byour support\b|\bsupport (us|our|independent|quality) `),
	regexp.MustCompile(`(?i)\bpremium\b`),
	regexp.MustCompile(`(?i)\bpaywalls?\b`),
	regexp.MustCompile(`(?i)\bbookmark`),
	regexp.MustCompile(`(?i)\bsign (up|in)\b|\blog in\b|\bcreate (a|an|your) (free )?account\b`),
	regexp.MustCompile(`(?i)\bcomments?\b|\bcommenting\b`),
	regexp.MustCompile(`(?i)\bforums?\b`),
	regexp.MustCompile(`(?i)\bconversations?\b`),
	regexp.MustCompile(`(?i)\bcommunity guidelines\b|\bguidelines\b`),
	regexp.MustCompile(`(?i)\breaders\b`),
	regexp.MustCompile(`(?i)\breplies\b`),
	regexp.MustCompile(`(?i)\bstory ideas?\b|\bsubmit (it|a tip|your|a story)\b|\bnews tips?\b|\bsend us\b|\bcontact us\b`),
	regexp.MustCompile(`(?i)\bclick(ing)? here\b|\btap here\b|\bhere\.?$`),
	regexp.MustCompile(`(?i)\bdownload (the|our) app\b|\bpush notifications?\b|\balerts?\b|\binbox\b`),
	regexp.MustCompile(`(?i)\bfollow (us|our|other)\b`),
	regexp.MustCompile(`(?i)\b(unlimited|digital) access\b|\bfree trial\b|\bjournalism\b`),
	regexp.MustCompile(`(?i)\bad-?free\b|\badvertis(e|ing|ement)\b`),
	regexp.MustCompile(`\S+@\S+\.[a-z]{2,}|(?i)\be-?mail (message|address|alerts?)\b`),
}

// clutterVocabKeys are literal words, one of which each clutterVocab
// pattern needs, so most lines skip the regular expression.
var clutterVocabKeys = [][]string{
	{"subscri"}, {"newsletter"}, {"donat"}, {"support"}, {"premium"}, {"paywall"}, {"bookmark"},
	{"sign ", "log in", "account"}, {"comment"}, {"forum"}, {"conversation"}, {"guidelines"}, {"readers"},
	{"replies"}, {"story idea", "submit", "tip", "send us", "contact us"}, {"here"}, {"app", "notification", "alert", "inbox"},
	{"follow"}, {"access", "free trial", "journalism"}, {"ad-free", "adfree", "advertis"}, {"@", "mail"},
}

func containsAnyOf(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

var (
	reByline    = regexp.MustCompile(`^(?i:by:?|written by|words by|reporting by|story by)\s+(\p{Lu}.*)$`)
	reCredit    = regexp.MustCompile(`(?i)\bcontributed (reporting|to (this|the) (report|story|article))|^\(?(additional )?reporting by\b|^\(?(editing|edited|compiled|produced|written) by\b|\bcontributed to this\b|\b(reported on|adapted|wrote|edited|produced) (this|the) (story|report|article)\b|\bwas the editor\b|^I['’]m \p{Lu}\p{Ll}+( \p{Lu}\.?)? \p{Lu}[\p{L}'’-]+\.?$`)
	reCaption   = regexp.MustCompile(`(?i)\bgetty images\b|\bap photo\b|\b(photograph|photo|image|picture|video|graphic)\s*(:|credit|caption|source)|\bfile photo\b|\bvia reuters\b|\bshutterstock\b|\balamy\b|\bpa (media|wire)\b|[(/]\s*(reuters|afp|ap|epa|getty|bloomberg|anadolu)\s*\)?\s*$`)
	reTimeToken = regexp.MustCompile(`(?i)^(\d{1,2}[:.]\d{2}(am|pm)?|am|pm|a\.m\.|p\.m\.|[ap]m|et|est|edt|gmt|bst|utc|cet|cest|pt|pst|pdt|updated|published|posted|last|first|modified|at|on|ago|hours?|minutes?|mins?|days?|secs?|seconds?|just|now|\d{1,4}(st|nd|rd|th)?|mon|tue|wed|thu|fri|sat|sun)$`)
	reNavSep    = regexp.MustCompile(`[|›»•]|\s>\s`)
	reGlued     = regexp.MustCompile(`[\p{Ll})”’"][.!?][”’"]?\p{Lu}`)
)

// pageLine is one line of a page dump with the rules' view of it.
type pageLine struct {
	text  string
	class lineClass
	fixed bool // class decided by a hard rule
	kind  string
	label bool // text was prefixed with "By " after a "Written by" label
	// clutter is isClutter of the line, found once: the classifier's
	// features use it too.
	clutter bool
}

// cleanPage splits a raw page dump into kept paragraphs and dropped lines:
// the rules judge every line (ruleLines), then the learned line classifier
// (page_model.go) decides, with the rules' verdicts among its features.
func cleanPage(raw string) page {
	lines, title, resolved := ruleLines(raw)
	keep := classifyLines(lines, title, resolved)
	return assemblePage(lines, keep)
}

// ruleLines splits a raw page dump into lines and judges them with the
// hand-written rules: each line's kind and jusText class, the title's
// index (-1 when every line is clutter) and the rules' resolved classes.
func ruleLines(raw string) (lines []pageLine, title int, resolved []lineClass) {
	raw = strings.ReplaceAll(raw, "\r\n", "\n")
	raw = strings.ReplaceAll(raw, "\r", "\n")
	for _, l := range strings.Split(raw, "\n") {
		l = strings.TrimFunc(l, unicode.IsSpace)
		if l == "" {
			continue
		}
		// Split clutter glued to a body sentence without a space.
		for _, part := range splitGlued(l) {
			lines = append(lines, pageLine{text: part})
		}
	}
	// Hard classification.
	for i := range lines {
		t := lines[i].text
		lines[i].clutter = isClutter(t)
		switch {
		case wordCount(t) <= 40 && reCredit.MatchString(t):
			lines[i].kind, lines[i].fixed = "credit", true
		case isByline(t):
			lines[i].kind, lines[i].fixed = "byline", true
		case isSourceLine(t):
			lines[i].kind, lines[i].fixed = "credit", true
		case lines[i].clutter:
			lines[i].kind, lines[i].fixed = "clutter", true
		case isTimestamp(t):
			lines[i].kind, lines[i].fixed = "timestamp", true
		case wordCount(t) <= 40 && reCaption.MatchString(t):
			lines[i].kind, lines[i].fixed = "caption", true
		}
		if lines[i].fixed {
			lines[i].class = classBad
		}
	}
	// A sources or references section closes the article: its heading and
	// the source lines under it ("“Headline” — Outlet, date").
	for i := range lines {
		if !reSourcesHeading.MatchString(lines[i].text) {
			continue
		}
		lines[i].kind, lines[i].fixed, lines[i].class = "clutter", true, classBad
		for j := i + 1; j < len(lines); j++ {
			if reSourceItem.MatchString(lines[j].text) {
				lines[j].kind, lines[j].fixed, lines[j].class = "clutter", true, classBad
			}
		}
	}
	// "Written By" on its own line: the names follow on the next line.
	for i := 0; i+1 < len(lines); i++ {
		if reBylineLabel.MatchString(lines[i].text) && wordCount(lines[i+1].text) <= 8 {
			lines[i].kind, lines[i].fixed, lines[i].class = "clutter", true, classBad
			lines[i+1].text = "By " + lines[i+1].text
			lines[i+1].kind, lines[i+1].fixed, lines[i+1].class = "byline", true, classBad
			lines[i+1].label = true
		}
	}
	// The line after an "Image caption" label is the caption.
	for i := 0; i+1 < len(lines); i++ {
		if strings.Contains(strings.ToLower(lines[i].text), "caption") && reCaptionLabel.MatchString(lines[i].text) {
			lines[i].kind, lines[i].fixed, lines[i].class = "caption", true, classBad
			if !lines[i+1].fixed && wordCount(lines[i+1].text) <= 40 {
				lines[i+1].kind, lines[i+1].fixed, lines[i+1].class = "caption", true, classBad
			}
		}
	}
	// Contact blocks: a name and an office just above a phone or email.
	for i := range lines {
		if !mayBeContact(lines[i].text) || !reContact.MatchString(lines[i].text) {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			t := lines[k].text
			if lines[k].fixed || reContact.MatchString(t) {
				continue
			}
			if wordCount(t) <= 12 && !strings.HasSuffix(t, ".") {
				lines[k].kind, lines[k].fixed, lines[k].class = "clutter", true, classBad
			}
		}
	}
	// Lines repeated next to each other are captions or media labels.
	firstOpen := -1
	for i := range lines {
		if !lines[i].fixed {
			firstOpen = i
			break
		}
	}
	for i := 1; i < len(lines); i++ {
		if lines[i].text == lines[i-1].text && !lines[i].fixed {
			pair := []int{i - 1, i}
			if i-1 == firstOpen {
				pair = []int{i} // the headline and its repeat
			}
			for _, k := range pair {
				if !lines[k].fixed {
					lines[k].kind, lines[k].fixed, lines[k].class = "caption", true, classBad
				}
			}
		}
	}
	// Title: the first line that is not clutter and has a few words.
	title = -1
	for i := range lines {
		if lines[i].fixed {
			continue
		}
		if reNavSep.MatchString(lines[i].text) {
			continue
		}
		if wc := wordCount(lines[i].text); wc < 3 || wc == 3 && isAllTitleWords(lines[i].text) {
			// Short lines before a headline-like line are navigation.
			nav := false
			seen := 0
			for j := i + 1; j < len(lines) && seen < 6; j++ {
				if lines[j].fixed {
					continue
				}
				seen++
				t := lines[j].text
				if !isHeading(t) {
					break
				}
				if wordCount(t) >= 2 && (seen == 1 || wordCount(t) >= 3) {
					nav = true
					break
				}
			}
			if nav {
				continue
			}
		}
		title = i
		break
	}
	// A site header or navigation line taken for the title: when clutter
	// (a timestamp, byline, navigation) separates it from a later headline
	// that comes before the first body paragraph, that headline is the title.
	// A site header is a few words: a line of five or more is a headline
	// already, and what follows it is a dek, a caption or a stamp.
	if title >= 0 && wordCount(lines[title].text) <= 4 {
		sawFixed, shortLines := false, 0
		for j := title + 1; j < len(lines); j++ {
			t := lines[j].text
			if lines[j].fixed {
				sawFixed = true
				continue
			}
			if wordCount(t) > 30 || !isHeading(t) {
				break // the body starts
			}
			if (sawFixed || shortLines >= 2) && wordCount(t) >= 4 {
				title = j
				break
			}
			if wordCount(t) <= 3 {
				shortLines++ // a menu of sections
			}
		}
	}
	if title < 0 {
		for i := range lines {
			if !lines[i].fixed {
				title = i
				break
			}
		}
	}
	resolved = make([]lineClass, len(lines))
	if title >= 0 {
		// Later copies of the title are media labels.
		for i := title + 1; i < len(lines); i++ {
			if lines[i].text == lines[title].text {
				lines[i].kind, lines[i].fixed, lines[i].class = "clutter", true, classBad
			}
		}
		// Standfirst: the line right after the title, when not clutter.
		if s := title + 1; s < len(lines) && !lines[s].fixed && readsAsStandfirst(lines[s].text) {
			lines[s].fixed, lines[s].class = true, classGood
			lines[s].kind = "standfirst"
		}
		// jusText-style classes for the rest.
		for i := title + 1; i < len(lines); i++ {
			if lines[i].fixed {
				continue
			}
			lines[i].class = classify(lines[i].text)
		}
		// Context: short and near-good lines take their neighbours' class.
		for i := range lines {
			resolved[i] = lines[i].class
		}
		resolved[title] = classGood
		neighbour := func(i, step int) lineClass {
			for j := i + step; j > title && j < len(lines); j += step {
				if lines[j].class != classShort || lines[j].fixed {
					if lines[j].class == classNear {
						return classGood
					}
					return lines[j].class
				}
			}
			if step < 0 {
				return classGood // the title
			}
			return classBad // end of page
		}
		for i := title + 1; i < len(lines); i++ {
			if lines[i].fixed {
				continue
			}
			p, n := neighbour(i, -1), neighbour(i, 1)
			// A full sentence of prose survives clutter around it (an
			// advertisement slot between two body paragraphs).
			if isProse(lines[i].text) {
				resolved[i] = classGood
				continue
			}
			switch lines[i].class {
			case classShort:
				if p == classBad && n == classBad {
					resolved[i] = classBad
				} else {
					resolved[i] = classGood
				}
			case classNear:
				if p == classBad && n == classBad {
					resolved[i] = classBad
				} else {
					resolved[i] = classGood
				}
			}
		}
		// Appeals in the outlet's own voice next to clutter.
		for pass := 0; pass < 3; pass++ {
			for i := title + 1; i < len(lines); i++ {
				if resolved[i] != classGood || lines[i].kind == "standfirst" {
					continue
				}
				prevBad := i-1 > title && resolved[i-1] == classBad
				nextBad := i+1 >= len(lines) || resolved[i+1] == classBad
				if (prevBad || nextBad) && readerAddress(lines[i].text) >= 2 {
					resolved[i] = classBad
					lines[i].kind = "appeal"
				}
			}
		}
	}
	return lines, title, resolved
}

// ruleKeep is the rules' own verdict: the title and the lines after it
// whose resolved class is not bad.
func ruleKeep(lines []pageLine, title int, resolved []lineClass) []bool {
	keep := make([]bool, len(lines))
	if title < 0 {
		return keep
	}
	keep[title] = true
	for i := title + 1; i < len(lines); i++ {
		keep[i] = resolved[i] != classBad
	}
	return keep
}

// assemblePage builds the page from the lines and the verdicts: kept
// paragraphs, dropped lines, byline and contributors.
func assemblePage(lines []pageLine, keep []bool) page {
	var pg page
	for i, l := range lines {
		if keep[i] {
			pg.paras = append(pg.paras, l.text)
			if l.kind == "standfirst" {
				pg.standfirst = l.text
			}
			continue
		}
		if l.label {
			pg.dropped = append(pg.dropped, strings.TrimPrefix(l.text, "By "))
		} else {
			pg.dropped = append(pg.dropped, l.text)
		}
		switch l.kind {
		case "byline":
			for _, n := range bylineNames(l.text) {
				if !containsName(pg.byline, n) {
					pg.byline = append(pg.byline, n)
				}
			}
		case "credit":
			pg.contributors = append(pg.contributors, creditNames(l.text)...)
		}
	}
	if len(pg.paras) > 0 {
		pg.title = pg.paras[0]
	}
	return pg
}

// splitGlued splits "…makes all the difference.Jane Roe said…" into sentences when
// the first part is clutter; other glued text stays whole.
func splitGlued(l string) []string {
	if !strings.ContainsAny(l, ".!?") { // reGlued needs one
		return []string{l}
	}
	locs := reGlued.FindAllStringIndex(l, -1)
	if len(locs) == 0 {
		return []string{l}
	}
	var parts []string
	prev := 0
	for _, loc := range locs {
		cut := loc[1] - 1 // position of the capital letter
		// Walk back over the capital's multibyte start.
		for cut > 0 && !utf8.RuneStart(l[cut]) {
			cut--
		}
		parts = append(parts, l[prev:cut])
		prev = cut
	}
	parts = append(parts, l[prev:])
	// Keep only splits where a side is clutter.
	var out []string
	cur := ""
	for _, p := range parts {
		if isClutter(p) && wordCount(p) >= 2 {
			if cur != "" {
				out = append(out, cur)
				cur = ""
			}
			out = append(out, p)
			continue
		}
		cur += p
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

// isClutter reports whether a line is page furniture or an appeal.
func isClutter(t string) bool {
	wc := wordCount(t)
	if wc > 40 {
		// Long paragraphs: only copyright notices and outright appeals;
		// the full pattern set is too slow to run on every body paragraph.
		lower := strings.ToLower(t)
		if strings.Contains(t, "©") || strings.Contains(lower, "all rights reserved") {
			return true
		}
		hits := 0
		for _, kw := range longClutterWords {
			if strings.Contains(lower, kw) {
				hits++
			}
		}
		return hits >= 2 && readerAddress(t) >= 2
	}
	for _, re := range clutterStrong {
		if re.MatchString(t) {
			return true
		}
	}
	if wc <= 12 && !strings.HasSuffix(t, ".") && strings.ContainsAny(t, "|›»•>") && reNavSep.MatchString(t) {
		return true
	}
	hits := 0
	lower := strings.ToLower(t)
	for i, re := range clutterVocab {
		if !strings.Contains(lower, clutterVocabKeys[i][0]) && (len(clutterVocabKeys[i]) < 2 || !containsAnyOf(lower, clutterVocabKeys[i][1:])) {
			continue
		}
		if re.MatchString(t) {
			hits++
		}
	}
	if hits == 0 {
		return false
	}
	if hits >= 2 {
		return true
	}
	if isAllCaps(t) && wc <= 8 {
		return true
	}
	return readerAddress(t) >= 1 || wc <= 6
}

// longClutterWords are appeal and promo words checked in long paragraphs.
var longClutterWords = []string{"subscri", "donat", "your support", "paywall", "newsletter", "sign up", "premium", "journalism", "bookmark"}

// readerAddress counts first-person-plural and second-person pronouns
// outside quotation marks: the voice of appeals and promos.
func readerAddress(t string) int {
	n := 0
	inQuote := false
	for _, w := range strings.FieldsFunc(t, func(r rune) bool {
		if r == '“' || r == '”' || r == '"' {
			return false
		}
		return !unicode.IsLetter(r) && r != '\'' && r != '’'
	}) {
		if strings.ContainsAny(w, "“\"") {
			inQuote = true
		}
		if strings.Contains(w, "”") {
			inQuote = false
			continue
		}
		if inQuote {
			continue
		}
		w = strings.Trim(w, "“”\"")
		if w == "US" {
			continue
		}
		switch strings.ToLower(w) {
		case "you", "your", "yours", "we", "our", "us", "we're", "we’re", "we've", "we’ve", "you're", "you’re", "you've", "you’ve", "you'll", "you’ll":
			n++
		}
	}
	return n
}

func isAllCaps(t string) bool {
	letters, upper := 0, 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters >= 4 && upper == letters
}

// isTimestamp reports whether a short line holds only date and time words.
func isTimestamp(t string) bool {
	words := strings.FieldsFunc(t, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '|' || r == '/' || r == '-' || r == '–' || r == '(' || r == ')' || r == '·' || r == '•'
	})
	if len(words) == 0 || len(words) > 12 {
		return false
	}
	hasDigit := false
	for _, w := range words {
		lw := strings.ToLower(strings.TrimRight(w, ".:"))
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			hasDigit = true
		}
		if reTimeToken.MatchString(lw) || reTimeToken.MatchString(strings.ToLower(w)) {
			continue
		}
		if _, ok := monthNames[lw]; ok {
			continue
		}
		if _, ok := weekdayNames[lw]; ok {
			continue
		}
		return false
	}
	return hasDigit
}

// classify gives a line its jusText class from length and stopword density.
func classify(t string) lineClass {
	words := strings.Fields(t)
	if len(words) == 0 {
		return classBad
	}
	sw := 0
	for _, w := range words {
		if stopwords[strings.ToLower(strings.Trim(w, ".,;:!?\"“”‘’()"))] {
			sw++
		}
	}
	density := float64(sw) / float64(len(words))
	n := utf8.RuneCountInString(t)
	switch {
	case n < 70:
		return classShort
	case density < 0.1 && !strings.ContainsAny(t, ".!?"):
		return classBad
	case n >= 200 && density >= 0.3:
		return classGood
	default:
		return classNear
	}
}

// reBylineDate matches a date stamp that ends a byline: "By Jane Roe on
// September 2, 2021", "By Jane Roe | 2 September 2021 10:40".
var reBylineDate = regexp.MustCompile(`(?i)\s*(?:\s(?:on|at|updated|published)\s|[|,–—-])\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?),?\s+\d{4}\b.*$`)

// isByline reports whether a line is a byline ("By A, B and C, Outlet").
func isByline(t string) bool {
	if reBylineIn.MatchString(t) {
		return true
	}
	// The stamp is cut from the end, so a stamped byline starts as a byline
	// does: the costly replace runs only on lines that may be one.
	if !reByline.MatchString(t) && !strings.Contains(t, "\n") {
		return false
	}
	if bare := reBylineDate.ReplaceAllString(t, ""); bare != t {
		// "By Example Sports on September 2, 2021": a stamped byline,
		// which may name only the outlet.
		if reByline.MatchString(bare) && wordCount(bare) <= 8 {
			return true
		}
	}
	m := reByline.FindStringSubmatch(t)
	if m == nil || wordCount(t) > 16 || strings.HasSuffix(t, ".") && wordCount(t) > 10 {
		return false
	}
	return len(bylineNames(t)) > 0
}

// bylineNames returns the person names of a byline.
func bylineNames(t string) []string {
	if m := reBylineIn.FindStringSubmatch(t); m != nil {
		return []string{m[1]}
	}
	m := reByline.FindStringSubmatch(reBylineDate.ReplaceAllString(t, ""))
	if m == nil {
		return nil
	}
	body := m[1]
	// "A, B and C, Outlet": what follows the "and" group is the outlet.
	parts := strings.Split(body, ", ")
	if len(parts) >= 2 && strings.Contains(parts[len(parts)-2], " and ") {
		body = strings.Join(parts[:len(parts)-1], ", ")
	}
	var out []string
	for _, n := range nameList(body) {
		ws := strings.Fields(n)
		switch ws[len(ws)-1] {
		case "Staff", "Reporters", "Team", "Desk", "Correspondents", "Agencies", "Editors", "Newsroom":
			continue
		}
		if _, _, gaz := gazetteer(n); gaz || orgSuffixes[ws[len(ws)-1]] {
			continue
		}
		out = append(out, n)
	}
	return out
}

// creditNames returns the names of a credit line ("X and Y contributed reporting").
func creditNames(t string) []string {
	s := strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(t), "("), ")")
	if i := regexp.MustCompile(`(?i)\s+(also\s+)?contributed\b`).FindStringIndex(s); i != nil {
		s = s[:i[0]]
	}
	s = regexp.MustCompile(`(?i)^(additional )?(reporting|editing|edited|compiled|produced|written) by\s+`).ReplaceAllString(s, "")
	s = regexp.MustCompile(`(?i)[;,]?\s*\b(additional reporting|reporting|editing|edited|writing|written|graphics|photos?|video) by\s+`).ReplaceAllString(s, ", ")
	// Drop an outlet possessive: "CNN’s A and B".
	if i := strings.IndexAny(s, "’'"); i > 0 && i+1 < len(s) && s[i:] != "" {
		head := s[:i]
		if !strings.Contains(head, " ") && strings.HasPrefix(s[i:], "’s ") || strings.HasPrefix(s[i:], "'s ") && !strings.Contains(head, " ") {
			s = s[strings.Index(s, " ")+1:]
		}
	}
	s = strings.TrimRight(s, ". ")
	if names := nameList(s); len(names) > 0 {
		return names
	}
	return personNamesIn(t)
}

// personNamesIn finds capitalised two- and three-word names in a line
// ("Jane Roe adapted the report. John Doe was the editor.").
func personNamesIn(t string) []string {
	var out []string
	for _, m := range reNameSeq.FindAllString(t, -1) {
		ws := strings.Fields(m)
		ok := true
		for _, w := range ws {
			if commonWords[w] || demonyms[w] || stopwords[strings.ToLower(w)] {
				ok = false
			}
		}
		if _, _, gaz := gazetteer(m); gaz {
			ok = false
		}
		if ok {
			out = append(out, m)
		}
	}
	return out
}

var reNameSeq = regexp.MustCompile(`\p{Lu}\p{Ll}+(?: \p{Lu}\.)?(?: \p{Lu}[\p{Ll}'’-]+){1,2}`)

// nameList splits "A, B and C, Outlet" into person names. Names in
// capitals ("JANE ROE") are returned in title case.
func nameList(s string) []string {
	s = strings.ReplaceAll(s, " AND ", " and ")
	s = strings.ReplaceAll(s, " & ", ", ")
	s = strings.ReplaceAll(s, " and ", ", ")
	s = strings.ReplaceAll(s, ";", ",")
	var out []string
	for _, p := range strings.Split(s, ",") {
		p = strings.TrimSpace(strings.TrimRight(p, "."))
		if isAllCaps(p) {
			p = titleCase(p)
		}
		ws := strings.Fields(p)
		if len(ws) < 2 || len(ws) > 4 {
			continue
		}
		ok := true
		for _, w := range ws {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) || isAllCaps(w) && len(w) > 2 {
				ok = false
			}
		}
		if ok {
			out = append(out, p)
		}
	}
	return out
}

func wordCount(t string) int { return len(strings.Fields(t)) }

// isSourceLine reports a line naming only the news source: "VOA News",
// "Reuters", "Staff and agencies".
func isSourceLine(t string) bool {
	t = strings.TrimSpace(strings.TrimRight(t, ".:"))
	if wordCount(t) > 4 {
		return false
	}
	if canon, typ, ok := gazetteer(t); ok && typ == typeOrg && isOutlet(canon) {
		return true
	}
	return reSourceLine.MatchString(t)
}

// reBylineIn matches "Jane Roe in Kyiv" and "Jane Roe and agencies".
var reBylineIn = regexp.MustCompile(`^(\p{Lu}\p{Ll}+(?: \p{Lu}\.)? \p{Lu}[\p{L}'’-]+) (?:in \p{Lu}[\p{L} ]{1,25}|and agencies)$`)

var (
	reSourcesHeading = regexp.MustCompile(`(?i)^(sources?|references|external links|related news|see also|further reading)\W*$`)
	reSourceItem     = regexp.MustCompile(`^[*•·-]\s|^["“'‘].{3,200}["”'’]\s*[—–-]\s*\p{Lu}|^\p{Lu}[\p{L} .&]{1,40}\s*[—–-]\s*["“].{3,200}["”]`)
)

var reBylineLabel = regexp.MustCompile(`(?i)^(written by|words by|by|story by|reporting by|author|authors):?$`)

var reCaptionLabel = regexp.MustCompile(`(?i)^(image|photo|picture|video) caption\W*$|^caption:?$`)

// mayBeContact is a cheap test that reContact can match: an email holds
// "@", and a phone number starts with "+", a digit, a space or ().-.
func mayBeContact(t string) bool {
	return t != "" && (strings.Contains(t, "@") || strings.IndexByte("+0123456789\t\n\f\r ().-", t[0]) >= 0)
}

var reContact = regexp.MustCompile(`^\+?[\d\s().-]{7,}$|^\S+@\S+\.\S+$`)

var reSourceLine = regexp.MustCompile(`^(\p{Lu}[\p{L}.]*\s)*(News|Newsroom|Newswire|Wire|Staff|Agencies|Bureau)(, \p{Lu}[\p{L} ]{1,30})?$|(?i)^staff and agencies$`)

// isAllTitleWords reports a line whose words all start with a capital.
func isAllTitleWords(t string) bool {
	for _, w := range strings.Fields(t) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// isProse reports a line that reads as a sentence of article text: several
// words, a capital first, closing punctuation, no address to the reader.
func isProse(t string) bool {
	if wordCount(t) < 8 || readerAddress(t) > 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) && r != '“' && r != '"' && r != '‘' && r != '\'' {
		return false
	}
	last := lastRuneOf(t)
	return strings.ContainsRune(".!?”\"’'", last)
}

func lastRuneOf(t string) rune {
	r, _ := utf8.DecodeLastRuneInString(t)
	return r
}

func containsName(list []string, n string) bool {
	for _, x := range list {
		if x == n {
			return true
		}
	}
	return false
}

// reStampInLine finds a clock time, a numeric date or a day of a month:
// the marks of a byline or timestamp line, not of a standfirst.
var reStampInLine = regexp.MustCompile(`\d{1,2}:\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b`)

// readsAsStandfirst reports a line under the title that reads as a dek:
// a sentence-like line of six or more words with some function words,
// not a byline, a stamp or a list of names.
func readsAsStandfirst(t string) bool {
	wc := wordCount(t)
	if wc < 6 || len(t) >= 400 || strings.HasPrefix(strings.ToLower(t), "by ") || reStampInLine.MatchString(t) {
		return false
	}
	return stopRatio(strings.Fields(t)) >= 0.2
}
