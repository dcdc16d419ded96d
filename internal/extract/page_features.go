package extract

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Features of the learned line classifier. Each line of a page is
// described by named binary features of its own (shape, length,
// punctuation, vocabulary, the rules' verdicts), of its neighbours and of
// its place in the page (before, inside or after the main run of prose).

// lineShape holds the measurements of one line the features are made of.
type lineShape struct {
	words      int
	runes      int
	titleRatio float64 // share of words starting with a capital
	digitRatio float64 // share of runes that are digits
	stopRatio  float64 // share of words that are stopwords
	endPunct   string  // class of the last rune
	start      string  // class of the first rune
	allCaps    bool
	prose      bool // isProse
	sentence   bool // a shorter sentence: five words or more, a capital or a quote first, closing punctuation
	menu       bool // a few title-case words without punctuation
	link       bool // a web or mail address
	timestamp  bool
	clutter    bool // isClutter (set by newPageView from the rules' lines)
	navSep     bool // holds a navigation separator
	reader     int  // readerAddress
	first      string
	last       string
	relHead    bool // heads a list of related links ("More from the site")
	relInline  bool // a related link with its label ("Related: …")
	credit     bool // a photo credit ("Jane Roe/Example Agency")
	capCredit  bool // a caption with its credit glued on ("… on Monday.Jane Roe/Example Agency")
	bio        bool // an author's note ("Jane Roe is a reporter for …")
	appeal     bool // starts with a call to the reader ("Follow …", "Subscribe …")
	stamp      string
	glued      bool // words run together ("StaffPublish", "a,b,c")
	// after is a clutter class checked after the model (afterModelDrop):
	// a caption with its credit glued on ("…a rabbitCredit: Jane Roe",
	// "… (Jane Roe/Example Agency)"), a labelled related link ("Related
	// post: …"), an author's note with a capitalised role ("… is a Staff
	// Writer for …"), a call to follow or share on a channel ("Like this
	// story? Share it with a friend!", "Subscribe to our channel on …").
	after bool
}

