package compile

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

const article = "A headline about a harbour\n\nThe mayor of Lisbon, Ana Costa, said on Tuesday that the harbour would reopen in June 2025.\n"

func TestReadArticles(t *testing.T) {
	tests := []struct {
		name    string
		fsys    fstest.MapFS
		want    []string // files read, in order
		wantErr string   // substring of the error, "" for none
	}{
		{"empty folder", fstest.MapFS{}, nil, "no article files"},
		{"only other files", fstest.MapFS{"notes.md": {Data: []byte("x")}}, nil, "no article files"},
		{"sorted", fstest.MapFS{
			"b.txt": {Data: []byte(article)},
			"a.txt": {Data: []byte(article)},
		}, []string{"a.txt", "b.txt"}, ""},
		{"meta optional", fstest.MapFS{"a.txt": {Data: []byte(article)}}, []string{"a.txt"}, ""},
		{"bad meta names its file", fstest.MapFS{
			"a.txt":       {Data: []byte(article)},
			"a.meta.json": {Data: []byte("{\"outlet\": ")},
		}, nil, "a.meta.json"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ReadArticles(tc.fsys)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("ReadArticles() error = %v; want one containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ReadArticles() error = %v", err)
			}
			var files []string
			for _, a := range got {
				files = append(files, a.File)
			}
			if strings.Join(files, ",") != strings.Join(tc.want, ",") {
				t.Errorf("ReadArticles() files = %v; want %v", files, tc.want)
			}
		})
	}
}

func TestVersionDependsOnContentOnly(t *testing.T) {
	a, _ := ReadArticles(fstest.MapFS{"a.txt": {Data: []byte(article)}})
	b, _ := ReadArticles(fstest.MapFS{"a.txt": {Data: []byte(article)}})
	c, _ := ReadArticles(fstest.MapFS{"a.txt": {Data: []byte(article + "More.\n")}})
	if Version(a) != Version(b) {
		t.Errorf("Version differs for identical inputs: %s vs %s", Version(a), Version(b))
	}
	if Version(a) == Version(c) {
		t.Errorf("Version(%q) == Version of changed input; want a different hash", Version(a))
	}
}

func TestDatasetReproducible(t *testing.T) {
	fsys := fstest.MapFS{"a.txt": {Data: []byte(article)}}
	arts, err := ReadArticles(fsys)
	if err != nil {
		t.Fatal(err)
	}
	one, err := Dataset(arts)
	if err != nil {
		t.Fatalf("Dataset() error = %v", err)
	}
	two, _ := Dataset(arts)
	if !bytes.Equal(one, two) {
		t.Error("Dataset() gave different bytes for the same inputs")
	}
	if !bytes.Contains(one, []byte(`"schema":1`)) {
		t.Errorf("Dataset() = %.80s…; want a schema 1 dataset", one)
	}
}

func TestDatasetNoArticles(t *testing.T) {
	if _, err := Dataset(nil); !errors.Is(err, ErrNoArticles) {
		t.Errorf("Dataset(nil) error = %v; want ErrNoArticles", err)
	}
}
