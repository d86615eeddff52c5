package config_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"k8s.io/apimachinery/pkg/util/validation/field"

	"github.com/dograh-hq/dograh-cdk8s/internal/check"
	"github.com/dograh-hq/dograh-cdk8s/internal/config"
)

// A list in the file replaces the preset's, items included. encoding/json
// decodes a list into the preset's items one by one, so the default's
// first peer used to keep its namespaceLabels under the file's podLabels.
func TestParse_ListsReplaceThePresets(t *testing.T) {
	cfg, err := config.Parse([]byte("topology: default\nnetworkPolicy:\n  ingressFrom: [{cidr: 10.0.0.0/8}]\n"))
	require.NoError(t, err)
	assert.Equal(t, []config.Peer{{CIDR: "10.0.0.0/8"}}, cfg.NetworkPolicy.IngressFrom)
	assert.NotEmpty(t, cfg.NetworkPolicy.KEDAFrom.NamespaceLabels, "structs outside the list still merge")
}

// Every problem of a key is a *field.Error at its path, so a caller can
// act on the path rather than parse a message.
func TestParse_ReportsFieldErrors(t *testing.T) {
	_, err := config.Parse([]byte("topology: default\nweb:\n  replcas: 3\n  replcas: 4\nserviceAccount:\n  annotations: {a: x, a: y}\n"))
	require.Error(t, err)
	var paths []string
	for _, e := range check.Leaves(err) {
		var fe *field.Error
		require.True(t, errors.As(e, &fe), "%v is not a field error", e)
		paths = append(paths, fe.Field)
	}
	assert.Equal(t, []string{"web.replcas", "serviceAccount.annotations[a]"}, paths)
}