// The patterns of the clutter classes the classifier weighs (not hard
// rules: a line that matches can still be kept).
var (
	reRelatedHead   = regexp.MustCompile(`(?i)^(related( coverage| stories| articles| content| links| reading| news| posts| videos)?( from .{1,40})?|more (on|from|about|in) .{0,40}|more( stories| news| videos| coverage)?|also on \S+|most (read|popular|viewed|shared).{0,30}|see more|read more|you (may|might) also (like|enjoy|be interested in).{0,20}|explore further|recommended( for you| reading)?|trending.{0,20}|don'?t miss|up next|watch next|next up|further reading|top stories|latest( news| stories| videos)?|what to read next|around the web|in case you missed it|popular (now|stories)|editors'? picks)\W*$`)
	reRelatedInline = regexp.MustCompile(`(?i)^\[?(related|see more|see also|also|more|read more|read|watch|listen|recommended|also on \S+|also read|more from \S+|must read|don'?t miss|click here)\s*:\s*\S`)
	reCreditLike    = regexp.MustCompile(`(?i)^\(?((photo|image|picture|video|graphic)s?( by| credit)?:?\s*)?[\p{L}.' -]{2,40}\s*(/|\|)\s*[\p{L}.&' -]{2,40}\)?$|(?i)^courtesy of\b|\b(courtesy( of)?|submitted photo|file photo|handout|getty( images)?|shutterstock|istock|alamy|ap photo|associated press|reuters|afp|epa|pool)\)?$|^(credit|photo|image|picture|source):|^(image|photo|picture) (copyright|source|credit)\b|\bvia \p{Lu}[\p{L}.-]*$`)
	reCaptionCredit = regexp.MustCompile(`[\p{Ll}\d)][.!?]["”’]?(Credit\.\.\.\S.{0,60}|\p{Lu}[\p{L}.'’-]*( \p{Lu}[\p{L}.'’-]*){0,3} ?[/|] ?\p{Lu}.{0,40})$`)
	reBio           = regexp.MustCompile(`^\p{Lu}[\p{L}'’.-]+( \p{Lu}[\p{L}'’.-]+){0,3} (is|was|has been|joined|covers|writes)\b.{0,80}\b(writer|reporter|journalist|editor|correspondent|contributor|columnist|curator|producer|author|intern|freelance|staff|covers|covering|reporting|magazine)\b|^I am an? \p{Ll}+|^(Opinions expressed|The views expressed)\b`)
	// Classes checked after the model (afterModelDrop): the model was
	// not trained with them.
	reCreditTail   = regexp.MustCompile(`\p{Ll}(Credit|Photo|Image|Picture)s?: ?\p{Lu}.{0,60}$|[.!?]\s*\((Photo|Image|Picture|Credit)?[^()]{0,20}\p{Lu}[\p{L}.&' -]{1,30}/\s*\p{Lu}[\p{L}.&' /-]{1,40}\)$`)
	reRelatedLabel = regexp.MustCompile(`(?i)^\[?related (posts?|stories|story|articles?|links?|reading|content|coverage|videos?)\s*:\s*\S`)
	reBioRole      = regexp.MustCompile(`^\p{Lu}[\p{L}'’.-]+( \p{Lu}[\p{L}'’.-]+){0,3} (is|was|has been|joined|covers|writes)\b.{0,80}\b(Writer|Reporter|Journalist|Editor|Correspondent|Contributor|Columnist|Producer)\b`)
	reChannel      = regexp.MustCompile(`(?i)\b(facebook|twitter|instagram|youtube|linkedin|tiktok|snapchat|whatsapp|messenger|pinterest|newsletters?|podcasts?|inbox)\b|@\w|(?i)\bshare (it|this( \w+)?) with (a|your) friends?\b`)
	reISODate      = regexp.MustCompile(`\b(19|20)\d\d-\d\d-\d\d\b`)
	reClock        = regexp.MustCompile(`(?i)\b\d{1,2}[:.]\d\d\s*([ap]\.?m\.?)?\b`)
	reDayOfMonth   = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b`)
	reGluedWords   = regexp.MustCompile(`\p{Ll}{2}\p{Lu}\p{Ll}|\p{L},\p{L}.*\p{L},\p{L}`)
)

// mayBeBio is a quick test that reBio can match: one of its verbs or
// openings is in the line.
func mayBeBio(t string) bool {
	for _, k := range []string{" is ", " was ", " has been ", " joined ", " covers ", " writes ", "I am ", "Opinions expressed", "The views expressed"} {
		if strings.Contains(t, k) {
			return true
		}
	}
	return false
}

// appealVerbs start a call to the reader.
var appealVerbs = map[string]bool{
	"follow": true, "subscribe": true, "get": true, "sign": true, "join": true, "click": true, "tap": true,
	"share": true, "like": true, "download": true, "watch": true, "read": true, "see": true, "chat": true,
	"listen": true, "register": true, "check": true, "learn": true, "support": true, "thanks": true,
	"thank": true, "don't": true, "don’t": true, "want": true, "enjoyed": true, "become": true, "try": true,
}

func measureLine(t string) lineShape {
	s := lineShape{runes: utf8.RuneCountInString(t)}
	ws := strings.Fields(t)
	s.words = len(ws)
	titled := 0
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			titled++
		}
	}
	if s.words > 0 {
		s.titleRatio = float64(titled) / float64(s.words)
	}
	s.stopRatio = stopRatio(ws)
	digits := 0
	for _, r := range t {
		if unicode.IsDigit(r) {
			digits++
		}
	}
	if s.runes > 0 {
		s.digitRatio = float64(digits) / float64(s.runes)
	}
	s.endPunct = runeClass(lastRuneOf(t))
	first, _ := utf8.DecodeRuneInString(t)
	s.start = runeClass(first)
	s.allCaps = isAllCaps(t)
	s.reader = readerAddress(t)
	s.prose = isProse(t)
	s.sentence = s.words >= 5 && s.reader == 0 && s.stopRatio >= 0.15 && (s.start == "upper" || s.start == "quote") &&
		(s.endPunct == "dot" || s.endPunct == "excl" || s.endPunct == "quote")
	s.menu = s.words > 0 && s.words <= 4 && s.titleRatio == 1 && !strings.ContainsAny(t, ".,;:!?")
	lower := strings.ToLower(t)
	s.link = strings.Contains(lower, "http") || strings.Contains(lower, "www.") || strings.Contains(lower, ".com") || strings.Contains(t, "@")
	s.timestamp = isTimestamp(t)
	// Cheap necessary conditions first: each pattern needs these characters.
	s.navSep = strings.ContainsAny(t, "|›»•>") && reNavSep.MatchString(t)
	if s.words > 0 {
		s.first = vocabWord(ws[0])
		s.last = vocabWord(ws[len(ws)-1])
	}
	s.relHead = s.words <= 10 && s.endPunct != "dot" && reRelatedHead.MatchString(t)
	s.relInline = strings.Contains(t, ":") && reRelatedInline.MatchString(t)
	s.credit = s.words <= 10 && reCreditLike.MatchString(t)
	s.capCredit = s.words <= 60 && strings.ContainsAny(t, ".!?") && (strings.ContainsAny(t, "/|") || strings.Contains(t, "Credit...")) && reCaptionCredit.MatchString(t)
	s.bio = s.words <= 60 && mayBeBio(t) && reBio.MatchString(t)
	s.appeal = s.words > 0 && appealVerbs[strings.ToLower(strings.Trim(ws[0], ".,:;!?\"“”"))]
	s.after = s.words <= 60 && (strings.ContainsAny(t, "/:") && reCreditTail.MatchString(t) ||
		strings.Contains(t, ":") && reRelatedLabel.MatchString(t) || s.words <= 25 && !strings.Contains(t, " said") && mayBeBio(t) && reBioRole.MatchString(t) ||
		s.appeal && s.words <= 30 && reChannel.MatchString(t))
	if digits > 0 && reISODate.MatchString(t) {
		s.stamp = "iso"
	} else if digits > 0 {
		clock := mayBeClock(t) && reClock.MatchString(t)
		day := mayBeDayOfMonth(t) && reDayOfMonth.MatchString(t)
		switch {
		case clock && day:
			s.stamp = "clock+day"
		case clock:
			s.stamp = "clock"
		case day:
			s.stamp = "day"
		}
	}
	s.glued = s.words <= 60 && reGluedWords.MatchString(t)
	return s
}

// stopRatio returns the share of the words that are stopwords.
func stopRatio(ws []string) float64 {
	if len(ws) == 0 {
		return 0
	}
	n := 0
	for _, w := range ws {
		if stopwords[strings.ToLower(strings.Trim(w, ".,;:!?\"“”‘’()"))] {
			n++
		}
	}
	return float64(n) / float64(len(ws))
}

// vocabWord is a word as a vocabulary feature: lower case, without
// surrounding punctuation, digits folded to 0.
func vocabWord(w string) string {
	w = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
	if w == "" {
		return "_"
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '0'
		}
		return r
	}, w)
}

// runeClass names the kind of a first or last rune.
func runeClass(r rune) string {
	switch {
	case r == '.':
		return "dot"
	case r == '!' || r == '?':
		return "excl"
	case r == '”' || r == '"' || r == '’' || r == '\'' || r == '“' || r == '‘':
		return "quote"
	case r == ':':
		return "colon"
	case r == ',' || r == ';':
		return "comma"
	case r == ')' || r == ']' || r == '(' || r == '[':
		return "paren"
	case r == '…':
		return "ellipsis"
	case unicode.IsDigit(r):
		return "digit"
	case unicode.IsUpper(r):
		return "upper"
	case unicode.IsLower(r):
		return "lower"
	case unicode.IsLetter(r):
		return "letter"
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		return "sym"
	}
	return "other"
}

// bucket returns the index of the first bound v is at most, or len(bounds).
func bucket(v float64, bounds ...float64) string {
	for i, b := range bounds {
		if v <= b {
			return strconv.Itoa(i)
		}
	}
	return strconv.Itoa(len(bounds))
}

// pageView is a page as the classifier sees it: the rules' lines, the
// title, the rules' verdicts and each line's measurements.
type pageView struct {
	lines    []pageLine
	title    int
	rule     []bool // the rules' keep verdict
	shapes   []lineShape
	proseLo  int // the longest run of prose lines, [proseLo, proseHi)
	proseHi  int
	firstPro int // first and last prose line after the title, -1 if none
	lastPro  int
	count    map[string]int // lines by text, to find repeats
	table    []bool         // the line is in a table inside the article (markTables)
	related  []bool         // the line is a headline under a head of related links (markRelated)
	site     string         // the outlet, when training
}

func newPageView(lines []pageLine, title int, resolved []lineClass) *pageView {
	v := &pageView{lines: lines, title: title, rule: ruleKeep(lines, title, resolved), firstPro: -1, lastPro: -1, count: map[string]int{}}
	v.shapes = make([]lineShape, len(lines))
	for i, l := range lines {
		v.shapes[i] = measureLine(l.text)
		v.shapes[i].clutter = l.clutter
		v.count[l.text]++
	}
	// The longest run of prose (by characters), allowing short lines
	// (subheadings, single clutter lines) of up to two between prose lines.
	bestLen, runLo, runLen, gap := 0, -1, 0, 0
	for i := title + 1; i < len(lines) && title >= 0; i++ {
		s := v.shapes[i]
		if v.isProse(i) {
			if v.firstPro < 0 {
				v.firstPro = i
			}
			v.lastPro = i
			if runLo < 0 {
				runLo, runLen = i, 0
			}
			runLen += s.runes
			gap = 0
			if runLen > bestLen {
				bestLen, v.proseLo, v.proseHi = runLen, runLo, i+1
			}
			continue
		}
		gap++
		if gap > 2 {
			runLo, runLen = -1, 0
		}
	}
	v.markRelated()
	v.markTables()
	return v
}

// relatedSpan is how many lines below a head of related links
// ("Related", "More on this story") its headlines can reach.
const relatedSpan = 8

// markRelated sets v.related for the headlines under a head of related
// links: the lines below it, up to relatedSpan, until the prose resumes,
// that are not prose and do not end with a full stop. In pages/train 85
// of the 91 such lines (25 outlets) are clutter; the model kept 17 of
// them in the grouped cross-validation. They are dropped after the model
// judges them (afterModelDrop).
func (v *pageView) markRelated() {
	v.related = make([]bool, len(v.lines))
	for i := v.title + 1; i < len(v.lines) && v.title >= 0; i++ {
		if !v.shapes[i].relHead {
			continue
		}
		for j := i + 1; j < len(v.lines) && j-i <= relatedSpan && !v.isProse(j); j++ {
			if v.shapes[j].endPunct != "dot" {
				v.related[j] = true
			}
		}
	}
}

// Tables and data lists inside the article: a run of at least
// tableMinLines non-prose lines below prose of the article, at least
// tableDigitShare of them holding a digit, and few of them lines a hard
// rule drops (a gallery of photo credits is not a table). The set's gold
// counts each cell on its own line as article text (pages/README.md: "a
// table cell on its own line"); in pages/train such runs are recipes,
// meal plans, spec sheets, results and tour dates. Six lines does best of
// four, six and eight in the grouped cross-validation of pages/train
// (F1 0.878, 0.885, 0.880).
const (
	tableMinLines   = 6
	tableDigitShare = 0.3
)

// markTables sets v.table for the lines of tables inside the article.
func (v *pageView) markTables() {
	v.table = make([]bool, len(v.lines))
	if v.firstPro < 0 {
		return
	}
	for i := v.firstPro + 1; i < len(v.lines); i++ {
		if v.isProse(i) {
			continue
		}
		lo, hi := v.nonProseRun(i)
		i = hi
		if hi-lo < tableMinLines {
			continue
		}
		digits, hard := 0, 0
		for j := lo; j < hi; j++ {
			if v.shapes[j].digitRatio > 0 {
				digits++
			}
			if v.hardDrop(j) && !reBareNumber.MatchString(v.lines[j].text) {
				hard++
			}
		}
		n := float64(hi - lo)
		if float64(digits) >= tableDigitShare*n && float64(hard) < 0.2*n {
			for j := lo; j < hi; j++ {
				v.table[j] = true
			}
		}
	}
}

// reBareNumber matches a line of figures alone: a gallery counter above
// the article, a cell of a table inside it.
var reBareNumber = regexp.MustCompile(`^[\d:./\s%,+-]+$`)

// hardDrop reports a line a clearly right rule drops (see hardLine).
func (v *pageView) hardDrop(i int) bool {
	l, s := v.lines[i], v.shapes[i]
	return l.fixed && hardKinds[l.kind] || s.credit || s.capCredit || s.relHead || s.relInline || s.bio
}

// isProse reports whether line i counts as prose for the page's zones.
func (v *pageView) isProse(i int) bool {
	s := v.shapes[i]
	return s.prose || s.sentence || s.words >= 20
}

// zone names the part of the page line i is in: above the first line of
// prose ("pre"), below the last ("post"), between them ("body"), or
// "none" on a page without prose.
func (v *pageView) zone(i int) string {
	switch {
	case v.firstPro < 0:
		return "none"
	case i < v.firstPro:
		return "pre"
	case i > v.lastPro:
		return "post"
	}
	return "body"
}

// lineFeatures returns the features of line i. extra are added as they
// are (the second pass's neighbour predictions).
func (v *pageView) lineFeatures(i int, extra []string) []string {
	s := v.shapes[i]
	l := v.lines[i]
	f := make([]string, 0, 96)
	add := func(parts ...string) { f = append(f, strings.Join(parts, "")) }
	add("wc=", bucket(float64(s.words), 1, 2, 3, 4, 6, 9, 14, 24, 49))
	add("len=", bucket(float64(s.runes), 10, 20, 40, 70, 120, 200, 400))
	add("end=", s.endPunct)
	add("start=", s.start)
	add("tc=", bucket(s.titleRatio, 0, 0.3, 0.6, 0.99))
	add("dig=", bucket(s.digitRatio, 0, 0.05, 0.2, 0.5))
	add("stop=", bucket(s.stopRatio, 0, 0.15, 0.3, 0.45))
	add("end+wc=", s.endPunct, bucket(float64(s.words), 3, 8, 20))
	add("tc+wc=", bucket(s.titleRatio, 0.6, 0.99), bucket(float64(s.words), 3, 8, 20))
	type flag struct {
		on   bool
		name string
	}
	flags := func(fs ...flag) {
		for _, f := range fs {
			if f.on {
				add(f.name)
			}
		}
	}
	flags(flag{s.allCaps, "caps"}, flag{s.prose, "prose"}, flag{s.sentence, "sentence"}, flag{s.menu, "menu"},
		flag{s.link, "link"}, flag{s.timestamp, "time"}, flag{s.clutter, "clutter"}, flag{s.navSep, "navsep"})
	add("reader=", bucket(float64(s.reader), 0, 1, 2))
	add("reader+wc=", bucket(float64(s.reader), 0, 1), bucket(float64(s.words), 8, 20))
	flags(flag{s.relHead, "relhead"}, flag{s.relInline, "relinline"}, flag{s.credit, "credit"}, flag{s.capCredit, "capcredit"},
		flag{s.bio, "bio"}, flag{s.glued, "glued"})
	if s.appeal {
		add("appeal")
		add("appeal+reader=", bucket(float64(s.reader), 0))
	}
	if s.stamp != "" {
		add("stamp=", s.stamp)
		add("stamp+wc=", s.stamp, bucket(float64(s.words), 4, 10))
	}
	// Below a heading of related links, until the prose resumes.
	for j, d := i-1, 1; j > v.title && d <= 8; j, d = j-1, d+1 {
		if v.shapes[j].prose || v.shapes[j].words >= 20 {
			break
		}
		if v.shapes[j].relHead {
			add("belowRelated=", bucket(float64(d), 1, 2, 4))
			break
		}
	}
	add("kind=", l.kind)
	add("jt=", strconv.Itoa(int(l.class)))
	if v.rule[i] {
		add("rule=keep")
	} else {
		add("rule=drop")
	}
	if s.words <= 12 {
		add("w0=", s.first)
		add("wN=", s.last)
	}
	// The line's words: as the words of a short line (a menu, a label)
	// or of a long one (an appeal, a note), each once.
	bag := "bw="
	if s.words > 8 {
		bag = "bwl="
	}
	seen := map[string]bool{}
	for _, w := range strings.Fields(l.text) {
		if vw := vocabWord(w); !seen[vw] && vw != "_" {
			seen[vw] = true
			add(bag, vw)
		}
	}
	if v.count[l.text] > 1 {
		add("repeat")
	}
	// Place in the page.
	d := i - v.title
	add("fromTitle=", bucket(float64(d), 1, 2, 3, 5, 10, 20))
	// No feature of the distance to the end of the page: the training
	// pages end a fixed five lines after their body, which would teach a
	// rule no other page follows.
	zone := v.zone(i)
	switch zone {
	case "pre":
		add("toProse=", bucket(float64(v.firstPro-i), 1, 2, 4))
	case "post":
		add("afterProse=", bucket(float64(i-v.lastPro), 1, 2, 4, 8))
	}
	add("zone=", zone)
	// The shape of a line means different things above, in and below the
	// article's prose.
	add(zone, ":wc=", bucket(float64(s.words), 2, 5, 12, 30))
	add(zone, ":end=", s.endPunct)
	add(zone, ":tc=", bucket(s.titleRatio, 0.6, 0.99))
	if v.rule[i] {
		add(zone, ":rule=keep")
	}
	switch {
	case v.proseHi == 0:
	case i < v.proseLo:
		add("run=before", bucket(float64(v.proseLo-i), 1, 3, 8))
	case i >= v.proseHi:
		add("run=after", bucket(float64(i-v.proseHi+1), 1, 3, 8))
	default:
		add("run=in")
	}
	if i == v.title+1 {
		add("afterTitle")
	}
	if v.table[i] {
		add("table")
		add("table=", zone, "/", bucket(float64(s.words), 2, 6, 12))
	}
	// The run of short lines this line belongs to.
	if s.words <= 6 {
		n := 1
		for j := i - 1; j > v.title && v.shapes[j].words <= 6; j-- {
			n++
		}
		for j := i + 1; j < len(v.lines) && v.shapes[j].words <= 6; j++ {
			n++
		}
		add("shortRun=", bucket(float64(n), 1, 2, 4, 8))
	}
	// The run of lines that are not prose around this one: a list or a
	// table inside the article sits between paragraphs and holds few
	// lines the hard rules drop; a menu or a gallery holds many.
	if !v.isProse(i) {
		lo, hi := i, i+1
		for lo-1 > v.title && !v.isProse(lo-1) {
			lo--
		}
		for hi < len(v.lines) && !v.isProse(hi) {
			hi++
		}
		hard := 0
		for j := lo; j < hi; j++ {
			if h, k := hardLine(v, j); h && !k {
				hard++
			}
		}
		n := bucket(float64(hi-lo), 2, 4, 8, 16)
		between := lo-1 > v.title && hi < len(v.lines)
		hs := bucket(float64(hard)/float64(hi-lo), 0, 0.2, 0.5)
		add("list=", n, "/", hs)
		if between {
			add("listBetween=", n, "/", hs)
		}
	}
	// Neighbours.
	for _, off := range []int{-2, -1, 1, 2} {
		j := i + off
		p := "n" + strconv.Itoa(off) + ":"
		if j < 0 {
			add(p, "none")
			continue
		}
		if j >= len(v.lines) {
			continue // the end of the page: see above
		}
		if j == v.title {
			add(p, "title")
			continue
		}
		ns := v.shapes[j]
		add(p, "wc=", bucket(float64(ns.words), 2, 5, 12, 30))
		add(p, "end=", ns.endPunct)
		if v.rule[j] {
			add(p, "rule=keep")
		} else {
			add(p, "rule=drop")
		}
		if ns.prose {
			add(p, "prose")
		}
		if ns.menu {
			add(p, "menu")
		}
		if ns.credit {
			add(p, "credit")
		}
		if ns.relHead || ns.relInline {
			add(p, "related")
		}
		if ns.stamp != "" {
			add(p, "stamp")
		}
		if ns.clutter || v.lines[j].fixed && v.lines[j].kind != "standfirst" {
			add(p, "fixed")
		}
		if off == -1 || off == 1 {
			if ns.words <= 12 {
				add(p, "w0=", ns.first)
			}
			add(p, "wc+", bucket(float64(s.words), 2, 5, 12, 30), "=", bucket(float64(ns.words), 2, 5, 12, 30))
		}
	}
	return append(f, extra...)
}

// cellSig is the shape of a line as a cell of a table: the class of its
// first rune, whether it holds a digit, and its length in words.
func cellSig(s lineShape) string {
	return s.start + "/" + strconv.FormatBool(s.digitRatio > 0) + "/" + bucket(float64(s.words), 1, 3, 8)
}

// tableRun describes the run of non-prose lines [lo, hi) as a table:
// the share of its lines that hold a digit, and the shortest period
// (1 to 6 lines) with which the lines' cell shapes repeat, 0 when none
// does (at least three rows, 70% of the lines matching the line a
// period above).
func (v *pageView) tableRun(lo, hi int) (digits float64, period int) {
	n := hi - lo
	if n <= 0 {
		return 0, 0
	}
	d := 0
	for j := lo; j < hi; j++ {
		if v.shapes[j].digitRatio > 0 {
			d++
		}
	}
	digits = float64(d) / float64(n)
	for k := 1; k <= 6 && 3*k <= n; k++ {
		same := 0
		for j := lo + k; j < hi; j++ {
			if cellSig(v.shapes[j]) == cellSig(v.shapes[j-k]) {
				same++
			}
		}
		if 10*same >= 7*(n-k) {
			return digits, k
		}
	}
	return digits, 0
}

// nonProseRun returns the run of non-prose lines around line i, [lo, hi),
// below the title.
func (v *pageView) nonProseRun(i int) (lo, hi int) {
	lo, hi = i, i+1
	for lo-1 > v.title && !v.isProse(lo-1) {
		lo--
	}
	for hi < len(v.lines) && !v.isProse(hi) {
		hi++
	}
	return lo, hi
}

func isASCIIDigit(b byte) bool { return b >= '0' && b <= '9' }

// mayBeClock is a cheap test that reClock can match: a digit, ":" or "."
// and two digits.
func mayBeClock(t string) bool {
	for i := 1; i+2 < len(t); i++ {
		if (t[i] == ':' || t[i] == '.') && isASCIIDigit(t[i-1]) && isASCIIDigit(t[i+1]) && isASCIIDigit(t[i+2]) {
			return true
		}
	}
	return false
}

// mayBeDayOfMonth is a cheap test that reDayOfMonth can match: each of
// its forms has a digit next to a space ("May 4", "4 May") or before a
// slash ("4/5/2024").
func mayBeDayOfMonth(t string) bool {
	for i := 0; i < len(t); i++ {
		if !isASCIIDigit(t[i]) {
			continue
		}
		if i > 0 && t[i-1] == ' ' || i+1 < len(t) && (t[i+1] == ' ' || t[i+1] == '/') {
			return true
		}
	}
	return false
}
