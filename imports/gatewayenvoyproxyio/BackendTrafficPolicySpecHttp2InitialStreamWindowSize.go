package gatewayenvoyproxyio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/dograh-hq/dograh-cdk8s/imports/gatewayenvoyproxyio/jsii"
)

// InitialStreamWindowSize sets the initial window size for HTTP/2 streams.
//
// If not set, the default value is 64 KiB(64*1024).
type BackendTrafficPolicySpecHttp2InitialStreamWindowSize interface {
	Value() interface{}
}

// The jsii proxy struct for BackendTrafficPolicySpecHttp2InitialStreamWindowSize
type jsiiProxy_BackendTrafficPolicySpecHttp2InitialStreamWindowSize struct {
	_ byte // padding
}

func (j *jsiiProxy_BackendTrafficPolicySpecHttp2InitialStreamWindowSize) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func BackendTrafficPolicySpecHttp2InitialStreamWindowSize_FromNumber(value *float64) BackendTrafficPolicySpecHttp2InitialStreamWindowSize {
	_init_.Initialize()

	if err := validateBackendTrafficPolicySpecHttp2InitialStreamWindowSize_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns BackendTrafficPolicySpecHttp2InitialStreamWindowSize

	_jsii_.StaticInvoke(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecHttp2InitialStreamWindowSize",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func BackendTrafficPolicySpecHttp2InitialStreamWindowSize_FromString(value *string) BackendTrafficPolicySpecHttp2InitialStreamWindowSize {
	_init_.Initialize()

	if err := validateBackendTrafficPolicySpecHttp2InitialStreamWindowSize_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns BackendTrafficPolicySpecHttp2InitialStreamWindowSize

	_jsii_.StaticInvoke(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecHttp2InitialStreamWindowSize",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

