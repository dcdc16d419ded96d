// Package layout computes the deterministic relationship-graph layout.
//
// The layout is a force-directed one (Fruchterman and Reingold, with their
// grid variant of repulsion so that it scales to thousands of nodes) run
// for a fixed number of iterations from starting points derived from the
// entity IDs. It uses no randomness, no clock and no trigonometry, keeps
// every product explicitly rounded (no fused multiply-add), and rounds the
// result to one decimal, so the same dataset gives the same positions on
// every platform.
package layout

import (
	"math"
	"slices"

	"github.com/storylens/storylens/schema"
)

// Size is the side of the square box holding the layout.
const Size = 1000

const (
	iterations = 300
	margin     = 40
)

// Apply sets ds.Layout: a position for each entity taking part in a
// relation, sorted by ID.
func Apply(ds *schema.Dataset) {
	var ids []string
	for _, r := range ds.Relations {
		ids = append(ids, r.A, r.B)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	index := make(map[string]int, len(ids))
	for i, id := range ids {
		index[id] = i
	}
	type edge struct {
		a, b int
		w    float64
	}
	var edges []edge
	for _, r := range ds.Relations {
		a, b := index[r.A], index[r.B]
		if a != b {
			edges = append(edges, edge{a, b, float64(max(r.Weight, 1))})
		}
	}
	xs, ys := Layout(len(ids), func(yield func(a, b int, w float64)) {
		for _, e := range edges {
			yield(e.a, e.b, e.w)
		}
	}, ids)
	ds.Layout = make([]schema.Position, len(ids))
	for i, id := range ids {
		ds.Layout[i] = schema.Position{ID: id, X: xs[i], Y: ys[i]}
	}
}

// Layout places n nodes joined by the given weighted edges in the box and
// returns their coordinates, rounded to one decimal. Node i starts at a
// point derived from names[i].
func Layout(n int, edges func(yield func(a, b int, w float64)), names []string) (xs, ys []float64) {
	xs, ys = make([]float64, n), make([]float64, n)
	if n == 0 {
		return xs, ys
	}
	if n == 1 {
		xs[0], ys[0] = Size/2, Size/2
		return xs, ys
	}
	// Start: each node at a point given by the FNV-1a hash of its name.
	for i, name := range names {
		h := uint64(14695981039346656037)
		for j := 0; j < len(name); j++ {
			h = (h ^ uint64(name[j])) * 1099511628211
		}
		xs[i] = float64(h>>40) / float64(1<<24) * Size
		ys[i] = float64(h&(1<<24-1)) / float64(1<<24) * Size
	}
	type edge struct {
		a, b int
		w    float64
	}
	var es []edge
	edges(func(a, b int, w float64) { es = append(es, edge{a, b, w}) })

	area := float64(Size * Size)
	k := math.Sqrt(area / float64(n)) // ideal distance
	k2 := float64(k * k)
	cell := 2 * k // repulsion reaches no further than this
	dx, dy := make([]float64, n), make([]float64, n)
	temp := float64(Size) / 10
	cool := temp / float64(iterations+1)
	grid := make(map[[2]int][]int)
	for it := 0; it < iterations; it++ {
		for i := range dx {
			dx[i], dy[i] = 0, 0
		}
		clear(grid)
		for i := 0; i < n; i++ {
			c := [2]int{int(math.Floor(xs[i] / cell)), int(math.Floor(ys[i] / cell))}
			grid[c] = append(grid[c], i)
		}
		// Repulsion between nodes in neighbouring cells, each pair once.
		for i := 0; i < n; i++ {
			cx, cy := int(math.Floor(xs[i]/cell)), int(math.Floor(ys[i]/cell))
			for gx := cx - 1; gx <= cx+1; gx++ {
				for gy := cy - 1; gy <= cy+1; gy++ {
					for _, j := range grid[[2]int{gx, gy}] {
						if j <= i {
							continue
						}
						ddx, ddy := float64(xs[i]-xs[j]), float64(ys[i]-ys[j])
						d2 := float64(ddx*ddx) + float64(ddy*ddy)
						if d2 < 1e-4 {
							// Coincident nodes: push apart along a direction
							// fixed by their indices.
							ddx, ddy = float64(i-j)*0.01, float64((i+j)%3-1)*0.01
							d2 = float64(ddx*ddx) + float64(ddy*ddy)
						}
						if d2 > float64(cell*cell) {
							continue
						}
						f := k2 / d2 // force k²/d along the unit vector: k²·Δ/d²
						fx, fy := float64(ddx*f), float64(ddy*f)
						dx[i] += fx
						dy[i] += fy
						dx[j] -= fx
						dy[j] -= fy
					}
				}
			}
		}
		// Attraction along edges, d²/k scaled by weight.
		for _, e := range es {
			ddx, ddy := float64(xs[e.a]-xs[e.b]), float64(ys[e.a]-ys[e.b])
			d := math.Sqrt(float64(ddx*ddx) + float64(ddy*ddy))
			// Sqrt, unlike Log, is exact on every platform (IEEE 754).
			f := float64(d/k) * math.Min(math.Sqrt(e.w), 3)
			fx, fy := float64(ddx*f), float64(ddy*f)
			dx[e.a] -= fx
			dy[e.a] -= fy
			dx[e.b] += fx
			dy[e.b] += fy
		}
		// Gravity keeps separate components together.
		for i := 0; i < n; i++ {
			dx[i] -= float64((xs[i] - Size/2) * 0.02 * float64(k/100))
			dy[i] -= float64((ys[i] - Size/2) * 0.02 * float64(k/100))
		}
		for i := 0; i < n; i++ {
			d := math.Sqrt(float64(dx[i]*dx[i]) + float64(dy[i]*dy[i]))
			if d > 0 {
				s := math.Min(d, temp) / d
				xs[i] += float64(dx[i] * s)
				ys[i] += float64(dy[i] * s)
			}
		}
		temp -= cool
	}
	// Fit the box, keeping the aspect ratio, and round.
	minX, maxX, minY, maxY := xs[0], xs[0], ys[0], ys[0]
	for i := range xs {
		minX, maxX = math.Min(minX, xs[i]), math.Max(maxX, xs[i])
		minY, maxY = math.Min(minY, ys[i]), math.Max(maxY, ys[i])
	}
	span := math.Max(maxX-minX, maxY-minY)
	if span == 0 {
		span = 1
	}
	scale := float64(Size-2*margin) / span
	offX := float64(Size-float64((maxX-minX)*scale)) / 2
	offY := float64(Size-float64((maxY-minY)*scale)) / 2
	for i := range xs {
		xs[i] = math.Round(float64(offX+float64((xs[i]-minX)*scale))*10) / 10
		ys[i] = math.Round(float64(offY+float64((ys[i]-minY)*scale))*10) / 10
	}
	return xs, ys
}
