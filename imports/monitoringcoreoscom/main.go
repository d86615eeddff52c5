// monitoringcoreoscom
package monitoringcoreoscom

import (
	"reflect"

	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
)

func init() {
	_jsii_.RegisterClass(
		"monitoringcoreoscom.PodMonitor",
		reflect.TypeOf((*PodMonitor)(nil)).Elem(),
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
			j := jsiiProxy_PodMonitor{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorProps",
		reflect.TypeOf((*PodMonitorProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpec",
		reflect.TypeOf((*PodMonitorSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecAttachMetadata",
		reflect.TypeOf((*PodMonitorSpecAttachMetadata)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"monitoringcoreoscom.PodMonitorSpecFallbackScrapeProtocol",
		reflect.TypeOf((*PodMonitorSpecFallbackScrapeProtocol)(nil)).Elem(),
		map[string]interface{}{
			"PROMETHEUS_PROTO": PodMonitorSpecFallbackScrapeProtocol_PROMETHEUS_PROTO,
			"OPEN_METRICS_TEXT0_0_1": PodMonitorSpecFallbackScrapeProtocol_OPEN_METRICS_TEXT0_0_1,
			"OPEN_METRICS_TEXT1_0_0": PodMonitorSpecFallbackScrapeProtocol_OPEN_METRICS_TEXT1_0_0,
			"PROMETHEUS_TEXT0_0_4": PodMonitorSpecFallbackScrapeProtocol_PROMETHEUS_TEXT0_0_4,
			"PROMETHEUS_TEXT1_0_0": PodMonitorSpecFallbackScrapeProtocol_PROMETHEUS_TEXT1_0_0,
		},
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecNamespaceSelector",
		reflect.TypeOf((*PodMonitorSpecNamespaceSelector)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"monitoringcoreoscom.PodMonitorSpecNativeHistogramMinBucketFactor",
		reflect.TypeOf((*PodMonitorSpecNativeHistogramMinBucketFactor)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_PodMonitorSpecNativeHistogramMinBucketFactor{}
		},
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpoints",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpoints)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsAuthorization",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsAuthorization)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsAuthorizationCredentials",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsAuthorizationCredentials)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsBasicAuth",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsBasicAuth)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsBasicAuthPassword",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsBasicAuthPassword)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsBasicAuthUsername",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsBasicAuthUsername)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsBearerTokenSecret",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsBearerTokenSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsMetricRelabelings",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsMetricRelabelings)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction)(nil)).Elem(),
		map[string]interface{}{
			"REPLACE": PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction_REPLACE,
			"KEEP": PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction_KEEP,
			"DROP": PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction_DROP,
			"HASHMOD": PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction_HASHMOD,
			"LABELMAP": PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction_LABELMAP,
			"LABELDROP": PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction_LABELDROP,
			"LABELKEEP": PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction_LABELKEEP,
			"LOWERCASE": PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction_LOWERCASE,
			"UPPERCASE": PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction_UPPERCASE,
			"KEEPEQUAL": PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction_KEEPEQUAL,
			"DROPEQUAL": PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction_DROPEQUAL,
		},
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsOauth2",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsOauth2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsOauth2ClientId",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsOauth2ClientId)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsOauth2ClientIdConfigMap",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsOauth2ClientIdConfigMap)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsOauth2ClientIdSecret",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsOauth2ClientIdSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsOauth2ClientSecret",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsOauth2ClientSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsOauth2ProxyConnectHeader",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsOauth2ProxyConnectHeader)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsOauth2TlsConfig",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsOauth2TlsConfig)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCa",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCa)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCaConfigMap",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCaConfigMap)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCaSecret",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCaSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCert",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCert)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCertConfigMap",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCertConfigMap)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCertSecret",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCertSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigKeySecret",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigKeySecret)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion)(nil)).Elem(),
		map[string]interface{}{
			"TLS10": PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion_TLS10,
			"TLS11": PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion_TLS11,
			"TLS12": PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion_TLS12,
			"TLS13": PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion_TLS13,
		},
	)
	_jsii_.RegisterEnum(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion)(nil)).Elem(),
		map[string]interface{}{
			"TLS10": PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion_TLS10,
			"TLS11": PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion_TLS11,
			"TLS12": PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion_TLS12,
			"TLS13": PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion_TLS13,
		},
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsProxyConnectHeader",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsProxyConnectHeader)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsRelabelings",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsRelabelings)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsRelabelingsAction",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsRelabelingsAction)(nil)).Elem(),
		map[string]interface{}{
			"REPLACE": PodMonitorSpecPodMetricsEndpointsRelabelingsAction_REPLACE,
			"KEEP": PodMonitorSpecPodMetricsEndpointsRelabelingsAction_KEEP,
			"DROP": PodMonitorSpecPodMetricsEndpointsRelabelingsAction_DROP,
			"HASHMOD": PodMonitorSpecPodMetricsEndpointsRelabelingsAction_HASHMOD,
			"LABELMAP": PodMonitorSpecPodMetricsEndpointsRelabelingsAction_LABELMAP,
			"LABELDROP": PodMonitorSpecPodMetricsEndpointsRelabelingsAction_LABELDROP,
			"LABELKEEP": PodMonitorSpecPodMetricsEndpointsRelabelingsAction_LABELKEEP,
			"LOWERCASE": PodMonitorSpecPodMetricsEndpointsRelabelingsAction_LOWERCASE,
			"UPPERCASE": PodMonitorSpecPodMetricsEndpointsRelabelingsAction_UPPERCASE,
			"KEEPEQUAL": PodMonitorSpecPodMetricsEndpointsRelabelingsAction_KEEPEQUAL,
			"DROPEQUAL": PodMonitorSpecPodMetricsEndpointsRelabelingsAction_DROPEQUAL,
		},
	)
	_jsii_.RegisterEnum(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsScheme",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsScheme)(nil)).Elem(),
		map[string]interface{}{
			"HTTP": PodMonitorSpecPodMetricsEndpointsScheme_HTTP,
			"HTTPS": PodMonitorSpecPodMetricsEndpointsScheme_HTTPS,
		},
	)
	_jsii_.RegisterClass(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsTargetPort",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsTargetPort)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_PodMonitorSpecPodMetricsEndpointsTargetPort{}
		},
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsTlsConfig",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsTlsConfig)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsTlsConfigCa",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsTlsConfigCa)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsTlsConfigCaConfigMap",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsTlsConfigCaConfigMap)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsTlsConfigCaSecret",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsTlsConfigCaSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsTlsConfigCert",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsTlsConfigCert)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsTlsConfigCertConfigMap",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsTlsConfigCertConfigMap)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsTlsConfigCertSecret",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsTlsConfigCertSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsTlsConfigKeySecret",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsTlsConfigKeySecret)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion)(nil)).Elem(),
		map[string]interface{}{
			"TLS10": PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion_TLS10,
			"TLS11": PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion_TLS11,
			"TLS12": PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion_TLS12,
			"TLS13": PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion_TLS13,
		},
	)
	_jsii_.RegisterEnum(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion",
		reflect.TypeOf((*PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion)(nil)).Elem(),
		map[string]interface{}{
			"TLS10": PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion_TLS10,
			"TLS11": PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion_TLS11,
			"TLS12": PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion_TLS12,
			"TLS13": PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion_TLS13,
		},
	)
	_jsii_.RegisterEnum(
		"monitoringcoreoscom.PodMonitorSpecScrapeProtocols",
		reflect.TypeOf((*PodMonitorSpecScrapeProtocols)(nil)).Elem(),
		map[string]interface{}{
			"PROMETHEUS_PROTO": PodMonitorSpecScrapeProtocols_PROMETHEUS_PROTO,
			"OPEN_METRICS_TEXT0_0_1": PodMonitorSpecScrapeProtocols_OPEN_METRICS_TEXT0_0_1,
			"OPEN_METRICS_TEXT1_0_0": PodMonitorSpecScrapeProtocols_OPEN_METRICS_TEXT1_0_0,
			"PROMETHEUS_TEXT0_0_4": PodMonitorSpecScrapeProtocols_PROMETHEUS_TEXT0_0_4,
			"PROMETHEUS_TEXT1_0_0": PodMonitorSpecScrapeProtocols_PROMETHEUS_TEXT1_0_0,
		},
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecSelector",
		reflect.TypeOf((*PodMonitorSpecSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.PodMonitorSpecSelectorMatchExpressions",
		reflect.TypeOf((*PodMonitorSpecSelectorMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"monitoringcoreoscom.PodMonitorSpecSelectorMechanism",
		reflect.TypeOf((*PodMonitorSpecSelectorMechanism)(nil)).Elem(),
		map[string]interface{}{
			"RELABEL_CONFIG": PodMonitorSpecSelectorMechanism_RELABEL_CONFIG,
			"ROLE_SELECTOR": PodMonitorSpecSelectorMechanism_ROLE_SELECTOR,
		},
	)
	_jsii_.RegisterClass(
		"monitoringcoreoscom.ServiceMonitor",
		reflect.TypeOf((*ServiceMonitor)(nil)).Elem(),
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
			j := jsiiProxy_ServiceMonitor{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorProps",
		reflect.TypeOf((*ServiceMonitorProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpec",
		reflect.TypeOf((*ServiceMonitorSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecAttachMetadata",
		reflect.TypeOf((*ServiceMonitorSpecAttachMetadata)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpoints",
		reflect.TypeOf((*ServiceMonitorSpecEndpoints)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsAuthorization",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsAuthorization)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsAuthorizationCredentials",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsAuthorizationCredentials)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsBasicAuth",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsBasicAuth)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsBasicAuthPassword",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsBasicAuthPassword)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsBasicAuthUsername",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsBasicAuthUsername)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsBearerTokenSecret",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsBearerTokenSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsMetricRelabelings",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsMetricRelabelings)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsMetricRelabelingsAction",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsMetricRelabelingsAction)(nil)).Elem(),
		map[string]interface{}{
			"REPLACE": ServiceMonitorSpecEndpointsMetricRelabelingsAction_REPLACE,
			"KEEP": ServiceMonitorSpecEndpointsMetricRelabelingsAction_KEEP,
			"DROP": ServiceMonitorSpecEndpointsMetricRelabelingsAction_DROP,
			"HASHMOD": ServiceMonitorSpecEndpointsMetricRelabelingsAction_HASHMOD,
			"LABELMAP": ServiceMonitorSpecEndpointsMetricRelabelingsAction_LABELMAP,
			"LABELDROP": ServiceMonitorSpecEndpointsMetricRelabelingsAction_LABELDROP,
			"LABELKEEP": ServiceMonitorSpecEndpointsMetricRelabelingsAction_LABELKEEP,
			"LOWERCASE": ServiceMonitorSpecEndpointsMetricRelabelingsAction_LOWERCASE,
			"UPPERCASE": ServiceMonitorSpecEndpointsMetricRelabelingsAction_UPPERCASE,
			"KEEPEQUAL": ServiceMonitorSpecEndpointsMetricRelabelingsAction_KEEPEQUAL,
			"DROPEQUAL": ServiceMonitorSpecEndpointsMetricRelabelingsAction_DROPEQUAL,
		},
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2ClientId",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2ClientId)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2ClientIdConfigMap",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2ClientIdConfigMap)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2ClientIdSecret",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2ClientIdSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2ClientSecret",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2ClientSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2ProxyConnectHeader",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2ProxyConnectHeader)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2TlsConfig",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2TlsConfig)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2TlsConfigCa",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2TlsConfigCa)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2TlsConfigCaConfigMap",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2TlsConfigCaConfigMap)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2TlsConfigCaSecret",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2TlsConfigCaSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2TlsConfigCert",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2TlsConfigCert)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2TlsConfigCertConfigMap",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2TlsConfigCertConfigMap)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2TlsConfigCertSecret",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2TlsConfigCertSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2TlsConfigKeySecret",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2TlsConfigKeySecret)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion)(nil)).Elem(),
		map[string]interface{}{
			"TLS10": ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion_TLS10,
			"TLS11": ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion_TLS11,
			"TLS12": ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion_TLS12,
			"TLS13": ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion_TLS13,
		},
	)
	_jsii_.RegisterEnum(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion)(nil)).Elem(),
		map[string]interface{}{
			"TLS10": ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion_TLS10,
			"TLS11": ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion_TLS11,
			"TLS12": ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion_TLS12,
			"TLS13": ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion_TLS13,
		},
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsProxyConnectHeader",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsProxyConnectHeader)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsRelabelings",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsRelabelings)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsRelabelingsAction",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsRelabelingsAction)(nil)).Elem(),
		map[string]interface{}{
			"REPLACE": ServiceMonitorSpecEndpointsRelabelingsAction_REPLACE,
			"KEEP": ServiceMonitorSpecEndpointsRelabelingsAction_KEEP,
			"DROP": ServiceMonitorSpecEndpointsRelabelingsAction_DROP,
			"HASHMOD": ServiceMonitorSpecEndpointsRelabelingsAction_HASHMOD,
			"LABELMAP": ServiceMonitorSpecEndpointsRelabelingsAction_LABELMAP,
			"LABELDROP": ServiceMonitorSpecEndpointsRelabelingsAction_LABELDROP,
			"LABELKEEP": ServiceMonitorSpecEndpointsRelabelingsAction_LABELKEEP,
			"LOWERCASE": ServiceMonitorSpecEndpointsRelabelingsAction_LOWERCASE,
			"UPPERCASE": ServiceMonitorSpecEndpointsRelabelingsAction_UPPERCASE,
			"KEEPEQUAL": ServiceMonitorSpecEndpointsRelabelingsAction_KEEPEQUAL,
			"DROPEQUAL": ServiceMonitorSpecEndpointsRelabelingsAction_DROPEQUAL,
		},
	)
	_jsii_.RegisterEnum(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsScheme",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsScheme)(nil)).Elem(),
		map[string]interface{}{
			"HTTP": ServiceMonitorSpecEndpointsScheme_HTTP,
			"HTTPS": ServiceMonitorSpecEndpointsScheme_HTTPS,
		},
	)
	_jsii_.RegisterClass(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsTargetPort",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsTargetPort)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_ServiceMonitorSpecEndpointsTargetPort{}
		},
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsTlsConfig",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsTlsConfig)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsTlsConfigCa",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsTlsConfigCa)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsTlsConfigCaConfigMap",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsTlsConfigCaConfigMap)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsTlsConfigCaSecret",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsTlsConfigCaSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsTlsConfigCert",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsTlsConfigCert)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsTlsConfigCertConfigMap",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsTlsConfigCertConfigMap)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsTlsConfigCertSecret",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsTlsConfigCertSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsTlsConfigKeySecret",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsTlsConfigKeySecret)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsTlsConfigMaxVersion",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsTlsConfigMaxVersion)(nil)).Elem(),
		map[string]interface{}{
			"TLS10": ServiceMonitorSpecEndpointsTlsConfigMaxVersion_TLS10,
			"TLS11": ServiceMonitorSpecEndpointsTlsConfigMaxVersion_TLS11,
			"TLS12": ServiceMonitorSpecEndpointsTlsConfigMaxVersion_TLS12,
			"TLS13": ServiceMonitorSpecEndpointsTlsConfigMaxVersion_TLS13,
		},
	)
	_jsii_.RegisterEnum(
		"monitoringcoreoscom.ServiceMonitorSpecEndpointsTlsConfigMinVersion",
		reflect.TypeOf((*ServiceMonitorSpecEndpointsTlsConfigMinVersion)(nil)).Elem(),
		map[string]interface{}{
			"TLS10": ServiceMonitorSpecEndpointsTlsConfigMinVersion_TLS10,
			"TLS11": ServiceMonitorSpecEndpointsTlsConfigMinVersion_TLS11,
			"TLS12": ServiceMonitorSpecEndpointsTlsConfigMinVersion_TLS12,
			"TLS13": ServiceMonitorSpecEndpointsTlsConfigMinVersion_TLS13,
		},
	)
	_jsii_.RegisterEnum(
		"monitoringcoreoscom.ServiceMonitorSpecFallbackScrapeProtocol",
		reflect.TypeOf((*ServiceMonitorSpecFallbackScrapeProtocol)(nil)).Elem(),
		map[string]interface{}{
			"PROMETHEUS_PROTO": ServiceMonitorSpecFallbackScrapeProtocol_PROMETHEUS_PROTO,
			"OPEN_METRICS_TEXT0_0_1": ServiceMonitorSpecFallbackScrapeProtocol_OPEN_METRICS_TEXT0_0_1,
			"OPEN_METRICS_TEXT1_0_0": ServiceMonitorSpecFallbackScrapeProtocol_OPEN_METRICS_TEXT1_0_0,
			"PROMETHEUS_TEXT0_0_4": ServiceMonitorSpecFallbackScrapeProtocol_PROMETHEUS_TEXT0_0_4,
			"PROMETHEUS_TEXT1_0_0": ServiceMonitorSpecFallbackScrapeProtocol_PROMETHEUS_TEXT1_0_0,
		},
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecNamespaceSelector",
		reflect.TypeOf((*ServiceMonitorSpecNamespaceSelector)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"monitoringcoreoscom.ServiceMonitorSpecNativeHistogramMinBucketFactor",
		reflect.TypeOf((*ServiceMonitorSpecNativeHistogramMinBucketFactor)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_ServiceMonitorSpecNativeHistogramMinBucketFactor{}
		},
	)
	_jsii_.RegisterEnum(
		"monitoringcoreoscom.ServiceMonitorSpecScrapeProtocols",
		reflect.TypeOf((*ServiceMonitorSpecScrapeProtocols)(nil)).Elem(),
		map[string]interface{}{
			"PROMETHEUS_PROTO": ServiceMonitorSpecScrapeProtocols_PROMETHEUS_PROTO,
			"OPEN_METRICS_TEXT0_0_1": ServiceMonitorSpecScrapeProtocols_OPEN_METRICS_TEXT0_0_1,
			"OPEN_METRICS_TEXT1_0_0": ServiceMonitorSpecScrapeProtocols_OPEN_METRICS_TEXT1_0_0,
			"PROMETHEUS_TEXT0_0_4": ServiceMonitorSpecScrapeProtocols_PROMETHEUS_TEXT0_0_4,
			"PROMETHEUS_TEXT1_0_0": ServiceMonitorSpecScrapeProtocols_PROMETHEUS_TEXT1_0_0,
		},
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecSelector",
		reflect.TypeOf((*ServiceMonitorSpecSelector)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"monitoringcoreoscom.ServiceMonitorSpecSelectorMatchExpressions",
		reflect.TypeOf((*ServiceMonitorSpecSelectorMatchExpressions)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"monitoringcoreoscom.ServiceMonitorSpecSelectorMechanism",
		reflect.TypeOf((*ServiceMonitorSpecSelectorMechanism)(nil)).Elem(),
		map[string]interface{}{
			"RELABEL_CONFIG": ServiceMonitorSpecSelectorMechanism_RELABEL_CONFIG,
			"ROLE_SELECTOR": ServiceMonitorSpecSelectorMechanism_ROLE_SELECTOR,
		},
	)
}
