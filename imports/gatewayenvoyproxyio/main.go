// gatewayenvoyproxyio
package gatewayenvoyproxyio

import (
	"reflect"

	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
)

func init() {
	_jsii_.RegisterClass(
		"gatewayenvoyproxyio.BackendTrafficPolicy",
		reflect.TypeOf((*BackendTrafficPolicy)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
			_jsii_.MemberMethod{JsiiMethod: "with", GoMethod: "With"},
		},
		func() interface{} {
			j := jsiiProxy_BackendTrafficPolicy{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicyProps",
		reflect.TypeOf((*BackendTrafficPolicyProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpec",
		reflect.TypeOf((*BackendTrafficPolicySpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecAdmissionControl",
		reflect.TypeOf((*BackendTrafficPolicySpecAdmissionControl)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecAdmissionControlSuccessCriteria",
		reflect.TypeOf((*BackendTrafficPolicySpecAdmissionControlSuccessCriteria)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecAdmissionControlSuccessCriteriaGrpc",
		reflect.TypeOf((*BackendTrafficPolicySpecAdmissionControlSuccessCriteriaGrpc)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecAdmissionControlSuccessCriteriaGrpcStatusCodes",
		reflect.TypeOf((*BackendTrafficPolicySpecAdmissionControlSuccessCriteriaGrpcStatusCodes)(nil)).Elem(),
		map[string]interface{}{
			"OK": BackendTrafficPolicySpecAdmissionControlSuccessCriteriaGrpcStatusCodes_OK,
			"CANCELLED": BackendTrafficPolicySpecAdmissionControlSuccessCriteriaGrpcStatusCodes_CANCELLED,
			"UNKNOWN": BackendTrafficPolicySpecAdmissionControlSuccessCriteriaGrpcStatusCodes_UNKNOWN,
			"INVALID_ARGUMENT": BackendTrafficPolicySpecAdmissionControlSuccessCriteriaGrpcStatusCodes_INVALID_ARGUMENT,
			"DEADLINE_EXCEEDED": BackendTrafficPolicySpecAdmissionControlSuccessCriteriaGrpcStatusCodes_DEADLINE_EXCEEDED,
			"NOT_FOUND": BackendTrafficPolicySpecAdmissionControlSuccessCriteriaGrpcStatusCodes_NOT_FOUND,
			"ALREADY_EXISTS": BackendTrafficPolicySpecAdmissionControlSuccessCriteriaGrpcStatusCodes_ALREADY_EXISTS,
			"PERMISSION_DENIED": BackendTrafficPolicySpecAdmissionControlSuccessCriteriaGrpcStatusCodes_PERMISSION_DENIED,
			"RESOURCE_EXHAUSTED": BackendTrafficPolicySpecAdmissionControlSuccessCriteriaGrpcStatusCodes_RESOURCE_EXHAUSTED,
			"FAILED_PRECONDITION": BackendTrafficPolicySpecAdmissionControlSuccessCriteriaGrpcStatusCodes_FAILED_PRECONDITION,
			"ABORTED": BackendTrafficPolicySpecAdmissionControlSuccessCriteriaGrpcStatusCodes_ABORTED,
			"OUT_OF_RANGE": BackendTrafficPolicySpecAdmissionControlSuccessCriteriaGrpcStatusCodes_OUT_OF_RANGE,
			"UNIMPLEMENTED": BackendTrafficPolicySpecAdmissionControlSuccessCriteriaGrpcStatusCodes_UNIMPLEMENTED,
			"INTERNAL": BackendTrafficPolicySpecAdmissionControlSuccessCriteriaGrpcStatusCodes_INTERNAL,
			"UNAVAILABLE": BackendTrafficPolicySpecAdmissionControlSuccessCriteriaGrpcStatusCodes_UNAVAILABLE,
			"DATA_LOSS": BackendTrafficPolicySpecAdmissionControlSuccessCriteriaGrpcStatusCodes_DATA_LOSS,
			"UNAUTHENTICATED": BackendTrafficPolicySpecAdmissionControlSuccessCriteriaGrpcStatusCodes_UNAUTHENTICATED,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecAdmissionControlSuccessCriteriaHttp",
		reflect.TypeOf((*BackendTrafficPolicySpecAdmissionControlSuccessCriteriaHttp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecBandwidthLimit",
		reflect.TypeOf((*BackendTrafficPolicySpecBandwidthLimit)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecBandwidthLimitRequest",
		reflect.TypeOf((*BackendTrafficPolicySpecBandwidthLimitRequest)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecBandwidthLimitRequestLimit",
		reflect.TypeOf((*BackendTrafficPolicySpecBandwidthLimitRequestLimit)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecBandwidthLimitRequestLimitUnit",
		reflect.TypeOf((*BackendTrafficPolicySpecBandwidthLimitRequestLimitUnit)(nil)).Elem(),
		map[string]interface{}{
			"SECOND": BackendTrafficPolicySpecBandwidthLimitRequestLimitUnit_SECOND,
			"MINUTE": BackendTrafficPolicySpecBandwidthLimitRequestLimitUnit_MINUTE,
			"HOUR": BackendTrafficPolicySpecBandwidthLimitRequestLimitUnit_HOUR,
		},
	)
	_jsii_.RegisterClass(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecBandwidthLimitRequestLimitValue",
		reflect.TypeOf((*BackendTrafficPolicySpecBandwidthLimitRequestLimitValue)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_BackendTrafficPolicySpecBandwidthLimitRequestLimitValue{}
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecBandwidthLimitResponse",
		reflect.TypeOf((*BackendTrafficPolicySpecBandwidthLimitResponse)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecBandwidthLimitResponseLimit",
		reflect.TypeOf((*BackendTrafficPolicySpecBandwidthLimitResponseLimit)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecBandwidthLimitResponseLimitUnit",
		reflect.TypeOf((*BackendTrafficPolicySpecBandwidthLimitResponseLimitUnit)(nil)).Elem(),
		map[string]interface{}{
			"SECOND": BackendTrafficPolicySpecBandwidthLimitResponseLimitUnit_SECOND,
			"MINUTE": BackendTrafficPolicySpecBandwidthLimitResponseLimitUnit_MINUTE,
			"HOUR": BackendTrafficPolicySpecBandwidthLimitResponseLimitUnit_HOUR,
		},
	)
	_jsii_.RegisterClass(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecBandwidthLimitResponseLimitValue",
		reflect.TypeOf((*BackendTrafficPolicySpecBandwidthLimitResponseLimitValue)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_BackendTrafficPolicySpecBandwidthLimitResponseLimitValue{}
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecBandwidthLimitResponseResponseTrailers",
		reflect.TypeOf((*BackendTrafficPolicySpecBandwidthLimitResponseResponseTrailers)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecCircuitBreaker",
		reflect.TypeOf((*BackendTrafficPolicySpecCircuitBreaker)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecCircuitBreakerPerEndpoint",
		reflect.TypeOf((*BackendTrafficPolicySpecCircuitBreakerPerEndpoint)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecCircuitBreakerRetryBudget",
		reflect.TypeOf((*BackendTrafficPolicySpecCircuitBreakerRetryBudget)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecCircuitBreakerRetryBudgetPercent",
		reflect.TypeOf((*BackendTrafficPolicySpecCircuitBreakerRetryBudgetPercent)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecCompression",
		reflect.TypeOf((*BackendTrafficPolicySpecCompression)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecCompressionMinContentLength",
		reflect.TypeOf((*BackendTrafficPolicySpecCompressionMinContentLength)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_BackendTrafficPolicySpecCompressionMinContentLength{}
		},
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecCompressionType",
		reflect.TypeOf((*BackendTrafficPolicySpecCompressionType)(nil)).Elem(),
		map[string]interface{}{
			"GZIP": BackendTrafficPolicySpecCompressionType_GZIP,
			"BROTLI": BackendTrafficPolicySpecCompressionType_BROTLI,
			"ZSTD": BackendTrafficPolicySpecCompressionType_ZSTD,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecCompressor",
		reflect.TypeOf((*BackendTrafficPolicySpecCompressor)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecCompressorMinContentLength",
		reflect.TypeOf((*BackendTrafficPolicySpecCompressorMinContentLength)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_BackendTrafficPolicySpecCompressorMinContentLength{}
		},
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecCompressorType",
		reflect.TypeOf((*BackendTrafficPolicySpecCompressorType)(nil)).Elem(),
		map[string]interface{}{
			"GZIP": BackendTrafficPolicySpecCompressorType_GZIP,
			"BROTLI": BackendTrafficPolicySpecCompressorType_BROTLI,
			"ZSTD": BackendTrafficPolicySpecCompressorType_ZSTD,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecConnection",
		reflect.TypeOf((*BackendTrafficPolicySpecConnection)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecConnectionBufferLimit",
		reflect.TypeOf((*BackendTrafficPolicySpecConnectionBufferLimit)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_BackendTrafficPolicySpecConnectionBufferLimit{}
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecConnectionPreconnect",
		reflect.TypeOf((*BackendTrafficPolicySpecConnectionPreconnect)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecConnectionSocketBufferLimit",
		reflect.TypeOf((*BackendTrafficPolicySpecConnectionSocketBufferLimit)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_BackendTrafficPolicySpecConnectionSocketBufferLimit{}
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecDns",
		reflect.TypeOf((*BackendTrafficPolicySpecDns)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecDnsLookupFamily",
		reflect.TypeOf((*BackendTrafficPolicySpecDnsLookupFamily)(nil)).Elem(),
		map[string]interface{}{
			"I_PV4": BackendTrafficPolicySpecDnsLookupFamily_I_PV4,
			"I_PV6": BackendTrafficPolicySpecDnsLookupFamily_I_PV6,
			"I_PV4_PREFERRED": BackendTrafficPolicySpecDnsLookupFamily_I_PV4_PREFERRED,
			"I_PV6_PREFERRED": BackendTrafficPolicySpecDnsLookupFamily_I_PV6_PREFERRED,
			"I_PV4_AND_I_PV6": BackendTrafficPolicySpecDnsLookupFamily_I_PV4_AND_I_PV6,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecFaultInjection",
		reflect.TypeOf((*BackendTrafficPolicySpecFaultInjection)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecFaultInjectionAbort",
		reflect.TypeOf((*BackendTrafficPolicySpecFaultInjectionAbort)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecFaultInjectionDelay",
		reflect.TypeOf((*BackendTrafficPolicySpecFaultInjectionDelay)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecHealthCheck",
		reflect.TypeOf((*BackendTrafficPolicySpecHealthCheck)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecHealthCheckActive",
		reflect.TypeOf((*BackendTrafficPolicySpecHealthCheckActive)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecHealthCheckActiveGrpc",
		reflect.TypeOf((*BackendTrafficPolicySpecHealthCheckActiveGrpc)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecHealthCheckActiveHealthCheckLog",
		reflect.TypeOf((*BackendTrafficPolicySpecHealthCheckActiveHealthCheckLog)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecHealthCheckActiveHealthCheckLogMatches",
		reflect.TypeOf((*BackendTrafficPolicySpecHealthCheckActiveHealthCheckLogMatches)(nil)).Elem(),
		map[string]interface{}{
			"FAILURE": BackendTrafficPolicySpecHealthCheckActiveHealthCheckLogMatches_FAILURE,
			"FAILURE_SERIES_START": BackendTrafficPolicySpecHealthCheckActiveHealthCheckLogMatches_FAILURE_SERIES_START,
			"SUCCESS": BackendTrafficPolicySpecHealthCheckActiveHealthCheckLogMatches_SUCCESS,
			"HEALTHY_TRANSITION": BackendTrafficPolicySpecHealthCheckActiveHealthCheckLogMatches_HEALTHY_TRANSITION,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecHealthCheckActiveHealthCheckLogSinks",
		reflect.TypeOf((*BackendTrafficPolicySpecHealthCheckActiveHealthCheckLogSinks)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecHealthCheckActiveHealthCheckLogSinksFile",
		reflect.TypeOf((*BackendTrafficPolicySpecHealthCheckActiveHealthCheckLogSinksFile)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecHealthCheckActiveHealthCheckLogSinksType",
		reflect.TypeOf((*BackendTrafficPolicySpecHealthCheckActiveHealthCheckLogSinksType)(nil)).Elem(),
		map[string]interface{}{
			"FILE": BackendTrafficPolicySpecHealthCheckActiveHealthCheckLogSinksType_FILE,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecHealthCheckActiveHttp",
		reflect.TypeOf((*BackendTrafficPolicySpecHealthCheckActiveHttp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecHealthCheckActiveHttpExpectedResponse",
		reflect.TypeOf((*BackendTrafficPolicySpecHealthCheckActiveHttpExpectedResponse)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecHealthCheckActiveHttpRequestBody",
		reflect.TypeOf((*BackendTrafficPolicySpecHealthCheckActiveHttpRequestBody)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecHealthCheckActiveOverrides",
		reflect.TypeOf((*BackendTrafficPolicySpecHealthCheckActiveOverrides)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecHealthCheckActiveTcp",
		reflect.TypeOf((*BackendTrafficPolicySpecHealthCheckActiveTcp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecHealthCheckActiveTcpReceive",
		reflect.TypeOf((*BackendTrafficPolicySpecHealthCheckActiveTcpReceive)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecHealthCheckActiveTcpSend",
		reflect.TypeOf((*BackendTrafficPolicySpecHealthCheckActiveTcpSend)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecHealthCheckPassive",
		reflect.TypeOf((*BackendTrafficPolicySpecHealthCheckPassive)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecHttp2",
		reflect.TypeOf((*BackendTrafficPolicySpecHttp2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecHttp2ConnectionKeepalive",
		reflect.TypeOf((*BackendTrafficPolicySpecHttp2ConnectionKeepalive)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecHttp2InitialConnectionWindowSize",
		reflect.TypeOf((*BackendTrafficPolicySpecHttp2InitialConnectionWindowSize)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_BackendTrafficPolicySpecHttp2InitialConnectionWindowSize{}
		},
	)
	_jsii_.RegisterClass(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecHttp2InitialStreamWindowSize",
		reflect.TypeOf((*BackendTrafficPolicySpecHttp2InitialStreamWindowSize)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_BackendTrafficPolicySpecHttp2InitialStreamWindowSize{}
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecHttpUpgrade",
		reflect.TypeOf((*BackendTrafficPolicySpecHttpUpgrade)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecHttpUpgradeConnect",
		reflect.TypeOf((*BackendTrafficPolicySpecHttpUpgradeConnect)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecLoadBalancer",
		reflect.TypeOf((*BackendTrafficPolicySpecLoadBalancer)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecLoadBalancerBackendUtilization",
		reflect.TypeOf((*BackendTrafficPolicySpecLoadBalancerBackendUtilization)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecLoadBalancerBackendUtilizationOutOfBand",
		reflect.TypeOf((*BackendTrafficPolicySpecLoadBalancerBackendUtilizationOutOfBand)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecLoadBalancerConsistentHash",
		reflect.TypeOf((*BackendTrafficPolicySpecLoadBalancerConsistentHash)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecLoadBalancerConsistentHashCookie",
		reflect.TypeOf((*BackendTrafficPolicySpecLoadBalancerConsistentHashCookie)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecLoadBalancerConsistentHashHeader",
		reflect.TypeOf((*BackendTrafficPolicySpecLoadBalancerConsistentHashHeader)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecLoadBalancerConsistentHashHeaders",
		reflect.TypeOf((*BackendTrafficPolicySpecLoadBalancerConsistentHashHeaders)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecLoadBalancerConsistentHashQueryParams",
		reflect.TypeOf((*BackendTrafficPolicySpecLoadBalancerConsistentHashQueryParams)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecLoadBalancerConsistentHashType",
		reflect.TypeOf((*BackendTrafficPolicySpecLoadBalancerConsistentHashType)(nil)).Elem(),
		map[string]interface{}{
			"SOURCE_IP": BackendTrafficPolicySpecLoadBalancerConsistentHashType_SOURCE_IP,
			"HEADER": BackendTrafficPolicySpecLoadBalancerConsistentHashType_HEADER,
			"HEADERS": BackendTrafficPolicySpecLoadBalancerConsistentHashType_HEADERS,
			"COOKIE": BackendTrafficPolicySpecLoadBalancerConsistentHashType_COOKIE,
			"QUERY_PARAMS": BackendTrafficPolicySpecLoadBalancerConsistentHashType_QUERY_PARAMS,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecLoadBalancerDynamicModule",
		reflect.TypeOf((*BackendTrafficPolicySpecLoadBalancerDynamicModule)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecLoadBalancerEndpointOverride",
		reflect.TypeOf((*BackendTrafficPolicySpecLoadBalancerEndpointOverride)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecLoadBalancerEndpointOverrideExtractFrom",
		reflect.TypeOf((*BackendTrafficPolicySpecLoadBalancerEndpointOverrideExtractFrom)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecLoadBalancerSlowStart",
		reflect.TypeOf((*BackendTrafficPolicySpecLoadBalancerSlowStart)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecLoadBalancerType",
		reflect.TypeOf((*BackendTrafficPolicySpecLoadBalancerType)(nil)).Elem(),
		map[string]interface{}{
			"CONSISTENT_HASH": BackendTrafficPolicySpecLoadBalancerType_CONSISTENT_HASH,
			"LEAST_REQUEST": BackendTrafficPolicySpecLoadBalancerType_LEAST_REQUEST,
			"RANDOM": BackendTrafficPolicySpecLoadBalancerType_RANDOM,
			"ROUND_ROBIN": BackendTrafficPolicySpecLoadBalancerType_ROUND_ROBIN,
			"BACKEND_UTILIZATION": BackendTrafficPolicySpecLoadBalancerType_BACKEND_UTILIZATION,
			"DYNAMIC_MODULE": BackendTrafficPolicySpecLoadBalancerType_DYNAMIC_MODULE,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecLoadBalancerZoneAware",
		reflect.TypeOf((*BackendTrafficPolicySpecLoadBalancerZoneAware)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecLoadBalancerZoneAwarePreferLocal",
		reflect.TypeOf((*BackendTrafficPolicySpecLoadBalancerZoneAwarePreferLocal)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecLoadBalancerZoneAwarePreferLocalForce",
		reflect.TypeOf((*BackendTrafficPolicySpecLoadBalancerZoneAwarePreferLocalForce)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecLoadBalancerZoneAwareWeightedZones",
		reflect.TypeOf((*BackendTrafficPolicySpecLoadBalancerZoneAwareWeightedZones)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecProxyProtocol",
		reflect.TypeOf((*BackendTrafficPolicySpecProxyProtocol)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecProxyProtocolVersion",
		reflect.TypeOf((*BackendTrafficPolicySpecProxyProtocolVersion)(nil)).Elem(),
		map[string]interface{}{
			"V1": BackendTrafficPolicySpecProxyProtocolVersion_V1,
			"V2": BackendTrafficPolicySpecProxyProtocolVersion_V2,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimit",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimit)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitGlobal",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitGlobal)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitGlobalRules",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitGlobalRules)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectors",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectors)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsHeaders",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsHeaders)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsHeadersType",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsHeadersType)(nil)).Elem(),
		map[string]interface{}{
			"EXACT": BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsHeadersType_EXACT,
			"REGULAR_EXPRESSION": BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsHeadersType_REGULAR_EXPRESSION,
			"DISTINCT": BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsHeadersType_DISTINCT,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsMethods",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsMethods)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsMethodsValue",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsMethodsValue)(nil)).Elem(),
		map[string]interface{}{
			"GET": BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsMethodsValue_GET,
			"HEAD": BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsMethodsValue_HEAD,
			"POST": BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsMethodsValue_POST,
			"PUT": BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsMethodsValue_PUT,
			"DELETE": BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsMethodsValue_DELETE,
			"CONNECT": BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsMethodsValue_CONNECT,
			"OPTIONS": BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsMethodsValue_OPTIONS,
			"TRACE": BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsMethodsValue_TRACE,
			"PATCH": BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsMethodsValue_PATCH,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsPath",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsPath)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsPathType",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsPathType)(nil)).Elem(),
		map[string]interface{}{
			"EXACT": BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsPathType_EXACT,
			"PATH_PREFIX": BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsPathType_PATH_PREFIX,
			"REGULAR_EXPRESSION": BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsPathType_REGULAR_EXPRESSION,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsQueryParams",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsQueryParams)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsQueryParamsType",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsQueryParamsType)(nil)).Elem(),
		map[string]interface{}{
			"EXACT": BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsQueryParamsType_EXACT,
			"REGULAR_EXPRESSION": BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsQueryParamsType_REGULAR_EXPRESSION,
			"DISTINCT": BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsQueryParamsType_DISTINCT,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsSourceCidr",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsSourceCidr)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsSourceCidrType",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsSourceCidrType)(nil)).Elem(),
		map[string]interface{}{
			"EXACT": BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsSourceCidrType_EXACT,
			"DISTINCT": BackendTrafficPolicySpecRateLimitGlobalRulesClientSelectorsSourceCidrType_DISTINCT,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitGlobalRulesCost",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitGlobalRulesCost)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitGlobalRulesCostRequest",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitGlobalRulesCostRequest)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitGlobalRulesCostRequestFrom",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitGlobalRulesCostRequestFrom)(nil)).Elem(),
		map[string]interface{}{
			"NUMBER": BackendTrafficPolicySpecRateLimitGlobalRulesCostRequestFrom_NUMBER,
			"METADATA": BackendTrafficPolicySpecRateLimitGlobalRulesCostRequestFrom_METADATA,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitGlobalRulesCostRequestMetadata",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitGlobalRulesCostRequestMetadata)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitGlobalRulesCostResponse",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitGlobalRulesCostResponse)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitGlobalRulesCostResponseFrom",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitGlobalRulesCostResponseFrom)(nil)).Elem(),
		map[string]interface{}{
			"NUMBER": BackendTrafficPolicySpecRateLimitGlobalRulesCostResponseFrom_NUMBER,
			"METADATA": BackendTrafficPolicySpecRateLimitGlobalRulesCostResponseFrom_METADATA,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitGlobalRulesCostResponseMetadata",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitGlobalRulesCostResponseMetadata)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitGlobalRulesLimit",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitGlobalRulesLimit)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitGlobalRulesLimitFromMetadata",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitGlobalRulesLimitFromMetadata)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitGlobalRulesLimitUnit",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitGlobalRulesLimitUnit)(nil)).Elem(),
		map[string]interface{}{
			"SECOND": BackendTrafficPolicySpecRateLimitGlobalRulesLimitUnit_SECOND,
			"MINUTE": BackendTrafficPolicySpecRateLimitGlobalRulesLimitUnit_MINUTE,
			"HOUR": BackendTrafficPolicySpecRateLimitGlobalRulesLimitUnit_HOUR,
			"DAY": BackendTrafficPolicySpecRateLimitGlobalRulesLimitUnit_DAY,
			"WEEK": BackendTrafficPolicySpecRateLimitGlobalRulesLimitUnit_WEEK,
			"MONTH": BackendTrafficPolicySpecRateLimitGlobalRulesLimitUnit_MONTH,
			"YEAR": BackendTrafficPolicySpecRateLimitGlobalRulesLimitUnit_YEAR,
		},
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitGlobalRulesXRateLimitHeaders",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitGlobalRulesXRateLimitHeaders)(nil)).Elem(),
		map[string]interface{}{
			"OFF": BackendTrafficPolicySpecRateLimitGlobalRulesXRateLimitHeaders_OFF,
			"DRAFT_VERSION03": BackendTrafficPolicySpecRateLimitGlobalRulesXRateLimitHeaders_DRAFT_VERSION03,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitLocal",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitLocal)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitLocalRules",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitLocalRules)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitLocalRulesClientSelectors",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitLocalRulesClientSelectors)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsHeaders",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsHeaders)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsHeadersType",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsHeadersType)(nil)).Elem(),
		map[string]interface{}{
			"EXACT": BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsHeadersType_EXACT,
			"REGULAR_EXPRESSION": BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsHeadersType_REGULAR_EXPRESSION,
			"DISTINCT": BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsHeadersType_DISTINCT,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsMethods",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsMethods)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsMethodsValue",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsMethodsValue)(nil)).Elem(),
		map[string]interface{}{
			"GET": BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsMethodsValue_GET,
			"HEAD": BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsMethodsValue_HEAD,
			"POST": BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsMethodsValue_POST,
			"PUT": BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsMethodsValue_PUT,
			"DELETE": BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsMethodsValue_DELETE,
			"CONNECT": BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsMethodsValue_CONNECT,
			"OPTIONS": BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsMethodsValue_OPTIONS,
			"TRACE": BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsMethodsValue_TRACE,
			"PATCH": BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsMethodsValue_PATCH,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsPath",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsPath)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsPathType",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsPathType)(nil)).Elem(),
		map[string]interface{}{
			"EXACT": BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsPathType_EXACT,
			"PATH_PREFIX": BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsPathType_PATH_PREFIX,
			"REGULAR_EXPRESSION": BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsPathType_REGULAR_EXPRESSION,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsQueryParams",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsQueryParams)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsQueryParamsType",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsQueryParamsType)(nil)).Elem(),
		map[string]interface{}{
			"EXACT": BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsQueryParamsType_EXACT,
			"REGULAR_EXPRESSION": BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsQueryParamsType_REGULAR_EXPRESSION,
			"DISTINCT": BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsQueryParamsType_DISTINCT,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsSourceCidr",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsSourceCidr)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsSourceCidrType",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsSourceCidrType)(nil)).Elem(),
		map[string]interface{}{
			"EXACT": BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsSourceCidrType_EXACT,
			"DISTINCT": BackendTrafficPolicySpecRateLimitLocalRulesClientSelectorsSourceCidrType_DISTINCT,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitLocalRulesCost",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitLocalRulesCost)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitLocalRulesCostRequest",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitLocalRulesCostRequest)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitLocalRulesCostRequestFrom",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitLocalRulesCostRequestFrom)(nil)).Elem(),
		map[string]interface{}{
			"NUMBER": BackendTrafficPolicySpecRateLimitLocalRulesCostRequestFrom_NUMBER,
			"METADATA": BackendTrafficPolicySpecRateLimitLocalRulesCostRequestFrom_METADATA,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitLocalRulesCostRequestMetadata",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitLocalRulesCostRequestMetadata)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitLocalRulesCostResponse",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitLocalRulesCostResponse)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitLocalRulesCostResponseFrom",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitLocalRulesCostResponseFrom)(nil)).Elem(),
		map[string]interface{}{
			"NUMBER": BackendTrafficPolicySpecRateLimitLocalRulesCostResponseFrom_NUMBER,
			"METADATA": BackendTrafficPolicySpecRateLimitLocalRulesCostResponseFrom_METADATA,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitLocalRulesCostResponseMetadata",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitLocalRulesCostResponseMetadata)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitLocalRulesLimit",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitLocalRulesLimit)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitLocalRulesLimitFromMetadata",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitLocalRulesLimitFromMetadata)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitLocalRulesLimitUnit",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitLocalRulesLimitUnit)(nil)).Elem(),
		map[string]interface{}{
			"SECOND": BackendTrafficPolicySpecRateLimitLocalRulesLimitUnit_SECOND,
			"MINUTE": BackendTrafficPolicySpecRateLimitLocalRulesLimitUnit_MINUTE,
			"HOUR": BackendTrafficPolicySpecRateLimitLocalRulesLimitUnit_HOUR,
			"DAY": BackendTrafficPolicySpecRateLimitLocalRulesLimitUnit_DAY,
			"WEEK": BackendTrafficPolicySpecRateLimitLocalRulesLimitUnit_WEEK,
			"MONTH": BackendTrafficPolicySpecRateLimitLocalRulesLimitUnit_MONTH,
			"YEAR": BackendTrafficPolicySpecRateLimitLocalRulesLimitUnit_YEAR,
		},
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitLocalRulesXRateLimitHeaders",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitLocalRulesXRateLimitHeaders)(nil)).Elem(),
		map[string]interface{}{
			"OFF": BackendTrafficPolicySpecRateLimitLocalRulesXRateLimitHeaders_OFF,
			"DRAFT_VERSION03": BackendTrafficPolicySpecRateLimitLocalRulesXRateLimitHeaders_DRAFT_VERSION03,
		},
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRateLimitType",
		reflect.TypeOf((*BackendTrafficPolicySpecRateLimitType)(nil)).Elem(),
		map[string]interface{}{
			"GLOBAL": BackendTrafficPolicySpecRateLimitType_GLOBAL,
			"LOCAL": BackendTrafficPolicySpecRateLimitType_LOCAL,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRequestBuffer",
		reflect.TypeOf((*BackendTrafficPolicySpecRequestBuffer)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRequestBufferLimit",
		reflect.TypeOf((*BackendTrafficPolicySpecRequestBufferLimit)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_BackendTrafficPolicySpecRequestBufferLimit{}
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecResponseOverride",
		reflect.TypeOf((*BackendTrafficPolicySpecResponseOverride)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecResponseOverrideMatch",
		reflect.TypeOf((*BackendTrafficPolicySpecResponseOverrideMatch)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecResponseOverrideMatchResponseHeaders",
		reflect.TypeOf((*BackendTrafficPolicySpecResponseOverrideMatchResponseHeaders)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecResponseOverrideMatchResponseHeadersValue",
		reflect.TypeOf((*BackendTrafficPolicySpecResponseOverrideMatchResponseHeadersValue)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecResponseOverrideMatchResponseHeadersValueType",
		reflect.TypeOf((*BackendTrafficPolicySpecResponseOverrideMatchResponseHeadersValueType)(nil)).Elem(),
		map[string]interface{}{
			"EXACT": BackendTrafficPolicySpecResponseOverrideMatchResponseHeadersValueType_EXACT,
			"PREFIX": BackendTrafficPolicySpecResponseOverrideMatchResponseHeadersValueType_PREFIX,
			"SUFFIX": BackendTrafficPolicySpecResponseOverrideMatchResponseHeadersValueType_SUFFIX,
			"REGULAR_EXPRESSION": BackendTrafficPolicySpecResponseOverrideMatchResponseHeadersValueType_REGULAR_EXPRESSION,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecResponseOverrideMatchStatusCodes",
		reflect.TypeOf((*BackendTrafficPolicySpecResponseOverrideMatchStatusCodes)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecResponseOverrideMatchStatusCodesRange",
		reflect.TypeOf((*BackendTrafficPolicySpecResponseOverrideMatchStatusCodesRange)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecResponseOverrideRedirect",
		reflect.TypeOf((*BackendTrafficPolicySpecResponseOverrideRedirect)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecResponseOverrideRedirectPath",
		reflect.TypeOf((*BackendTrafficPolicySpecResponseOverrideRedirectPath)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecResponseOverrideRedirectPathType",
		reflect.TypeOf((*BackendTrafficPolicySpecResponseOverrideRedirectPathType)(nil)).Elem(),
		map[string]interface{}{
			"REPLACE_FULL_PATH": BackendTrafficPolicySpecResponseOverrideRedirectPathType_REPLACE_FULL_PATH,
			"REPLACE_PREFIX_MATCH": BackendTrafficPolicySpecResponseOverrideRedirectPathType_REPLACE_PREFIX_MATCH,
		},
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecResponseOverrideRedirectScheme",
		reflect.TypeOf((*BackendTrafficPolicySpecResponseOverrideRedirectScheme)(nil)).Elem(),
		map[string]interface{}{
			"HTTP": BackendTrafficPolicySpecResponseOverrideRedirectScheme_HTTP,
			"HTTPS": BackendTrafficPolicySpecResponseOverrideRedirectScheme_HTTPS,
		},
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecResponseOverrideRedirectStatusCode",
		reflect.TypeOf((*BackendTrafficPolicySpecResponseOverrideRedirectStatusCode)(nil)).Elem(),
		map[string]interface{}{
			"VALUE_301": BackendTrafficPolicySpecResponseOverrideRedirectStatusCode_VALUE_301,
			"VALUE_302": BackendTrafficPolicySpecResponseOverrideRedirectStatusCode_VALUE_302,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecResponseOverrideResponse",
		reflect.TypeOf((*BackendTrafficPolicySpecResponseOverrideResponse)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecResponseOverrideResponseBody",
		reflect.TypeOf((*BackendTrafficPolicySpecResponseOverrideResponseBody)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecResponseOverrideResponseBodyValueRef",
		reflect.TypeOf((*BackendTrafficPolicySpecResponseOverrideResponseBodyValueRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecResponseOverrideResponseHeader",
		reflect.TypeOf((*BackendTrafficPolicySpecResponseOverrideResponseHeader)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecResponseOverrideResponseHeaderAdd",
		reflect.TypeOf((*BackendTrafficPolicySpecResponseOverrideResponseHeaderAdd)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecResponseOverrideResponseHeaderSet",
		reflect.TypeOf((*BackendTrafficPolicySpecResponseOverrideResponseHeaderSet)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecResponseOverrideSource",
		reflect.TypeOf((*BackendTrafficPolicySpecResponseOverrideSource)(nil)).Elem(),
		map[string]interface{}{
			"ALL": BackendTrafficPolicySpecResponseOverrideSource_ALL,
			"LOCAL": BackendTrafficPolicySpecResponseOverrideSource_LOCAL,
			"BACKEND": BackendTrafficPolicySpecResponseOverrideSource_BACKEND,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRetry",
		reflect.TypeOf((*BackendTrafficPolicySpecRetry)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRetryPerRetry",
		reflect.TypeOf((*BackendTrafficPolicySpecRetryPerRetry)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRetryPerRetryBackOff",
		reflect.TypeOf((*BackendTrafficPolicySpecRetryPerRetryBackOff)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRetryRetryOn",
		reflect.TypeOf((*BackendTrafficPolicySpecRetryRetryOn)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecRetryRetryOnTriggers",
		reflect.TypeOf((*BackendTrafficPolicySpecRetryRetryOnTriggers)(nil)).Elem(),
		map[string]interface{}{
			"VALUE_5XX": BackendTrafficPolicySpecRetryRetryOnTriggers_VALUE_5XX,
			"GATEWAY_HYPHEN_ERROR": BackendTrafficPolicySpecRetryRetryOnTriggers_GATEWAY_HYPHEN_ERROR,
			"RESET": BackendTrafficPolicySpecRetryRetryOnTriggers_RESET,
			"RESET_HYPHEN_BEFORE_HYPHEN_REQUEST": BackendTrafficPolicySpecRetryRetryOnTriggers_RESET_HYPHEN_BEFORE_HYPHEN_REQUEST,
			"CONNECT_HYPHEN_FAILURE": BackendTrafficPolicySpecRetryRetryOnTriggers_CONNECT_HYPHEN_FAILURE,
			"RETRIABLE_HYPHEN_4XX": BackendTrafficPolicySpecRetryRetryOnTriggers_RETRIABLE_HYPHEN_4XX,
			"REFUSED_HYPHEN_STREAM": BackendTrafficPolicySpecRetryRetryOnTriggers_REFUSED_HYPHEN_STREAM,
			"RETRIABLE_HYPHEN_STATUS_HYPHEN_CODES": BackendTrafficPolicySpecRetryRetryOnTriggers_RETRIABLE_HYPHEN_STATUS_HYPHEN_CODES,
			"CANCELLED": BackendTrafficPolicySpecRetryRetryOnTriggers_CANCELLED,
			"DEADLINE_HYPHEN_EXCEEDED": BackendTrafficPolicySpecRetryRetryOnTriggers_DEADLINE_HYPHEN_EXCEEDED,
			"INTERNAL": BackendTrafficPolicySpecRetryRetryOnTriggers_INTERNAL,
			"RESOURCE_HYPHEN_EXHAUSTED": BackendTrafficPolicySpecRetryRetryOnTriggers_RESOURCE_HYPHEN_EXHAUSTED,
			"UNAVAILABLE": BackendTrafficPolicySpecRetryRetryOnTriggers_UNAVAILABLE,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecTargetRef",
		reflect.TypeOf((*BackendTrafficPolicySpecTargetRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecTargetRefs",
		reflect.TypeOf((*BackendTrafficPolicySpecTargetRefs)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecTargetSelectors",
		reflect.TypeOf((*BackendTrafficPolicySpecTargetSelectors)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecTargetSelectorsMatchExpressions",
		reflect.TypeOf((*BackendTrafficPolicySpecTargetSelectorsMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecTargetSelectorsNamespaces",
		reflect.TypeOf((*BackendTrafficPolicySpecTargetSelectorsNamespaces)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecTargetSelectorsNamespacesFrom",
		reflect.TypeOf((*BackendTrafficPolicySpecTargetSelectorsNamespacesFrom)(nil)).Elem(),
		map[string]interface{}{
			"SAME": BackendTrafficPolicySpecTargetSelectorsNamespacesFrom_SAME,
			"ALL": BackendTrafficPolicySpecTargetSelectorsNamespacesFrom_ALL,
			"SELECTOR": BackendTrafficPolicySpecTargetSelectorsNamespacesFrom_SELECTOR,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecTargetSelectorsNamespacesSelector",
		reflect.TypeOf((*BackendTrafficPolicySpecTargetSelectorsNamespacesSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecTargetSelectorsNamespacesSelectorMatchExpressions",
		reflect.TypeOf((*BackendTrafficPolicySpecTargetSelectorsNamespacesSelectorMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecTcpKeepalive",
		reflect.TypeOf((*BackendTrafficPolicySpecTcpKeepalive)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecTelemetry",
		reflect.TypeOf((*BackendTrafficPolicySpecTelemetry)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecTelemetryMetrics",
		reflect.TypeOf((*BackendTrafficPolicySpecTelemetryMetrics)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecTelemetryTracing",
		reflect.TypeOf((*BackendTrafficPolicySpecTelemetryTracing)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecTelemetryTracingClientSamplingFraction",
		reflect.TypeOf((*BackendTrafficPolicySpecTelemetryTracingClientSamplingFraction)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecTelemetryTracingCustomTags",
		reflect.TypeOf((*BackendTrafficPolicySpecTelemetryTracingCustomTags)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecTelemetryTracingCustomTagsEnvironment",
		reflect.TypeOf((*BackendTrafficPolicySpecTelemetryTracingCustomTagsEnvironment)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecTelemetryTracingCustomTagsLiteral",
		reflect.TypeOf((*BackendTrafficPolicySpecTelemetryTracingCustomTagsLiteral)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecTelemetryTracingCustomTagsRequestHeader",
		reflect.TypeOf((*BackendTrafficPolicySpecTelemetryTracingCustomTagsRequestHeader)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecTelemetryTracingCustomTagsType",
		reflect.TypeOf((*BackendTrafficPolicySpecTelemetryTracingCustomTagsType)(nil)).Elem(),
		map[string]interface{}{
			"LITERAL": BackendTrafficPolicySpecTelemetryTracingCustomTagsType_LITERAL,
			"ENVIRONMENT": BackendTrafficPolicySpecTelemetryTracingCustomTagsType_ENVIRONMENT,
			"REQUEST_HEADER": BackendTrafficPolicySpecTelemetryTracingCustomTagsType_REQUEST_HEADER,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecTelemetryTracingOverallSamplingFraction",
		reflect.TypeOf((*BackendTrafficPolicySpecTelemetryTracingOverallSamplingFraction)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecTelemetryTracingSamplingFraction",
		reflect.TypeOf((*BackendTrafficPolicySpecTelemetryTracingSamplingFraction)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecTelemetryTracingSpanName",
		reflect.TypeOf((*BackendTrafficPolicySpecTelemetryTracingSpanName)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecTimeout",
		reflect.TypeOf((*BackendTrafficPolicySpecTimeout)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecTimeoutHttp",
		reflect.TypeOf((*BackendTrafficPolicySpecTimeoutHttp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecTimeoutTcp",
		reflect.TypeOf((*BackendTrafficPolicySpecTimeoutTcp)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"gatewayenvoyproxyio.ClientTrafficPolicy",
		reflect.TypeOf((*ClientTrafficPolicy)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
			_jsii_.MemberMethod{JsiiMethod: "with", GoMethod: "With"},
		},
		func() interface{} {
			j := jsiiProxy_ClientTrafficPolicy{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicyProps",
		reflect.TypeOf((*ClientTrafficPolicyProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpec",
		reflect.TypeOf((*ClientTrafficPolicySpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecClientIpDetection",
		reflect.TypeOf((*ClientTrafficPolicySpecClientIpDetection)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecClientIpDetectionCustomHeader",
		reflect.TypeOf((*ClientTrafficPolicySpecClientIpDetectionCustomHeader)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecClientIpDetectionXForwardedFor",
		reflect.TypeOf((*ClientTrafficPolicySpecClientIpDetectionXForwardedFor)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecConnection",
		reflect.TypeOf((*ClientTrafficPolicySpecConnection)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecConnectionBufferLimit",
		reflect.TypeOf((*ClientTrafficPolicySpecConnectionBufferLimit)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_ClientTrafficPolicySpecConnectionBufferLimit{}
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecConnectionConnectionLimit",
		reflect.TypeOf((*ClientTrafficPolicySpecConnectionConnectionLimit)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecConnectionSocketBufferLimit",
		reflect.TypeOf((*ClientTrafficPolicySpecConnectionSocketBufferLimit)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_ClientTrafficPolicySpecConnectionSocketBufferLimit{}
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecGrpc",
		reflect.TypeOf((*ClientTrafficPolicySpecGrpc)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHeaders",
		reflect.TypeOf((*ClientTrafficPolicySpecHeaders)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHeadersEarlyRequestHeaders",
		reflect.TypeOf((*ClientTrafficPolicySpecHeadersEarlyRequestHeaders)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHeadersEarlyRequestHeadersAdd",
		reflect.TypeOf((*ClientTrafficPolicySpecHeadersEarlyRequestHeadersAdd)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHeadersEarlyRequestHeadersAddIfAbsent",
		reflect.TypeOf((*ClientTrafficPolicySpecHeadersEarlyRequestHeadersAddIfAbsent)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHeadersEarlyRequestHeadersRemoveOnMatch",
		reflect.TypeOf((*ClientTrafficPolicySpecHeadersEarlyRequestHeadersRemoveOnMatch)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHeadersEarlyRequestHeadersRemoveOnMatchType",
		reflect.TypeOf((*ClientTrafficPolicySpecHeadersEarlyRequestHeadersRemoveOnMatchType)(nil)).Elem(),
		map[string]interface{}{
			"EXACT": ClientTrafficPolicySpecHeadersEarlyRequestHeadersRemoveOnMatchType_EXACT,
			"PREFIX": ClientTrafficPolicySpecHeadersEarlyRequestHeadersRemoveOnMatchType_PREFIX,
			"SUFFIX": ClientTrafficPolicySpecHeadersEarlyRequestHeadersRemoveOnMatchType_SUFFIX,
			"REGULAR_EXPRESSION": ClientTrafficPolicySpecHeadersEarlyRequestHeadersRemoveOnMatchType_REGULAR_EXPRESSION,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHeadersEarlyRequestHeadersSet",
		reflect.TypeOf((*ClientTrafficPolicySpecHeadersEarlyRequestHeadersSet)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHeadersHost",
		reflect.TypeOf((*ClientTrafficPolicySpecHeadersHost)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHeadersLateResponseHeaders",
		reflect.TypeOf((*ClientTrafficPolicySpecHeadersLateResponseHeaders)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHeadersLateResponseHeadersAdd",
		reflect.TypeOf((*ClientTrafficPolicySpecHeadersLateResponseHeadersAdd)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHeadersLateResponseHeadersAddIfAbsent",
		reflect.TypeOf((*ClientTrafficPolicySpecHeadersLateResponseHeadersAddIfAbsent)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHeadersLateResponseHeadersRemoveOnMatch",
		reflect.TypeOf((*ClientTrafficPolicySpecHeadersLateResponseHeadersRemoveOnMatch)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHeadersLateResponseHeadersRemoveOnMatchType",
		reflect.TypeOf((*ClientTrafficPolicySpecHeadersLateResponseHeadersRemoveOnMatchType)(nil)).Elem(),
		map[string]interface{}{
			"EXACT": ClientTrafficPolicySpecHeadersLateResponseHeadersRemoveOnMatchType_EXACT,
			"PREFIX": ClientTrafficPolicySpecHeadersLateResponseHeadersRemoveOnMatchType_PREFIX,
			"SUFFIX": ClientTrafficPolicySpecHeadersLateResponseHeadersRemoveOnMatchType_SUFFIX,
			"REGULAR_EXPRESSION": ClientTrafficPolicySpecHeadersLateResponseHeadersRemoveOnMatchType_REGULAR_EXPRESSION,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHeadersLateResponseHeadersSet",
		reflect.TypeOf((*ClientTrafficPolicySpecHeadersLateResponseHeadersSet)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHeadersRequestId",
		reflect.TypeOf((*ClientTrafficPolicySpecHeadersRequestId)(nil)).Elem(),
		map[string]interface{}{
			"PRESERVE_OR_GENERATE": ClientTrafficPolicySpecHeadersRequestId_PRESERVE_OR_GENERATE,
			"PRESERVE": ClientTrafficPolicySpecHeadersRequestId_PRESERVE,
			"GENERATE": ClientTrafficPolicySpecHeadersRequestId_GENERATE,
			"DISABLE": ClientTrafficPolicySpecHeadersRequestId_DISABLE,
		},
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHeadersWithUnderscoresAction",
		reflect.TypeOf((*ClientTrafficPolicySpecHeadersWithUnderscoresAction)(nil)).Elem(),
		map[string]interface{}{
			"ALLOW": ClientTrafficPolicySpecHeadersWithUnderscoresAction_ALLOW,
			"REJECT_REQUEST": ClientTrafficPolicySpecHeadersWithUnderscoresAction_REJECT_REQUEST,
			"DROP_HEADER": ClientTrafficPolicySpecHeadersWithUnderscoresAction_DROP_HEADER,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHeadersXForwardedClientCert",
		reflect.TypeOf((*ClientTrafficPolicySpecHeadersXForwardedClientCert)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHeadersXForwardedClientCertCertDetailsToAdd",
		reflect.TypeOf((*ClientTrafficPolicySpecHeadersXForwardedClientCertCertDetailsToAdd)(nil)).Elem(),
		map[string]interface{}{
			"SUBJECT": ClientTrafficPolicySpecHeadersXForwardedClientCertCertDetailsToAdd_SUBJECT,
			"CERT": ClientTrafficPolicySpecHeadersXForwardedClientCertCertDetailsToAdd_CERT,
			"CHAIN": ClientTrafficPolicySpecHeadersXForwardedClientCertCertDetailsToAdd_CHAIN,
			"DNS": ClientTrafficPolicySpecHeadersXForwardedClientCertCertDetailsToAdd_DNS,
			"URI": ClientTrafficPolicySpecHeadersXForwardedClientCertCertDetailsToAdd_URI,
		},
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHeadersXForwardedClientCertMode",
		reflect.TypeOf((*ClientTrafficPolicySpecHeadersXForwardedClientCertMode)(nil)).Elem(),
		map[string]interface{}{
			"SANITIZE": ClientTrafficPolicySpecHeadersXForwardedClientCertMode_SANITIZE,
			"FORWARD_ONLY": ClientTrafficPolicySpecHeadersXForwardedClientCertMode_FORWARD_ONLY,
			"APPEND_FORWARD": ClientTrafficPolicySpecHeadersXForwardedClientCertMode_APPEND_FORWARD,
			"SANITIZE_SET": ClientTrafficPolicySpecHeadersXForwardedClientCertMode_SANITIZE_SET,
			"ALWAYS_FORWARD_ONLY": ClientTrafficPolicySpecHeadersXForwardedClientCertMode_ALWAYS_FORWARD_ONLY,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHealthCheck",
		reflect.TypeOf((*ClientTrafficPolicySpecHealthCheck)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHttp1",
		reflect.TypeOf((*ClientTrafficPolicySpecHttp1)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHttp1Http10",
		reflect.TypeOf((*ClientTrafficPolicySpecHttp1Http10)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHttp1IgnoredUpgradeTypes",
		reflect.TypeOf((*ClientTrafficPolicySpecHttp1IgnoredUpgradeTypes)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHttp1IgnoredUpgradeTypesType",
		reflect.TypeOf((*ClientTrafficPolicySpecHttp1IgnoredUpgradeTypesType)(nil)).Elem(),
		map[string]interface{}{
			"EXACT": ClientTrafficPolicySpecHttp1IgnoredUpgradeTypesType_EXACT,
			"PREFIX": ClientTrafficPolicySpecHttp1IgnoredUpgradeTypesType_PREFIX,
			"SUFFIX": ClientTrafficPolicySpecHttp1IgnoredUpgradeTypesType_SUFFIX,
			"REGULAR_EXPRESSION": ClientTrafficPolicySpecHttp1IgnoredUpgradeTypesType_REGULAR_EXPRESSION,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHttp2",
		reflect.TypeOf((*ClientTrafficPolicySpecHttp2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHttp2ConnectionKeepalive",
		reflect.TypeOf((*ClientTrafficPolicySpecHttp2ConnectionKeepalive)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHttp2InitialConnectionWindowSize",
		reflect.TypeOf((*ClientTrafficPolicySpecHttp2InitialConnectionWindowSize)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_ClientTrafficPolicySpecHttp2InitialConnectionWindowSize{}
		},
	)
	_jsii_.RegisterClass(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecHttp2InitialStreamWindowSize",
		reflect.TypeOf((*ClientTrafficPolicySpecHttp2InitialStreamWindowSize)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_ClientTrafficPolicySpecHttp2InitialStreamWindowSize{}
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecPath",
		reflect.TypeOf((*ClientTrafficPolicySpecPath)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecPathEscapedSlashesAction",
		reflect.TypeOf((*ClientTrafficPolicySpecPathEscapedSlashesAction)(nil)).Elem(),
		map[string]interface{}{
			"KEEP_UNCHANGED": ClientTrafficPolicySpecPathEscapedSlashesAction_KEEP_UNCHANGED,
			"REJECT_REQUEST": ClientTrafficPolicySpecPathEscapedSlashesAction_REJECT_REQUEST,
			"UNESCAPE_AND_FORWARD": ClientTrafficPolicySpecPathEscapedSlashesAction_UNESCAPE_AND_FORWARD,
			"UNESCAPE_AND_REDIRECT": ClientTrafficPolicySpecPathEscapedSlashesAction_UNESCAPE_AND_REDIRECT,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecProxyProtocol",
		reflect.TypeOf((*ClientTrafficPolicySpecProxyProtocol)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecScheme",
		reflect.TypeOf((*ClientTrafficPolicySpecScheme)(nil)).Elem(),
		map[string]interface{}{
			"PRESERVE": ClientTrafficPolicySpecScheme_PRESERVE,
			"MATCH_BACKEND": ClientTrafficPolicySpecScheme_MATCH_BACKEND,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTargetRef",
		reflect.TypeOf((*ClientTrafficPolicySpecTargetRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTargetRefs",
		reflect.TypeOf((*ClientTrafficPolicySpecTargetRefs)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTargetSelectors",
		reflect.TypeOf((*ClientTrafficPolicySpecTargetSelectors)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTargetSelectorsMatchExpressions",
		reflect.TypeOf((*ClientTrafficPolicySpecTargetSelectorsMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTargetSelectorsNamespaces",
		reflect.TypeOf((*ClientTrafficPolicySpecTargetSelectorsNamespaces)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTargetSelectorsNamespacesFrom",
		reflect.TypeOf((*ClientTrafficPolicySpecTargetSelectorsNamespacesFrom)(nil)).Elem(),
		map[string]interface{}{
			"SAME": ClientTrafficPolicySpecTargetSelectorsNamespacesFrom_SAME,
			"ALL": ClientTrafficPolicySpecTargetSelectorsNamespacesFrom_ALL,
			"SELECTOR": ClientTrafficPolicySpecTargetSelectorsNamespacesFrom_SELECTOR,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTargetSelectorsNamespacesSelector",
		reflect.TypeOf((*ClientTrafficPolicySpecTargetSelectorsNamespacesSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTargetSelectorsNamespacesSelectorMatchExpressions",
		reflect.TypeOf((*ClientTrafficPolicySpecTargetSelectorsNamespacesSelectorMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTcpKeepalive",
		reflect.TypeOf((*ClientTrafficPolicySpecTcpKeepalive)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTimeout",
		reflect.TypeOf((*ClientTrafficPolicySpecTimeout)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTimeoutHttp",
		reflect.TypeOf((*ClientTrafficPolicySpecTimeoutHttp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTimeoutTcp",
		reflect.TypeOf((*ClientTrafficPolicySpecTimeoutTcp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTls",
		reflect.TypeOf((*ClientTrafficPolicySpecTls)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTlsClientValidation",
		reflect.TypeOf((*ClientTrafficPolicySpecTlsClientValidation)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTlsClientValidationCaCertificateRefs",
		reflect.TypeOf((*ClientTrafficPolicySpecTlsClientValidationCaCertificateRefs)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTlsClientValidationCrl",
		reflect.TypeOf((*ClientTrafficPolicySpecTlsClientValidationCrl)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTlsClientValidationCrlRefs",
		reflect.TypeOf((*ClientTrafficPolicySpecTlsClientValidationCrlRefs)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTlsClientValidationMode",
		reflect.TypeOf((*ClientTrafficPolicySpecTlsClientValidationMode)(nil)).Elem(),
		map[string]interface{}{
			"REQUEST": ClientTrafficPolicySpecTlsClientValidationMode_REQUEST,
			"REQUIRE_ANY": ClientTrafficPolicySpecTlsClientValidationMode_REQUIRE_ANY,
			"VERIFY_IF_GIVEN": ClientTrafficPolicySpecTlsClientValidationMode_VERIFY_IF_GIVEN,
			"REQUIRE_AND_VERIFY": ClientTrafficPolicySpecTlsClientValidationMode_REQUIRE_AND_VERIFY,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTlsClientValidationSubjectAltNames",
		reflect.TypeOf((*ClientTrafficPolicySpecTlsClientValidationSubjectAltNames)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesDnsNames",
		reflect.TypeOf((*ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesDnsNames)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesDnsNamesType",
		reflect.TypeOf((*ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesDnsNamesType)(nil)).Elem(),
		map[string]interface{}{
			"EXACT": ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesDnsNamesType_EXACT,
			"PREFIX": ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesDnsNamesType_PREFIX,
			"SUFFIX": ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesDnsNamesType_SUFFIX,
			"REGULAR_EXPRESSION": ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesDnsNamesType_REGULAR_EXPRESSION,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesEmailAddresses",
		reflect.TypeOf((*ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesEmailAddresses)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesEmailAddressesType",
		reflect.TypeOf((*ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesEmailAddressesType)(nil)).Elem(),
		map[string]interface{}{
			"EXACT": ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesEmailAddressesType_EXACT,
			"PREFIX": ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesEmailAddressesType_PREFIX,
			"SUFFIX": ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesEmailAddressesType_SUFFIX,
			"REGULAR_EXPRESSION": ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesEmailAddressesType_REGULAR_EXPRESSION,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesIpAddresses",
		reflect.TypeOf((*ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesIpAddresses)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesIpAddressesType",
		reflect.TypeOf((*ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesIpAddressesType)(nil)).Elem(),
		map[string]interface{}{
			"EXACT": ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesIpAddressesType_EXACT,
			"PREFIX": ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesIpAddressesType_PREFIX,
			"SUFFIX": ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesIpAddressesType_SUFFIX,
			"REGULAR_EXPRESSION": ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesIpAddressesType_REGULAR_EXPRESSION,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesOtherNames",
		reflect.TypeOf((*ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesOtherNames)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesOtherNamesType",
		reflect.TypeOf((*ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesOtherNamesType)(nil)).Elem(),
		map[string]interface{}{
			"EXACT": ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesOtherNamesType_EXACT,
			"PREFIX": ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesOtherNamesType_PREFIX,
			"SUFFIX": ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesOtherNamesType_SUFFIX,
			"REGULAR_EXPRESSION": ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesOtherNamesType_REGULAR_EXPRESSION,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesUris",
		reflect.TypeOf((*ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesUris)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesUrisType",
		reflect.TypeOf((*ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesUrisType)(nil)).Elem(),
		map[string]interface{}{
			"EXACT": ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesUrisType_EXACT,
			"PREFIX": ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesUrisType_PREFIX,
			"SUFFIX": ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesUrisType_SUFFIX,
			"REGULAR_EXPRESSION": ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesUrisType_REGULAR_EXPRESSION,
		},
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTlsFingerprints",
		reflect.TypeOf((*ClientTrafficPolicySpecTlsFingerprints)(nil)).Elem(),
		map[string]interface{}{
			"JA3": ClientTrafficPolicySpecTlsFingerprints_JA3,
			"JA4": ClientTrafficPolicySpecTlsFingerprints_JA4,
		},
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTlsMaxVersion",
		reflect.TypeOf((*ClientTrafficPolicySpecTlsMaxVersion)(nil)).Elem(),
		map[string]interface{}{
			"AUTO": ClientTrafficPolicySpecTlsMaxVersion_AUTO,
			"VALUE_1_0": ClientTrafficPolicySpecTlsMaxVersion_VALUE_1_0,
			"VALUE_1_1": ClientTrafficPolicySpecTlsMaxVersion_VALUE_1_1,
			"VALUE_1_2": ClientTrafficPolicySpecTlsMaxVersion_VALUE_1_2,
			"VALUE_1_3": ClientTrafficPolicySpecTlsMaxVersion_VALUE_1_3,
		},
	)
	_jsii_.RegisterEnum(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTlsMinVersion",
		reflect.TypeOf((*ClientTrafficPolicySpecTlsMinVersion)(nil)).Elem(),
		map[string]interface{}{
			"AUTO": ClientTrafficPolicySpecTlsMinVersion_AUTO,
			"VALUE_1_0": ClientTrafficPolicySpecTlsMinVersion_VALUE_1_0,
			"VALUE_1_1": ClientTrafficPolicySpecTlsMinVersion_VALUE_1_1,
			"VALUE_1_2": ClientTrafficPolicySpecTlsMinVersion_VALUE_1_2,
			"VALUE_1_3": ClientTrafficPolicySpecTlsMinVersion_VALUE_1_3,
		},
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTlsSession",
		reflect.TypeOf((*ClientTrafficPolicySpecTlsSession)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecTlsSessionResumption",
		reflect.TypeOf((*ClientTrafficPolicySpecTlsSessionResumption)(nil)).Elem(),
	)
}
