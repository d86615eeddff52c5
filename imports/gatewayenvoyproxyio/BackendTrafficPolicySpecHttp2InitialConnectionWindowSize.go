package gatewayenvoyproxyio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/dograh-hq/dograh-cdk8s/imports/gatewayenvoyproxyio/jsii"
)

// InitialConnectionWindowSize sets the initial window size for HTTP/2 connections.
//
// If not set, the default value is 1 MiB.
type BackendTrafficPolicySpecHttp2InitialConnectionWindowSize interface {
	Value() interface{}
}

// The jsii proxy struct for BackendTrafficPolicySpecHttp2InitialConnectionWindowSize
type jsiiProxy_BackendTrafficPolicySpecHttp2InitialConnectionWindowSize struct {
	_ byte // padding
}

func (j *jsiiProxy_BackendTrafficPolicySpecHttp2InitialConnectionWindowSize) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func BackendTrafficPolicySpecHttp2InitialConnectionWindowSize_FromNumber(value *float64) BackendTrafficPolicySpecHttp2InitialConnectionWindowSize {
	_init_.Initialize()

	if err := validateBackendTrafficPolicySpecHttp2InitialConnectionWindowSize_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns BackendTrafficPolicySpecHttp2InitialConnectionWindowSize

	_jsii_.StaticInvoke(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecHttp2InitialConnectionWindowSize",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func BackendTrafficPolicySpecHttp2InitialConnectionWindowSize_FromString(value *string) BackendTrafficPolicySpecHttp2InitialConnectionWindowSize {
	_init_.Initialize()

	if err := validateBackendTrafficPolicySpecHttp2InitialConnectionWindowSize_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns BackendTrafficPolicySpecHttp2InitialConnectionWindowSize

	_jsii_.StaticInvoke(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecHttp2InitialConnectionWindowSize",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

