package corrections

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/storylens/storylens/schema"
)

// Apply applies the edits to ds in order. name is the corrections file,
// used in errors. On error ds may be partly changed; callers discard it.
// Lists stay in the order the extractor gives them (entities and
// relations sorted by ID), so the same dataset and edits give the same
// result.
func Apply(name string, ds *schema.Dataset, edits []Edit) error {
	a := applier{name: name, ds: ds, removed: map[string]int{}}
	for _, e := range edits {
		if err := a.apply(e); err != nil {
			return err
		}
	}
	return nil
}

type applier struct {
	name string
	ds   *schema.Dataset
	// removed maps an entity ID that a merge or drop took away to that
	// edit's position, so that a later edit naming it says why it is gone.
	removed map[string]int
}

func (a *applier) fail(e Edit, id, msg string) error {
	return &Error{File: a.name, Pos: e.Pos, Line: e.Line, Op: e.Op, ID: id, Msg: msg}
}

// entity returns the index of entity id, or an error for edit e.
func (a *applier) entity(e Edit, id string) (int, error) {
	if i := slices.IndexFunc(a.ds.Entities, func(x schema.Entity) bool { return x.ID == id }); i >= 0 {
		return i, nil
	}
	if p, ok := a.removed[id]; ok {
		return -1, a.fail(e, id, fmt.Sprintf("edit %d already removed entity", p))
	}
	return -1, a.fail(e, id, "unknown entity")
}

func (a *applier) quote(e Edit, id string) (int, error) {
	if i := slices.IndexFunc(a.ds.Quotes, func(x schema.Quote) bool { return x.ID == id }); i >= 0 {
		return i, nil
	}
	return -1, a.fail(e, id, "unknown quote")
}

func (a *applier) event(e Edit, id string) (int, error) {
	if i := slices.IndexFunc(a.ds.Events, func(x schema.Event) bool { return x.ID == id }); i >= 0 {
		return i, nil
	}
	return -1, a.fail(e, id, "unknown event")
}

func (a *applier) apply(e Edit) error {
	ds := a.ds
	switch e.Op {
	case OpMerge:
		into, err := a.entity(e, e.Into)
		if err != nil {
			return err
		}
		for _, f := range e.From {
			if _, err := a.entity(e, f); err != nil {
				return err
			}
		}
		a.merge(into, e)
	case OpRename:
		i, err := a.entity(e, e.Entity)
		if err != nil {
			return err
		}
		en := &ds.Entities[i]
		en.Name = e.Name
		en.Aliases = addNames(en.Aliases, e.Name)
		en.Corrected = true
	case OpRetype:
		i, err := a.entity(e, e.Entity)
		if err != nil {
			return err
		}
		ds.Entities[i].Type = e.Type
		ds.Entities[i].TypedBy = "editor"
		ds.Entities[i].Corrected = true
	case OpAlias:
		i, err := a.entity(e, e.Entity)
		if err != nil {
			return err
		}
		ds.Entities[i].Aliases = addNames(ds.Entities[i].Aliases, e.Add...)
		ds.Entities[i].Corrected = true
	case OpDrop:
		i, err := a.entity(e, e.Entity)
		if err != nil {
			return err
		}
		a.drop(i, e)
	case OpSpeaker:
		q, err := a.quote(e, e.Quote)
		if err != nil {
			return err
		}
		if e.Speaker != nil {
			if _, err := a.entity(e, *e.Speaker); err != nil {
				return err
			}
			s := *e.Speaker
			ds.Quotes[q].Speaker = &s
		} else {
			ds.Quotes[q].Speaker = nil
		}
		ds.Quotes[q].SpeakerConfidence = 1
		ds.Quotes[q].SpeakerRule = "editor"
		ds.Quotes[q].Corrected = true
	case OpLabel:
		i, err := a.event(e, e.Event)
		if err != nil {
			return err
		}
		ds.Events[i].Label = e.Text
		ds.Events[i].Corrected = true
	case OpHide:
		switch {
		case e.Quote != "":
			i, err := a.quote(e, e.Quote)
			if err != nil {
				return err
			}
			ds.Quotes = slices.Delete(ds.Quotes, i, i+1)
		case e.Event != "":
			i, err := a.event(e, e.Event)
			if err != nil {
				return err
			}
			ds.Events = slices.Delete(ds.Events, i, i+1)
		default:
			x, y := relationPair(*e.Relation)
			for _, id := range []string{x, y} {
				if _, err := a.entity(e, id); err != nil {
					return err
				}
			}
			i := slices.IndexFunc(ds.Relations, func(r schema.Relation) bool { return r.A == x && r.B == y })
			if i < 0 {
				return a.fail(e, x+"~"+y, "no relation between")
			}
			ds.Relations = slices.Delete(ds.Relations, i, i+1)
		}
	default:
		return a.fail(e, "", "unknown op "+e.Op)
	}
	return nil
}

