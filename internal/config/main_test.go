package config_test

import (
	"testing"

	"github.com/dograh-hq/dograh-cdk8s/internal/testutil"
)

// The jsii runtime starts when the cdk8s packages load (the schema and
// fuzz tests reach them through the chart): close it, or every run leaves
// a Node scratch folder behind.
func TestMain(m *testing.M) { testutil.Main(m) }
