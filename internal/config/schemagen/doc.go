// Package schemagen derives a JSON Schema (draft 2020-12) from a Go
// configuration type by reflection, so the schema editors use can never
// drift from what the program decodes.
//
// Keys follow encoding/json: json tags name them, embedded structs are
// flattened, pointers may be null, maps become additionalProperties,
// map[string]any a free-form object, and every struct object has
// additionalProperties false, as a strict loader rejects unknown keys.
// Descriptions are the doc comments of the package that declares the type,
// read from its source, and a named string type with typed constants
// becomes an enum of their values.
package schemagen
