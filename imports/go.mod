module github.com/dograh-hq/dograh-cdk8s/imports

go 1.25.0

require (
	github.com/aws/constructs-go/constructs/v10 v10.8.1
	github.com/aws/jsii-runtime-go v1.140.0
	github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2 v2.70.106
)

require github.com/Masterminds/semver/v3 v3.5.0 // indirect

// The public proxy does not serve github.com/cdk8s-team/*; `make gen` builds
// it from the pinned npm package with jsii-pacmak. Importers elsewhere
// resolve the published module instead.
replace github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2 => ../.gen/go/cdk8s
