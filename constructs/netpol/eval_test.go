package netpol_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dograh-hq/dograh-cdk8s/constructs/internal/testutil"
	"github.com/dograh-hq/dograh-cdk8s/constructs/netpol"
)

// Endpoints of the evaluator tests: namespace shop runs web and db,
// namespace other runs a pod that looks like shop's web, monitoring is
// labelled team=ops.
var (
	web       = netpol.PodEndpoint("shop", map[string]string{"app": "web", "tier": "front"})
	db        = netpol.PodEndpoint("shop", map[string]string{"app": "db"})
	cache     = netpol.PodEndpoint("shop", map[string]string{"app": "cache"})
	otherWeb  = netpol.PodEndpoint("other", map[string]string{"app": "web"})
	prom      = netpol.PodEndpoint("monitoring", map[string]string{"app": "prom"})
	internet  = netpol.ExternalEndpoint("203.0.113.7")
	office    = netpol.ExternalEndpoint("198.51.100.20")
	internet6 = netpol.ExternalEndpoint("2001:db8::7")
)

var namespaceLabels = map[string]map[string]string{"monitoring": {"team": "ops"}}

// evaluator parses hand-written policies; those without a namespace land
// in shop.
func evaluator(t *testing.T, manifests string) *netpol.Evaluator {
	t.Helper()
	policies, err := netpol.PoliciesFromObjects(testutil.Parse(t, manifests), "shop")
	require.NoError(t, err)
	e, err := netpol.NewEvaluator(policies, namespaceLabels)
	require.NoError(t, err)
	return e
}

func check(t *testing.T, e *netpol.Evaluator, from, to netpol.Endpoint, port netpol.Port) netpol.Verdict {
	t.Helper()
	v, err := e.Check(from, to, port)
	require.NoError(t, err)
	return v
}

// Hand-written policies, each exercising one part of the semantics.
const (
	denyAllIngress = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-ingress}
spec:
  podSelector: {}
  policyTypes: [Ingress]
`
	denyAllEgress = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-egress}
spec:
  podSelector: {}
  policyTypes: [Egress]
`
	denyDBNoTypes = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-no-types}
spec:
  podSelector: {matchLabels: {app: db}}
`
	webEgressNoTypes = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-egress-no-types}
spec:
  podSelector: {matchLabels: {app: web}}
  egress:
  - to: [{podSelector: {matchLabels: {app: cache}}}]
`
	egressOnlyWithIngressRules = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: egress-only}
spec:
  podSelector: {matchLabels: {app: db}}
  policyTypes: [Egress]
  ingress:
  - from: [{podSelector: {matchLabels: {app: nobody}}}]
`
	denyInOther = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny, namespace: other}
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
`
	dbFromWeb = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-from-web}
spec:
  podSelector: {matchLabels: {app: db}}
  policyTypes: [Ingress]
  ingress:
  - from: [{podSelector: {matchLabels: {app: web}}}]
    ports: [{port: 5432, protocol: TCP}]
`
	dbFromOps = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-from-ops}
spec:
  podSelector: {matchLabels: {app: db}}
  policyTypes: [Ingress]
  ingress:
  - from: [{namespaceSelector: {matchLabels: {team: ops}}}]
`
	dbFromOtherByName = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-from-other}
spec:
  podSelector: {matchLabels: {app: db}}
  policyTypes: [Ingress]
  ingress:
  - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: other}}}]
`
	dbFromWebInOtherAnd = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-and}
spec:
  podSelector: {matchLabels: {app: db}}
  policyTypes: [Ingress]
  ingress:
  - from:
    - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: other}}
      podSelector: {matchLabels: {app: web}}
`
	dbFromWebOrOtherOr = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-or}
spec:
  podSelector: {matchLabels: {app: db}}
  policyTypes: [Ingress]
  ingress:
  - from:
    - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: monitoring}}
    - podSelector: {matchLabels: {app: web}}
