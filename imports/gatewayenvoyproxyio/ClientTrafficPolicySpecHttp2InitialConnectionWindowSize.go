package gatewayenvoyproxyio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/dograh-hq/dograh-cdk8s/imports/gatewayenvoyproxyio/jsii"
)

// InitialConnectionWindowSize sets the initial window size for HTTP/2 connections.
//
// If not set, the default value is 1 MiB.
type ClientTrafficPolicySpecHttp2InitialConnectionWindowSize interface {
	Value() interface{}
}

// The jsii proxy struct for ClientTrafficPolicySpecHttp2InitialConnectionWindowSize
type jsiiProxy_ClientTrafficPolicySpecHttp2InitialConnectionWindowSize struct {
	_ byte // padding
}

func (j *jsiiProxy_ClientTrafficPolicySpecHttp2InitialConnectionWindowSize) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func ClientTrafficPolicySpecHttp2InitialConnectionWindowSize_FromNumber(value *float64) ClientTrafficPolicySpecHttp2InitialConnectionWindowSize {
	_init_.Initialize()

	if err := validateClientTrafficPolicySpecHttp2InitialConnectionWindowSize_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns ClientTrafficPolicySpecHttp2InitialConnectionWindowSize

	_jsii_.StaticInvoke(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHttp2InitialConnectionWindowSize",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func ClientTrafficPolicySpecHttp2InitialConnectionWindowSize_FromString(value *string) ClientTrafficPolicySpecHttp2InitialConnectionWindowSize {
	_init_.Initialize()

	if err := validateClientTrafficPolicySpecHttp2InitialConnectionWindowSize_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns ClientTrafficPolicySpecHttp2InitialConnectionWindowSize

	_jsii_.StaticInvoke(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHttp2InitialConnectionWindowSize",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

