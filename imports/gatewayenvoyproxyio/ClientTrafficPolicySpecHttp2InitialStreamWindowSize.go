package gatewayenvoyproxyio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/dograh-hq/dograh-cdk8s/imports/gatewayenvoyproxyio/jsii"
)

// InitialStreamWindowSize sets the initial window size for HTTP/2 streams.
//
// If not set, the default value is 64 KiB(64*1024).
type ClientTrafficPolicySpecHttp2InitialStreamWindowSize interface {
	Value() interface{}
}

// The jsii proxy struct for ClientTrafficPolicySpecHttp2InitialStreamWindowSize
type jsiiProxy_ClientTrafficPolicySpecHttp2InitialStreamWindowSize struct {
	_ byte // padding
}

func (j *jsiiProxy_ClientTrafficPolicySpecHttp2InitialStreamWindowSize) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func ClientTrafficPolicySpecHttp2InitialStreamWindowSize_FromNumber(value *float64) ClientTrafficPolicySpecHttp2InitialStreamWindowSize {
	_init_.Initialize()

	if err := validateClientTrafficPolicySpecHttp2InitialStreamWindowSize_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns ClientTrafficPolicySpecHttp2InitialStreamWindowSize

	_jsii_.StaticInvoke(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHttp2InitialStreamWindowSize",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func ClientTrafficPolicySpecHttp2InitialStreamWindowSize_FromString(value *string) ClientTrafficPolicySpecHttp2InitialStreamWindowSize {
	_init_.Initialize()

	if err := validateClientTrafficPolicySpecHttp2InitialStreamWindowSize_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns ClientTrafficPolicySpecHttp2InitialStreamWindowSize

	_jsii_.StaticInvoke(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHttp2InitialStreamWindowSize",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

