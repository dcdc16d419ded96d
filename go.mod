module github.com/storylens/storylens

go 1.26.8

require (
	github.com/agnivade/levenshtein v1.2.2 // indirect
	github.com/tidwall/gjson v1.20.0 // indirect
	github.com/tidwall/match v1.1.1 // indirect
	github.com/tidwall/pretty v1.2.0 // indirect
	golang.org/x/net v0.63.0
)