`
	dbFromAllNamespaces = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-from-all-namespaces}
spec:
  podSelector: {matchLabels: {app: db}}
  policyTypes: [Ingress]
  ingress:
  - from: [{namespaceSelector: {}}]
`
	dbFromAnyone = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-from-anyone}
spec:
  podSelector: {matchLabels: {app: db}}
  policyTypes: [Ingress]
  ingress:
  - ports: [{port: 5432}]
`
	dbAllOpen = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-all-open}
spec:
  podSelector: {matchLabels: {app: db}}
  policyTypes: [Ingress]
  ingress:
  - {}
`
	dbFromBlock = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-from-block}
spec:
  podSelector: {matchLabels: {app: db}}
  policyTypes: [Ingress]
  ingress:
  - from:
    - ipBlock: {cidr: 0.0.0.0/0, except: [203.0.113.0/24]}
    - ipBlock: {cidr: "2001:db8::/32"}
`
	webEgressBlock = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-egress-block}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress:
  - to: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.9.0.0/16]}}]
    ports: [{port: 443, protocol: TCP}]
`
	dbPorts = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-ports}
spec:
  podSelector: {matchLabels: {app: db}}
  policyTypes: [Ingress]
  ingress:
  - ports:
    - {port: 5432}
    - {port: 49152, endPort: 49200, protocol: UDP}
    - {protocol: SCTP}
    - {port: metrics, protocol: TCP}
`
	webExpressions = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-expressions}
spec:
  podSelector:
    matchExpressions:
    - {key: app, operator: In, values: [web, db]}
    - {key: legacy, operator: DoesNotExist}
  policyTypes: [Ingress]
`
	webEgressNamedPort = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-egress-named}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress:
  - ports: [{port: metrics}]
`
)

func docs(parts ...string) string { return strings.Join(parts, "\n---\n") }

func TestEvaluator_Semantics(t *testing.T) {
	dbWithMetrics := db
	dbWithMetrics.NamedPorts = map[string]netpol.Port{"metrics": {Port: 9090}}
	dbWithUDPMetrics := db
	dbWithUDPMetrics.NamedPorts = map[string]netpol.Port{"metrics": netpol.UDP(9090)}
	legacyWeb := netpol.PodEndpoint("shop", map[string]string{"app": "web", "legacy": "yes"})

	for _, tc := range []struct {
		name     string
		policies string
		from, to netpol.Endpoint
		port     netpol.Port
		want     bool
	}{
		// Isolation.
		{"no policy: everything allowed", "", web, db, netpol.TCP(5432), true},
		{"ingress isolation denies", denyAllIngress, web, db, netpol.TCP(5432), false},
		{"ingress isolation leaves egress of other namespaces alone", denyAllIngress, otherWeb, prom, netpol.TCP(80), true},
		{"ingress isolation does not isolate egress", denyAllIngress, web, otherWeb, netpol.TCP(80), true},
		{"egress isolation denies", denyAllEgress, web, otherWeb, netpol.TCP(80), false},
		{"egress isolation does not isolate ingress", denyAllEgress, otherWeb, web, netpol.TCP(80), true},
		{"policy of another namespace does not select", denyInOther, web, db, netpol.TCP(5432), true},
		{"policy of the pod's namespace selects", denyInOther, otherWeb, prom, netpol.TCP(80), false},
		{"empty policyTypes mean Ingress", denyDBNoTypes, web, db, netpol.TCP(5432), false},
		{"empty policyTypes without egress rules leave egress open", denyDBNoTypes, db, otherWeb, netpol.TCP(80), true},
		{"empty policyTypes with egress rules add Egress", webEgressNoTypes, web, otherWeb, netpol.TCP(80), false},
		{"egress rule admits its peer", webEgressNoTypes, web, cache, netpol.TCP(6379), true},
		{"rules of an unlisted type are ignored", egressOnlyWithIngressRules, web, db, netpol.TCP(5432), true},
		{"matchExpressions select", webExpressions, cache, web, netpol.TCP(80), false},
		{"DoesNotExist excludes", webExpressions, cache, legacyWeb, netpol.TCP(80), true},
		{"In excludes other values", webExpressions, web, cache, netpol.TCP(80), true},

		// Union: any selecting policy's rule admits.
		{"an allow adds to a deny", docs(denyAllIngress, dbFromWeb), web, db, netpol.TCP(5432), true},
		{"the allow is only for its pods", docs(denyAllIngress, dbFromWeb), web, cache, netpol.TCP(5432), false},
		{"the allow is only for its port", docs(denyAllIngress, dbFromWeb), web, db, netpol.TCP(5433), false},
		{"the allow is only for its protocol", docs(denyAllIngress, dbFromWeb), web, db, netpol.UDP(5432), false},
		{"the allow is only for its peers", docs(denyAllIngress, dbFromWeb), cache, db, netpol.TCP(5432), false},

		// Both ends.
		{"ingress allowed but source egress denied", docs(denyAllEgress, dbFromWeb), web, db, netpol.TCP(5432), false},
		{"egress allowed but destination ingress denied", docs(webEgressNoTypes, denyAllIngress), web, cache, netpol.TCP(6379), false},
		{"both halves allow", docs(webEgressNoTypes, denyAllIngress, `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: cache-from-web}
