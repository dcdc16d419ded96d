package extract

import (
	"sort"
	"strings"

	"github.com/storylens/storylens/schema"
)

// Cross-outlet entity resolution. mergeEntities (coref.go) joins document
// entities whose names agree; resolveEntities then joins the merged
// entities that are one real-world entity written differently by
// different outlets:
//
//   - punctuation, possessives and plurals: "U.S. Homeland Security" and
//     "US Homeland Security", "Acme's", "Acme Holdings" and "Acme
//     Holding";
//   - corporate suffixes and word order: "Acme Co" and "Acme", "Department
//     of Justice" and "Justice Department", a country in front ("U.S.
//     Justice Department");
//   - spelling and transliteration variants: edit distance on folded
//     words, every word agreeing ("Sevilla", "Seville");
//   - people: the same surname (or a variant of it) with compatible first
//     names: a nickname from lexicon/data/nicknames.csv, a short form, one edit, an
//     initial, a dropped middle initial ("Jane Q. Roe");
//   - titles and roles in front of a person's name ("Agency Administrator
//     Jane Roe"): stripped into the role, the rest matched as a name;
//   - acronyms and the full name they abbreviate ("NWA", "National
//     Weather Agency").
//
// Two people who share a surname are never joined unless their first
// names are compatible.

// resolution is what resolveEntities learned that the registry's entities
// do not hold: the role stripped from each merged entity's name.
type resolution struct {
	roles map[*entity]string
}

// resolveEntities joins registry entities that name one real-world entity
// and reassigns stable IDs. It must run before anything reads entity IDs.
func resolveEntities(docs []*doc, reg *registry) *resolution {
	res := &resolution{roles: map[*entity]string{}}
	lower := map[string]bool{}
	for _, d := range docs {
		for w := range d.lower {
			lower[w] = true
		}
		d.lower = nil // read by the per-document tagging only; release it
	}
	n := len(reg.list)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var root func(int) int
	root = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(i, j int) {
		ri, rj := root(i), root(j)
		if ri == rj {
			return
		}
		if rj < ri {
			ri, rj = rj, ri
		}
		parent[rj] = ri
	}
	names := make([]entName, n)
	for i, e := range reg.list {
		names[i] = newEntName(e, lower)
	}
	// Org prefixes: "Acme" beside exactly one "Acme Something" org.
	firstWordOrgs := map[string][]int{}
	for i, nm := range names {
		if nm.typ == typeOrg && len(nm.words) >= 2 {
			firstWordOrgs[nm.words[0]] = append(firstWordOrgs[nm.words[0]], i)
		}
	}
	for _, p := range candidatePairs(names) {
		if sameEntity(names[p[0]], names[p[1]], firstWordOrgs) {
			union(p[0], p[1])
		}
	}
	// Acronyms: joined only to a single full name.
	byAcronym := map[string][]int{}
	for j, b := range names {
		if len(b.words) >= 2 && b.typ != typePerson {
			acs := acronymOf(b.words)
			if ws := inWrittenOrder(b.words, b.raw); len(ws) != len(b.words) {
				acs = append(acs, acronymOf(ws)...)
			}
			seen := map[string]bool{}
			for _, ac := range acs {
				if !seen[ac] {
					seen[ac] = true
					byAcronym[ac] = append(byAcronym[ac], j)
				}
			}
		}
	}
	for i, a := range names {
		if !isAcronym(a.raw) || a.typ == typePerson {
			continue
		}
		match := -1
		for _, j := range byAcronym[strings.Join(a.words, "")] {
			if j == i || names[j].typ != a.typ && a.typ != typeOrg {
				continue
			}
			if match >= 0 && root(match) != root(j) {
				match = -2
			} else if match != -2 {
				match = j
			}
		}
		if match >= 0 {
			union(i, match)
		}
	}
	// A group must not hold two people with incompatible first names.
	groups := map[int][]int{}
	var roots []int
	for i := range reg.list {
		r := root(i)
		if groups[r] == nil {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], i)
	}
	var kept []*entity
	into := map[*entity]*entity{}
	for _, r := range roots {
		for _, part := range splitConflicts(groups[r], names) {
			e := joinEntities(part, names, reg)
			kept = append(kept, e)
			for _, i := range part {
				into[reg.list[i]] = e
			}
			if role := groupRole(part, names); role != "" && len(part) > 1 {
				// Only titles and roles, not epithets ("rival", "new").
				res.roles[e] = role
			}
		}
	}
	for _, d := range docs {
		for _, de := range d.ents {
			if g := into[de.global]; g != nil {
				de.global = g
			}
		}
	}
	reg.list = kept
	for _, e := range kept {
		qualifierAlias(e)
	}
	assignIDs(reg)
	return res
}

