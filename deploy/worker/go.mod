module github.com/storylens/storylens/deploy/worker

go 1.26.8

require github.com/storylens/storylens v0.0.0

require (
	github.com/agnivade/levenshtein v1.2.2 // indirect
	github.com/syumai/workers v0.33.0
	github.com/tidwall/gjson v1.20.0 // indirect
	github.com/tidwall/match v1.1.1 // indirect
	github.com/tidwall/pretty v1.2.0 // indirect
)

replace github.com/storylens/storylens => ../..