spec:
  podSelector: {matchLabels: {app: cache}}
  ingress: [{from: [{podSelector: {matchLabels: {app: web}}}]}]
`), web, cache, netpol.TCP(6379), true},
		{"external source checks only ingress", denyAllEgress, internet, web, netpol.TCP(80), true},
		{"external destination checks only egress", denyAllIngress, web, internet, netpol.TCP(443), true},

		// Peers.
		{"podSelector peer is limited to the policy's namespace", dbFromWeb, otherWeb, db, netpol.TCP(5432), false},
		{"namespaceSelector peer admits every pod there", dbFromOps, prom, db, netpol.TCP(5432), true},
		{"namespaceSelector peer excludes other namespaces", dbFromOps, otherWeb, db, netpol.TCP(5432), false},
		{"namespaceSelector peer excludes the own namespace unless labelled", dbFromOps, web, db, netpol.TCP(5432), false},
		{"namespaces carry their name label", dbFromOtherByName, otherWeb, db, netpol.TCP(5432), true},
		{"namespace and pod selectors in one peer AND", dbFromWebInOtherAnd, otherWeb, db, netpol.TCP(5432), true},
		{"AND needs the pod labels", dbFromWebInOtherAnd, netpol.PodEndpoint("other", map[string]string{"app": "job"}), db, netpol.TCP(5432), false},
		{"AND needs the namespace", dbFromWebInOtherAnd, web, db, netpol.TCP(5432), false},
		{"two peers OR: namespace", dbFromWebOrOtherOr, prom, db, netpol.TCP(5432), true},
		{"two peers OR: pods", dbFromWebOrOtherOr, web, db, netpol.TCP(5432), true},
		{"two peers OR: neither", dbFromWebOrOtherOr, otherWeb, db, netpol.TCP(5432), false},
		{"empty namespaceSelector admits every namespace", dbFromAllNamespaces, otherWeb, db, netpol.TCP(5432), true},
		{"empty namespaceSelector admits no external address", dbFromAllNamespaces, internet, db, netpol.TCP(5432), false},
		{"rule without from admits pods", dbFromAnyone, otherWeb, db, netpol.TCP(5432), true},
		{"rule without from admits external addresses", dbFromAnyone, internet, db, netpol.TCP(5432), true},
		{"rule without from keeps its ports", dbFromAnyone, internet, db, netpol.TCP(22), false},
		{"empty rule admits everything", dbAllOpen, internet, db, netpol.UDP(9), true},
		{"ipBlock admits an address inside", dbFromBlock, office, db, netpol.TCP(5432), true},
		{"ipBlock except excludes", dbFromBlock, internet, db, netpol.TCP(5432), false},
		{"ipBlock admits IPv6", dbFromBlock, internet6, db, netpol.TCP(5432), true},
		{"ipBlock ignores a pod without an address", dbFromBlock, web, db, netpol.TCP(5432), false},
		{"ipBlock matches a pod with an address", dbFromBlock, web.WithIP("10.1.2.3"), db, netpol.TCP(5432), true},
		{"egress ipBlock admits inside", webEgressBlock, web, netpol.ExternalEndpoint("10.1.0.9"), netpol.TCP(443), true},
		{"egress ipBlock except excludes", webEgressBlock, web, netpol.ExternalEndpoint("10.9.0.9"), netpol.TCP(443), false},
		{"egress ipBlock excludes outside", webEgressBlock, web, internet, netpol.TCP(443), false},
		{"egress ipBlock matches a destination pod's address", webEgressBlock, web, db.WithIP("10.2.0.5"), netpol.TCP(443), true},

		// Ports.
		{"port without protocol is TCP", dbPorts, web, db, netpol.TCP(5432), true},
		{"port without protocol is not UDP", dbPorts, web, db, netpol.UDP(5432), false},
		{"range includes its first port", dbPorts, web, db, netpol.UDP(49152), true},
		{"range includes its last port", dbPorts, web, db, netpol.UDP(49200), true},
		{"range excludes the next port", dbPorts, web, db, netpol.UDP(49201), false},
		{"range excludes the other protocol", dbPorts, web, db, netpol.TCP(49160), false},
		{"protocol without port admits every port", dbPorts, web, db, netpol.Port{Protocol: "SCTP", Port: 7}, true},
		{"named port resolves on the destination", dbPorts, web, dbWithMetrics, netpol.TCP(9090), true},
		{"named port needs the number", dbPorts, web, dbWithMetrics, netpol.TCP(9091), false},
		{"named port needs the protocol", dbPorts, web, dbWithUDPMetrics, netpol.TCP(9090), false},
		{"named port needs the destination to name it", dbPorts, web, db, netpol.TCP(9090), false},
		{"egress named port resolves on the destination pod", webEgressNamedPort, web, dbWithMetrics, netpol.TCP(9090), true},
		{"egress named port never matches an external address", webEgressNamedPort, web, internet, netpol.TCP(9090), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := check(t, evaluator(t, tc.policies), tc.from, tc.to, tc.port)
			assert.Equal(t, tc.want, v.Allowed, v.String())
		})
	}
}

func TestEvaluator_VerdictNamesThePolicies(t *testing.T) {
	e := evaluator(t, docs(denyAllIngress, denyAllEgress, dbFromWeb))
	v := check(t, e, web, db, netpol.TCP(5432))
	assert.False(t, v.Allowed)
	assert.Equal(t, netpol.Side{Checked: true, IsolatedBy: []string{"shop/deny-egress"}}, v.Egress)
	assert.Equal(t, netpol.Side{Checked: true, IsolatedBy: []string{"shop/deny-ingress", "shop/db-from-web"}, AllowedBy: []string{"shop/db-from-web"}}, v.Ingress)
	assert.Equal(t, "shop/{app=web,tier=front} -> shop/{app=db} 5432/TCP: denied (egress: isolated by shop/deny-egress; no rule matches; ingress: allowed by shop/db-from-web)", v.String())

	v = check(t, e, internet, otherWeb, netpol.UDP(53))
	assert.Equal(t, "203.0.113.7 -> other/{app=web} 53/UDP: allowed (egress: outside the cluster; ingress: not isolated)", v.String())
}

func TestNewEvaluator_RejectsWhatTheAPIServerRejects(t *testing.T) {
	policies, err := netpol.PoliciesFromObjects(testutil.Parse(t, `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: bad}