// candidatePairs returns the pairs of entities worth comparing, in order:
// those whose names or full aliases share a word's first three letters
// (every rule of sameEntity needs one such word).
func candidatePairs(names []entName) [][2]int {
	postings := map[string][]int{}
	var keys []string
	for i, nm := range names {
		seen := map[string]bool{}
		add := func(ws []string) {
			for _, w := range ws {
				r := []rune(w)
				if len(r) > 3 {
					r = r[:3]
				}
				k := string(r)
				if !seen[k] {
					seen[k] = true
					if postings[k] == nil {
						keys = append(keys, k)
					}
					postings[k] = append(postings[k], i)
				}
			}
		}
		add(nm.words)
		add(nm.core)
		for a := range nm.fullAliases {
			add(strings.Fields(a))
		}
	}
	pairs := map[[2]int]bool{}
	for _, k := range keys {
		ps := postings[k]
		for a := 0; a < len(ps); a++ {
			for b := a + 1; b < len(ps); b++ {
				pairs[[2]int{ps[a], ps[b]}] = true
			}
		}
	}
	out := make([][2]int, 0, len(pairs))
	for p := range pairs {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i][0] != out[j][0] {
			return out[i][0] < out[j][0]
		}
		return out[i][1] < out[j][1]
	})
	return out
}

// entName is an entity's name prepared for matching.
type entName struct {
	raw   string
	typ   string
	fixed bool
	// fullAliases are the folded aliases that read as a personal name:
	// two words or more, the first neither a role nor a lower-case word.
	fullAliases map[string]bool
	words       []string // matchWords of the name
	// For people: the name without a leading role and middle initials.
	role   string
	titled bool // the role holds a title or role word, not only an epithet
	given  string
	last   string
	core   []string
}

func newEntName(e *entity, lower map[string]bool) entName {
	nm := entName{raw: e.name, typ: e.typ, fixed: e.fixed, words: matchWords(e.name), fullAliases: map[string]bool{}}
	if e.typ == typePerson {
		for a := range e.aliases {
			ws := matchWords(a)
			if len(ws) >= 2 && !isRoleWord(ws[0], lower) {
				nm.fullAliases[strings.Join(ws, " ")] = true
			}
		}
		if len(nm.words) >= 2 && !isRoleWord(nm.words[0], lower) {
			nm.fullAliases[strings.Join(nm.words, " ")] = true
		}
	}
	if len(nm.words) < 2 || e.fixed && e.typ != typePerson {
		return nm
	}
	raw := strings.Fields(e.name)
	ws := nm.words
	// "Agency Administrator Jane Roe": role words in front of at least a
	// given name and a surname.
	k := 0
	for k < len(raw)-2 && k < len(ws)-2 && isRoleWord(ws[k], lower) {
		k++
	}
	if k > 0 && lower[ws[k]] && !knownGivenName(ws[k]) {
		// "Star Wars Jedi": what follows is not a name.
		k = 0
	}
	if k > 0 && k < len(raw) {
		nm.role = strings.ToLower(strings.Join(raw[:k], " "))
		ws = ws[k:]
		nm.titled = false
		for _, w := range nm.words[:k] {
			nm.titled = nm.titled || roleWords[w]
		}
	}
	if e.typ != typePerson {
		// "Agency Administrator Jane Roe", typed by its first word: a
		// person only if a title is stripped, or a role and a given name.
		if nm.role == "" || !nm.titled && !knownGivenName(ws[0]) {
			nm.role = ""
			return nm
		}
	}
	var core []string
	for i, w := range ws {
		// Middle initials go; a leading initial stays.
		if i > 0 && i < len(ws)-1 && len([]rune(w)) == 1 {
			continue
		}
		core = append(core, w)
	}
	nm.core = core
	nm.given, nm.last = core[0], core[len(core)-1]
	return nm
}

