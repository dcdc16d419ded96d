// Package layout computes the deterministic relationship-graph layout.
package layout

import "github.com/storylens/storylens/schema"

// Apply sets ds.Layout.
func Apply(ds *schema.Dataset) {}
