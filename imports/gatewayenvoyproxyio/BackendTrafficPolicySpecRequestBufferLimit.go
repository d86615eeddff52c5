package gatewayenvoyproxyio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/dograh-hq/dograh-cdk8s/imports/gatewayenvoyproxyio/jsii"
)

// Limit specifies the maximum allowed size in bytes for each incoming request buffer.
//
// If exceeded, the request will be rejected with HTTP 413 Content Too Large.
//
// Accepts values in resource.Quantity format (e.g., "10Mi", "500Ki").
type BackendTrafficPolicySpecRequestBufferLimit interface {
	Value() interface{}
}

// The jsii proxy struct for BackendTrafficPolicySpecRequestBufferLimit
type jsiiProxy_BackendTrafficPolicySpecRequestBufferLimit struct {
	_ byte // padding
}

func (j *jsiiProxy_BackendTrafficPolicySpecRequestBufferLimit) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func BackendTrafficPolicySpecRequestBufferLimit_FromNumber(value *float64) BackendTrafficPolicySpecRequestBufferLimit {
	_init_.Initialize()

	if err := validateBackendTrafficPolicySpecRequestBufferLimit_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns BackendTrafficPolicySpecRequestBufferLimit

	_jsii_.StaticInvoke(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRequestBufferLimit",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func BackendTrafficPolicySpecRequestBufferLimit_FromString(value *string) BackendTrafficPolicySpecRequestBufferLimit {
	_init_.Initialize()

	if err := validateBackendTrafficPolicySpecRequestBufferLimit_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns BackendTrafficPolicySpecRequestBufferLimit

	_jsii_.StaticInvoke(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRequestBufferLimit",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