// isRoleWord reports whether a folded word in front of a person's name is
// a title or role rather than a given name: a known role word, or a word
// the articles also use in lower case ("superstar", "spokesman").
func isRoleWord(w string, lower map[string]bool) bool {
	if roleWords[w] {
		return true
	}
	if firstNames[strings.ToUpper(w[:1])+w[1:]] {
		return false
	}
	return lower[w]
}

// roleWords are titles and roles written before names.
var roleWords = splitWords(`
administrator secretary judge president minister director chief officer spokesperson spokesman
spokeswoman governor mayor senator representative chairman chairwoman chair ceo founder
commissioner superintendent sheriff coach captain star superstar champion legend manager
prosecutor attorney general lawyer professor doctor dr mr mrs ms sir dame lord lady king queen
prince princess pope rev reverend sen rep gov gen lt col capt sgt prof pres executive deputy vice
assistant acting former justice chancellor ambassador envoy councillor councilman councilwoman
inspector detective sergeant lieutenant colonel admiral marshal trooper officer agent analyst
meteorologist forecaster economist player striker midfielder defender goalkeeper ex
treasurer clerk auditor comptroller registrar premier mp mep congressman congresswoman
assemblyman assemblywoman alderman magistrate bishop archbishop cardinal rabbi imam nurse
firefighter constable warden dean provost rector principal headteacher headmaster editor
reporter correspondent columnist producer actor actress singer author writer novelist poet
scientist researcher engineer activist candidate nominee leader head boss owner
`)

