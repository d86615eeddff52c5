package schemagen_test

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/internal/config/schemagen"
)

// Mode is a closed set.
type Mode string

// The modes.
const (
	// ModeA is the first.
	ModeA Mode = "a"
	ModeB Mode = "b"
)

// Base is embedded.
type Base struct {
	// Enabled turns it on.
	Enabled bool `json:"enabled"`
}

// Fixture has a field of every shape.
type Fixture struct {
	Base
	// Name names it.
	Name    string            `json:"name,omitempty"`
	Mode    Mode              `json:"mode"`
	OptMode *Mode             `json:"optMode,omitempty"`
	Count   *int              `json:"count,omitempty"`
	Labels  map[string]string `json:"labels,omitempty"`
	Free    map[string]any    `json:"free,omitempty"`
	List    []Base            `json:"list,omitempty"`
	Size    uint              `json:"size"`
	// Low and High bound the range.
	Low     int    `json:"low"`
	High    int    `json:"high"`
	Ignored string `json:"-"`
	hidden  string // unexported: no key
}

func generate(t *testing.T, defaults any) *schemagen.Schema {
	t.Helper()
	s, err := schemagen.Generate(reflect.TypeFor[Fixture](), ".", defaults)
	require.NoError(t, err)
	return s
}

func TestGenerate_FlattensEmbeddedStructsWithTheirDocs(t *testing.T) {
	s := generate(t, nil)
	assert.Equal(t, schemagen.Draft, s.Schema)
	assert.Equal(t, "Fixture has a field of every shape.", s.Description)
	assert.NotContains(t, s.Properties, "Base")
	assert.NotContains(t, s.Properties, "Ignored")
	assert.NotContains(t, s.Properties, "hidden")
	require.Contains(t, s.Properties, "enabled")
	assert.Equal(t, "Enabled turns it on.", s.Properties["enabled"].Description)
	assert.Equal(t, "Low and High bound the range.", s.Properties["high"].Description, "a field shares the doc that names it")
}

func TestGenerate_ClosesStructsAndOpensMaps(t *testing.T) {
	s := generate(t, nil)
	assert.Equal(t, false, s.AdditionalProperties)
	assert.Equal(t, false, s.Properties["list"].Items.AdditionalProperties)
	assert.Equal(t, &schemagen.Schema{Type: "string"}, s.Properties["labels"].AdditionalProperties)
	assert.Equal(t, &schemagen.Schema{Type: "object"}, s.Properties["free"])
	assert.Equal(t, 0, *s.Properties["size"].Minimum)
}

func TestGenerate_EnumeratesTypedConstantsInDeclarationOrder(t *testing.T) {
	s := generate(t, nil)
	mode := s.Properties["mode"]
	assert.Equal(t, []any{"a", "b"}, mode.Enum)
	assert.Equal(t, "Mode is a closed set.\n\n- \"a\" is the first.\n- \"b\"", mode.Description)
	assert.Equal(t, []any{"a", "b", nil}, s.Properties["optMode"].Enum)
}

func TestGenerate_MakesPointersNullable(t *testing.T) {
	s := generate(t, nil)
	assert.Equal(t, []string{"integer", "null"}, s.Properties["count"].Type)
	assert.Equal(t, []string{"string", "null"}, s.Properties["optMode"].Type)
}

func TestGenerate_TakesDefaultsFromLeavesThatAreSet(t *testing.T) {
	s := generate(t, &Fixture{Base: Base{Enabled: true}, Mode: ModeB, Labels: map[string]string{"k": "v"}, High: 7})
	assert.Equal(t, true, s.Properties["enabled"].Default)
	assert.Nil(t, s.Properties["list"].Items.Properties["enabled"].Default, "list items have no value to take one from")
	assert.Equal(t, ModeB, s.Properties["mode"].Default)
	assert.Equal(t, map[string]string{"k": "v"}, s.Properties["labels"].Default)
	assert.Equal(t, 7, s.Properties["high"].Default)
	assert.Nil(t, s.Properties["low"].Default, "a zero number is described, not shown")
	assert.Nil(t, s.Properties["name"].Default, "an empty string is described, not shown")
	assert.Nil(t, s.Properties["count"].Default)
	assert.Nil(t, s.Properties["list"].Default)
	assert.Equal(t, false, generate(t, &Fixture{}).Properties["enabled"].Default, "false is off, not unset")
}

type untagged struct {
	Name string
}

type duplicate struct {
	Base
	Enabled bool `json:"enabled"`
}

type recursive struct {
	Next *recursive `json:"next"`
}

type structKey struct {
	M map[struct{ X int }]string `json:"m"`
}

func TestGenerate_RejectsWhatNoKeyCanSet(t *testing.T) {
	for _, tc := range []struct {
		root reflect.Type
		want string
	}{
		{reflect.TypeFor[untagged](), "schemagen: Name: schemagen_test.untagged.Name has no json tag, so no key can set it"},
		{reflect.TypeFor[duplicate](), "schemagen: enabled: key declared twice in schemagen_test.duplicate"},
		{reflect.TypeFor[recursive](), "schemagen: next: schemagen_test.recursive is recursive, which an inline schema cannot express"},
		{reflect.TypeFor[structKey](), "schemagen: m: map keys of type struct { X int } have no JSON form"},
		{reflect.TypeFor[Mode](), "schemagen: root must be a struct type, not schemagen_test.Mode"},
	} {
		t.Run(tc.root.Name(), func(t *testing.T) {
			_, err := schemagen.Generate(tc.root, ".", nil)
			assert.EqualError(t, err, tc.want)
		})
	}
}

func TestGenerate_RejectsDefaultsOfAnotherType(t *testing.T) {
	_, err := schemagen.Generate(reflect.TypeFor[Fixture](), ".", Base{})
	assert.EqualError(t, err, "schemagen: defaults are a schemagen_test.Base, not a schemagen_test.Fixture")
}

func TestEncode_SortsKeysIndentsTwoSpacesAndEndsWithNewline(t *testing.T) {
	out, err := (&schemagen.Schema{Type: "string", Description: "<release>-web", Default: "a&b"}).Encode()
	require.NoError(t, err)
	assert.Equal(t, "{\n  \"default\": \"a&b\",\n  \"description\": \"<release>-web\",\n  \"type\": \"string\"\n}\n", string(out))
}