// merge folds the entities e.From into entity into.
func (a *applier) merge(into int, e Edit) {
	ds := a.ds
	from := map[string]bool{}
	target := ds.Entities[into].ID
	dst := ds.Entities[into]
	for _, en := range ds.Entities {
		if !slices.Contains(e.From, en.ID) {
			continue
		}
		from[en.ID] = true
		dst.Aliases = addNames(dst.Aliases, en.Name)
		dst.Aliases = addNames(dst.Aliases, en.Aliases...)
		dst.Descriptors = addNames(dst.Descriptors, en.Descriptors...)
		dst.Mentions = append(dst.Mentions, en.Mentions...)
		if dst.Role == "" {
			dst.Role = en.Role
		}
	}
	slices.SortStableFunc(dst.Mentions, compareSpans)
	dst.Mentions = slices.Compact(dst.Mentions)
	dst.Corrected = true
	ds.Entities[into] = dst
	ds.Entities = slices.DeleteFunc(ds.Entities, func(x schema.Entity) bool { return from[x.ID] })
	for _, f := range e.From {
		a.removed[f] = e.Pos
	}
	a.replaceEntity(from, &target)
}

// drop removes entity i and every reference to it.
func (a *applier) drop(i int, e Edit) {
	id := a.ds.Entities[i].ID
	a.ds.Entities = slices.Delete(a.ds.Entities, i, i+1)
	a.removed[id] = e.Pos
	a.replaceEntity(map[string]bool{id: true}, nil)
}

// replaceEntity points every reference to an entity in old at target, or
// removes the reference when target is nil.
func (a *applier) replaceEntity(old map[string]bool, target *string) {
	ds := a.ds
	for i := range ds.Quotes {
		q := &ds.Quotes[i]
		if q.Speaker != nil && old[*q.Speaker] {
			if target != nil {
				s := *target
				q.Speaker = &s
			} else {
				q.Speaker = nil
				q.SpeakerConfidence = 0
				q.SpeakerRule = "editor"
			}
			q.Corrected = true
		}
	}
	for i := range ds.Events {
		ev := &ds.Events[i]
		if !slices.ContainsFunc(ev.Entities, func(id string) bool { return old[id] }) {
			continue
		}
		ev.Entities = slices.DeleteFunc(ev.Entities, func(id string) bool { return old[id] })
		if target != nil {
			ev.Entities = append(ev.Entities, *target)
		}
		slices.Sort(ev.Entities)
		ev.Entities = slices.Compact(ev.Entities)
		ev.Corrected = true
	}
	for i := range ds.Contested {
		for j := range ds.Contested[i].Sides {
			s := &ds.Contested[i].Sides[j]
			if s.Holder != nil && old[*s.Holder] {
				if target != nil {
					h := *target
					s.Holder = &h
				} else {
					s.Holder = nil
				}
			}
		}
	}
	// Relations: repoint, drop self-loops, join pairs that now coincide.
	var rels []schema.Relation
	for _, r := range ds.Relations {
		if old[r.A] || old[r.B] {
			if target == nil {
				continue
			}
			if old[r.A] {
				r.A = *target
			}
			if old[r.B] {
				r.B = *target
			}
			if r.A == r.B {
				continue
			}
			if r.B < r.A {
				r.A, r.B = r.B, r.A
			}
			r.Corrected = true
		}
		rels = append(rels, r)
	}
	slices.SortStableFunc(rels, func(x, y schema.Relation) int {
		return cmp.Or(cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B))
	})
	out := []schema.Relation{}
	for _, r := range rels {
		if n := len(out); n > 0 && out[n-1].A == r.A && out[n-1].B == r.B {
			p := &out[n-1]
			p.Evidence = append(p.Evidence, r.Evidence...)
			slices.SortStableFunc(p.Evidence, compareSpans)
			p.Evidence = slices.Compact(p.Evidence)
			p.Weight = len(p.Evidence)
			p.Corrected = true
			continue
		}
		out = append(out, r)
	}
	ds.Relations = out
	ds.Layout = slices.DeleteFunc(ds.Layout, func(p schema.Position) bool { return old[p.ID] })
}

func compareSpans(x, y schema.Span) int {
	return cmp.Or(cmp.Compare(x.Doc, y.Doc), cmp.Compare(x.Start, y.Start), cmp.Compare(x.End, y.End))
}

// addNames adds names to a sorted list of names, keeping it sorted and
// without repeats.
func addNames(list []string, names ...string) []string {
	out := append(slices.Clone(list), names...)
	slices.Sort(out)
	out = slices.Compact(out)
	if out == nil {
		out = []string{}
	}
	return out
}