// sameEntity reports whether two merged entities are one entity written
// differently.
func sameEntity(a, b entName, firstWordOrgs map[string][]int) bool {
	if len(a.words) == 0 || len(b.words) == 0 {
		return false
	}
	if sharesFullAlias(a, b) {
		// Coreference already gave both the same full name ("Hillary
		// Roe" inside "Crooked Hillary Roe").
		return true
	}
	if len(a.core) >= 2 && len(b.core) >= 2 && (a.typ == typePerson || a.role != "") && (b.typ == typePerson || b.role != "") {
		return samePerson(a, b)
	}
	if a.typ == typePerson && len(a.core) >= 2 || b.typ == typePerson && len(b.core) >= 2 {
		// A full personal name matches only another person.
		if !(a.typ == typePerson && b.typ == typePerson) {
			return len(a.words) >= 2 && !(a.fixed && b.fixed) &&
				(equalWords(a.words, b.words) || equalWords(singularWords(a.words), singularWords(b.words)))
		}
		return false
	}
	multi := len(a.words) >= 2 && len(b.words) >= 2
	typesAgree := a.typ == b.typ || multi
	// Punctuation, possessives, suffixes, word order, plurals.
	if typesAgree && (equalWords(a.words, b.words) || equalWords(singularWords(a.words), singularWords(b.words))) {
		return true
	}
	if a.fixed && b.fixed {
		// Two gazetteer entries are two entities.
		return false
	}
	// "St. Lucie" and "St. Lucie County": a place and the county (parish,
	// district, province) named after it, when neither is a gazetteer
	// entry that could be a different place.
	if (a.typ == typePlace || b.typ == typePlace) && !a.fixed && !b.fixed && placeAndItsCounty(a.words, b.words) {
		return true
	}
	// Spelling and transliteration variants, every word agreeing.
	if a.typ == b.typ && len(a.words) == len(b.words) {
		same := true
		for i := range a.words {
			if !wordVariant(a.words[i], b.words[i]) {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	if a.typ == typeOrg && b.typ == typeOrg {
		// A country in front: "U.S. Justice Department".
		if qualifiedBy(a.words, b.words) || qualifiedBy(b.words, a.words) {
			return true
		}
		// "Acme" and the one "Acme Electronics" of the story.
		if shortCorporate(a, b, firstWordOrgs) || shortCorporate(b, a, firstWordOrgs) {
			return true
		}
	}
	return false
}

func sharesFullAlias(a, b entName) bool {
	for k := range a.fullAliases {
		if b.fullAliases[k] {
			return true
		}
	}
	return false
}

// shortCorporate reports whether short is long without its corporate
// descriptors ("Acme" and "Acme Electronics Co"), long being the only
// organisation of the story whose name starts with that word.
func shortCorporate(short, long entName, firstWordOrgs map[string][]int) bool {
	if len(short.words) != 1 || len(long.words) < 2 || long.words[0] != short.words[0] || len(firstWordOrgs[short.words[0]]) != 1 {
		return false
	}
	if strings.EqualFold(strings.Fields(short.raw)[0], "the") {
		return false
	}
	for _, w := range long.words[1:] {
		if !corporateDescriptors[w] {
			return false
		}
	}
	return true
}

var corporateDescriptors = splitWords(`electronics group holdings holding international industries
technologies technology motors motor airlines airline airways bank pharmaceuticals pharma energy
systems communications entertainment media foods brands networks labs platforms software
semiconductor semiconductors capital partners financial resources petroleum oil gas mining
telecom telecommunications studios games insurance`)

// samePerson compares two full personal names: the surnames agree (or are
// variants) and so do the given names.
func samePerson(a, b entName) bool {
	if !wordVariant(a.last, b.last) {
		return false
	}
	if !firstNamesCompatible(a.given, b.given) {
		return false
	}
	// Any further words (second surnames, middle names) must not
	// contradict: compare the shorter name's inner words where both have
	// them.
	if len(a.core) == len(b.core) {
		for i := 1; i < len(a.core)-1; i++ {
			if !wordVariant(a.core[i], b.core[i]) && !firstNamesCompatible(a.core[i], b.core[i]) {
				return false
			}
		}
	}
	return true
}

// qualifiedBy reports whether long is short with a country or place
// abbreviation in front ("us justice department").
func qualifiedBy(long, short []string) bool {
	if len(long) != len(short)+1 || len(short) < 2 {
		return false
	}
	if !countryQualifiers[long[0]] {
		return false
	}
	return equalWords(long[1:], short)
}

// qualifierAlias gives an organisation named with a country in front
// ("U.S. Homeland Security") the name without it as an alias, the way
// other outlets write it.
func qualifierAlias(e *entity) {
	if e.typ != typeOrg {
		return
	}
	ws := strings.Fields(e.name)
	if len(ws) < 3 {
		return
	}
	if q := matchWords(ws[0]); len(q) == 1 && countryQualifiers[q[0]] && isAcronym(ws[0]) {
		e.aliases[strings.Join(ws[1:], " ")] = true
	}
}

var countryQualifiers = splitWords(`us usa uk eu un american british federal national state`)

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func singularWords(ws []string) []string {
	out := append([]string(nil), ws...)
	out[len(out)-1] = singular(out[len(out)-1])
	return out
}

// splitConflicts splits a group that would join people with incompatible
// given names (two different people reached through a shared surname form):
// each person joins the first part whose people are all compatible.
func splitConflicts(group []int, names []entName) [][]int {
	var parts [][]int
	for _, i := range group {
		placed := false
		for p, part := range parts {
			ok := true
			for _, j := range part {
				a, b := names[i], names[j]
				if a.typ == typePerson && b.typ == typePerson && len(a.core) >= 2 && len(b.core) >= 2 && !samePerson(a, b) && !sharesFullAlias(a, b) {
					ok = false
					break
				}
			}
			if ok {
				parts[p] = append(parts[p], i)
				placed = true
				break
			}
		}
		if !placed {
			parts = append(parts, []int{i})
		}
	}
	return parts
}

// joinEntities merges a group of entities into its first member and
// chooses the group's name: a gazetteer name, else the longest name
// without a role in front (most words, then most letters), then the most
// mentioned.
func joinEntities(group []int, names []entName, reg *registry) *entity {
	e := reg.list[group[0]]
	if len(group) == 1 {
		return e
	}
	best := group[0]
	for _, i := range group[1:] {
		if betterName(reg.list[i], names[i], reg.list[best], names[best]) {
			best = i
		}
	}
	chosen := reg.list[best]
	for _, i := range group[1:] {
		o := reg.list[i]
		e.aliases[o.name] = true
		for a := range o.aliases {
			e.aliases[a] = true
		}
		for a := range o.descriptors {
			e.descriptors[a] = true
		}
		for t, v := range o.votes {
			e.votes[t] += v
		}
		e.mentions = append(e.mentions, o.mentions...)
	}
	e.aliases[e.name] = true
	e.name, e.fixed, e.words = chosen.name, chosen.fixed, chosen.words
	if names[best].core != nil && names[best].typ == typePerson {
		// A person's name chosen over a role-prefixed form typed by its role.
		e.typ = typePerson
	} else if !e.fixed {
		best, bestN := e.typ, -1
		for _, t := range []string{typePerson, typeOrg, typePlace} {
			if e.votes[t] > bestN {
				best, bestN = t, e.votes[t]
			}
		}
		e.typ = best
	} else {
		e.typ = chosen.typ
	}
	return e
}

func betterName(a *entity, an entName, b *entity, bn entName) bool {
	if a.fixed != b.fixed {
		return a.fixed
	}
	if (an.role == "") != (bn.role == "") {
		return an.role == ""
	}
	if an.typ == typePerson && bn.typ == typePerson && len(an.words) > 0 && len(bn.words) > 0 {
		// "Jane Roe" over "Crooked Jane Roe".
		if ka, kb := knownGivenName(an.words[0]), knownGivenName(bn.words[0]); ka != kb {
			return ka
		}
	}
	ia, ib := initials(an.words), initials(bn.words)
	if wa, wb := len(an.words)-ia, len(bn.words)-ib; wa != wb {
		return wa > wb
	}
	if ia != ib {
		// "Jane Roe" over "Jane Q Roe".
		return ia < ib
	}
	if la, lb := len([]rune(a.name)), len([]rune(b.name)); la != lb {
		return la > lb
	}
	if len(a.mentions) != len(b.mentions) {
		return len(a.mentions) > len(b.mentions)
	}
	return a.name < b.name
}

func initials(ws []string) int {
	n := 0
	for _, w := range ws {
		if len([]rune(w)) == 1 {
			n++
		}
	}
	return n
}

// groupRole is the role written before the name of a group's people: the
// most frequent, then the longest, then the first in order.
func groupRole(group []int, names []entName) string {
	count := map[string]int{}
	for _, i := range group {
		if r := names[i].role; r != "" && names[i].titled {
			count[r]++
		}
	}
	best := ""
	for r, c := range count {
		if best == "" || c > count[best] || c == count[best] && (len(r) > len(best) || len(r) == len(best) && r < best) {
			best = r
		}
	}
	return best
}

// assignIDs gives every entity a stable ID: the slug of its name,
// de-duplicated in name order.
func assignIDs(reg *registry) {
	sort.SliceStable(reg.list, func(i, j int) bool {
		a, b := reg.list[i], reg.list[j]
		if a.name != b.name {
			return a.name < b.name
		}
		return a.typ < b.typ
	})
	reg.byID = map[string]*entity{}
	for _, e := range reg.list {
		base := slug(e.name)
		if base == "" {
			base = "entity"
		}
		id := base
		for n := 2; reg.byID[id] != nil; n++ {
			id = base + "-" + itoa(n)
		}
		e.id = id
		reg.byID[id] = e
	}
}

// annotate sets the role of every dataset entity resolveEntities stripped
// one from, unless the entity already has one.
func (res *resolution) annotate(ents []schema.Entity) {
	if res == nil {
		return
	}
	byID := map[string]string{}
	for e, r := range res.roles {
		byID[e.id] = r
	}
	for i := range ents {
		if ents[i].Role == "" {
			ents[i].Role = byID[ents[i].ID]
		}
	}
}

// countyWords are the heads of a place's administrative area.
var countyWords = map[string]bool{"county": true, "parish": true, "borough": true, "district": true, "province": true, "prefecture": true}

// placeAndItsCounty reports whether one name is the other with an
// administrative head added ("Marlow" / "Marlow County").
func placeAndItsCounty(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(b) == len(a)+1 && countyWords[b[len(b)-1]] && equalWords(a, b[:len(a)])
}