spec:
  podSelector: {matchExpressions: [{key: app, operator: Near}]}
  policyTypes: [Sideways]
  ingress:
  - from:
    - {}
    - ipBlock: {cidr: 10.0.0.0/8}
      podSelector: {}
    - ipBlock: {cidr: 10.0.0.0/33}
    - ipBlock: {cidr: 10.0.0.0/8, except: [192.168.0.0/16]}
    ports:
    - {endPort: 10}
    - {port: http, endPort: 90}
    - {port: 90, endPort: 80}
`), "")
	require.NoError(t, err)
	_, err = netpol.NewEvaluator(policies, nil)
	testutil.AssertErrorLines(t, err, []string{
		"bad: metadata.namespace: Required value",
		`bad: spec.podSelector: Invalid value: "{\"matchExpressions\":[{\"key\":\"app\",\"operator\":\"Near\"}]}": "Near" is not a valid label selector operator`,
		`bad: spec.policyTypes[0]: Invalid value: "Sideways": must be Ingress or Egress`,
		"bad: spec.ingress[0].from[0]: Required value: set podSelector, namespaceSelector or ipBlock",
		`bad: spec.ingress[0].from[1]: Invalid value: "ipBlock": cannot be combined with podSelector or namespaceSelector`,
		`bad: spec.ingress[0].from[2].ipBlock.cidr: Invalid value: "10.0.0.0/33": must be a CIDR`,
		`bad: spec.ingress[0].from[3].ipBlock.except[0]: Invalid value: "192.168.0.0/16": must be a CIDR strictly inside "10.0.0.0/8"`,
		"bad: spec.ingress[0].ports[0].endPort: Invalid value: 10: needs port",
		"bad: spec.ingress[0].ports[1].endPort: Invalid value: 90: cannot follow a named port",
		"bad: spec.ingress[0].ports[2].endPort: Invalid value: 80: must be at least port (90)",
	})
}

func TestEvaluator_CheckRejectsMalformedInput(t *testing.T) {
	e := evaluator(t, "")
	for _, tc := range []struct {
		name     string
		from, to netpol.Endpoint
		port     netpol.Port
		want     []string
	}{
		{"bad address", netpol.ExternalEndpoint("203.0.113"), web, netpol.TCP(80), []string{
			`from.ip: Invalid value: "203.0.113": must be an IPv4 or IPv6 address`,
		}},
		{"nothing", web, netpol.Endpoint{}, netpol.TCP(80), []string{
			"to: Required value: set namespace and labels for a pod, or ip for an address outside the cluster",
		}},
		{"labels without namespace", netpol.Endpoint{Labels: map[string]string{"app": "web"}, IP: "10.0.0.1"}, web, netpol.TCP(80), []string{
			`from.namespace: Invalid value: "": is required for a pod`,
		}},
		{"no protocol", web, db, netpol.Port{Port: 80}, []string{"port.protocol: Required value"}},
		{"no port", web, db, netpol.AllPortsOf(netpol.ProtocolTCP), []string{"port.port: Invalid value: 0: must be a port number between 1 and 65535"}},
		{"range", web, db, netpol.UDPRange(10, 20), []string{"port.endPort: Invalid value: 20: a connection has one port"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.Check(tc.from, tc.to, tc.port)
			testutil.AssertErrorLines(t, err, tc.want)
		})
	}
}

func TestPoliciesFromObjects(t *testing.T) {
	objs := testutil.Parse(t, docs(`
apiVersion: v1
kind: ConfigMap
metadata: {name: ignored}
`, denyAllIngress, `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: elsewhere, namespace: other}
spec: {podSelector: {}}
`))
	policies, err := netpol.PoliciesFromObjects(objs, "shop")
	require.NoError(t, err)
	require.Len(t, policies, 2)
	assert.Equal(t, "shop", policies[0].Namespace, "the default namespace fills a missing one")
	assert.Equal(t, "other", policies[1].Namespace, "an explicit namespace stays")

	_, err = netpol.PoliciesFromObjects(testutil.Parse(t, `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: typo}
spec:
  podSelector: {}
  ingres: [{}]
`), "shop")
	require.Error(t, err)
	assert.Contains(t, err.Error(), `objects[0] (NetworkPolicy "typo"): json: unknown field "ingres"`)

	_, err = netpol.PoliciesFromObjects([]map[string]any{{"apiVersion": "extensions/v1beta1", "kind": "NetworkPolicy"}}, "shop")
	assert.EqualError(t, err, "objects[0]: NetworkPolicy of apiVersion extensions/v1beta1: only networking.k8s.io/v1 is understood")
}
